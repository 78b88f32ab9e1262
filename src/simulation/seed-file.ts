import { readJsonFile } from "../json-file";
import { BROKER_STATES, type BrokerState, DEPLOYMENT_MODES, type DeploymentMode } from "../ports/brokers";
import type { Seed, SeedBroker, SeedUser, SeedUserGroup } from "./seed";

const BROKER_STATE_VALUES = Object.keys(BROKER_STATES) as BrokerState[];
const DEPLOYMENT_MODE_VALUES = Object.keys(DEPLOYMENT_MODES) as DeploymentMode[];
/** Amazon MQ's quota of users per broker. */
const MAX_USERS_PER_BROKER = 250;

/** A seed file that cannot be used; the message names the problem and where it is. */
export class SeedError extends Error {
  override readonly name = "SeedError";
}

type Json = Record<string, unknown>;

/** ElastiCache's quotas: user groups per account, users per group. */
const MAX_USER_GROUPS = 100;
const MAX_USERS_PER_GROUP = 100;

/** Reads and checks a seed file (see the README for its shape). */
export function readSeedFile(path: string): Seed {
  return parseSeed(readJsonFile(path, SeedError));
}

export function parseSeed(json: unknown): Seed {
  const root = object(json, "the seed");
  const users = optionalList(root.users, "users").map((u, i) => user(u, `users[${i}]`));
  const brokers = optionalList(root.brokers, "brokers").map((b, i) => broker(b, `brokers[${i}]`));
  unique(
    users.map((u) => u.userId),
    "users[].userId",
  );
  const userIds = new Set(users.map((u) => u.userId.toLowerCase()));
  const userGroups = optionalList(root.userGroups, "userGroups").map((g, i) => userGroup(g, `userGroups[${i}]`, userIds));
  if (userGroups.length > MAX_USER_GROUPS) throw new SeedError(`userGroups must hold at most ${MAX_USER_GROUPS} groups (the account quota)`);
  unique(
    userGroups.map((g) => g.userGroupId.toLowerCase()),
    "userGroups[].userGroupId",
  );
  unique(
    brokers.map((b) => b.brokerId),
    "brokers[].brokerId",
  );
  return {
    serviceLinkedRole: root.serviceLinkedRole === undefined ? true : boolean(root.serviceLinkedRole, "serviceLinkedRole"),
    deniedActions: optionalList(root.deniedActions, "deniedActions").map((a, i) => text(a, `deniedActions[${i}]`)),
    latencyMs: root.latencyMs === undefined ? 0 : milliseconds(root.latencyMs, "latencyMs"),
    users,
    userGroups,
    brokers,
  };
}

function user(value: unknown, at: string): SeedUser {
  const u = object(value, at);
  return {
    userId: text(u.userId, `${at}.userId`),
    userName: text(u.userName, `${at}.userName`),
    engine: oneOf(u.engine, ["redis", "valkey"] as const, `${at}.engine`),
    authentication: oneOf(u.authentication, ["no-password", "password", "iam"] as const, `${at}.authentication`),
  };
}

/** A group seeded ACTIVE: an id as AWS takes it, and users of the seed. */
function userGroup(value: unknown, at: string, seedUserIds: ReadonlySet<string>): SeedUserGroup {
  const g = object(value, at);
  const userGroupId = text(g.userGroupId, `${at}.userGroupId`);
  if (!/^[a-z][a-z0-9-]*$/i.test(userGroupId)) throw new SeedError(`${at}.userGroupId must start with a letter and hold only letters, digits and hyphens`);
  const userIds = list(g.userIds, `${at}.userIds`).map((id, i) => text(id, `${at}.userIds[${i}]`));
  if (userIds.length === 0 || userIds.length > MAX_USERS_PER_GROUP) throw new SeedError(`${at}.userIds must list 1 to ${MAX_USERS_PER_GROUP} users`);
  userIds.forEach((id, i) => {
    if (!seedUserIds.has(id.toLowerCase())) throw new SeedError(`${at}.userIds[${i}] is not the userId of a seed user`);
  });
  unique(
    userIds.map((id) => id.toLowerCase()),
    `${at}.userIds`,
  );
  return { userGroupId, engine: oneOf(g.engine, ["redis", "valkey"] as const, `${at}.engine`), userIds };
}

function broker(value: unknown, at: string): SeedBroker {
  const b = object(value, at);
  const usernames = optionalList(b.usernames, `${at}.usernames`).map((n, i) => text(n, `${at}.usernames[${i}]`));
  unique(usernames, `${at}.usernames`);
  if (usernames.length > MAX_USERS_PER_BROKER) throw new SeedError(`${at}.usernames must list at most ${MAX_USERS_PER_BROKER} users (Amazon MQ's quota)`);
  return {
    brokerId: text(b.brokerId, `${at}.brokerId`),
    ...(b.brokerName === undefined ? {} : { brokerName: text(b.brokerName, `${at}.brokerName`) }),
    engineType: oneOf(b.engineType, ["ACTIVEMQ", "RABBITMQ"] as const, `${at}.engineType`),
    ...(b.state === undefined ? {} : { state: oneOf(b.state, BROKER_STATE_VALUES, `${at}.state`) }),
    ...(b.deploymentMode === undefined ? {} : { deploymentMode: oneOf(b.deploymentMode, DEPLOYMENT_MODE_VALUES, `${at}.deploymentMode`) }),
    usernames,
  };
}

function object(value: unknown, at: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new SeedError(`${at} must be an object`);
  return value as Json;
}

function list(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw new SeedError(`${at} must be an array`);
  return value;
}

/** A key left out is an empty list; null is not. */
const optionalList = (value: unknown, at: string): unknown[] => (value === undefined ? [] : list(value, at));

function text(value: unknown, at: string): string {
  if (typeof value !== "string" || value === "") throw new SeedError(`${at} must be a non-empty string`);
  return value;
}

function boolean(value: unknown, at: string): boolean {
  if (typeof value !== "boolean") throw new SeedError(`${at} must be true or false`);
  return value;
}

function milliseconds(value: unknown, at: string): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 60_000) throw new SeedError(`${at} must be a whole number from 0 to 60000`);
  return value as number;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], at: string): T {
  if (!allowed.includes(value as T)) throw new SeedError(`${at} must be one of ${allowed.map((a) => `"${a}"`).join(", ")}`);
  return value as T;
}

function unique(values: readonly string[], at: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) throw new SeedError(`${at} has "${v}" twice`);
    seen.add(v);
  }
}
