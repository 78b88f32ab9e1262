import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { parseSeed, readSeedFile, SeedError } from "../../src/simulation/seed-file";

const USER = { userId: "default", userName: "default", engine: "redis", authentication: "no-password" };
const BROKER = { brokerId: "b-1", engineType: "ACTIVEMQ", usernames: [] };

/** The SeedError thrown by fn; fails the test when fn returns instead. */
function seedError(fn: () => unknown): SeedError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    return error as SeedError;
  }
  throw new Error("expected a SeedError, but nothing was thrown");
}

describe("parseSeed", () => {
  it("gives an empty seed with the service-linked role for {}", () => {
    expect(parseSeed({})).toEqual({ serviceLinkedRole: true, deniedActions: [], latencyMs: 0, users: [], userGroups: [], brokers: [] });
  });

  it("reads a complete seed", () => {
    const json = {
      serviceLinkedRole: false,
      deniedActions: ["mq:CreateUser", "elasticache:CreateUserGroup"],
      latencyMs: 200,
      users: [USER, { userId: "iam-user", userName: "iam-user", engine: "valkey", authentication: "iam" }],
      userGroups: [
        { userGroupId: "Team-A", engine: "redis", userIds: ["default"] },
        { userGroupId: "iam-group", engine: "valkey", userIds: ["IAM-user"] },
      ],
      brokers: [
        BROKER,
        {
          brokerId: "b-2",
          brokerName: "events",
          engineType: "RABBITMQ",
          state: "REBOOT_IN_PROGRESS",
          deploymentMode: "CLUSTER_MULTI_AZ",
          usernames: ["alice", "bob"],
        },
      ],
    };
    expect(parseSeed(json)).toEqual(json);
  });

  it("leaves a broker's name, state and deployment mode out when not given (the account defaults them)", () => {
    expect(Object.keys(parseSeed({ brokers: [BROKER] }).brokers[0]!)).toEqual(["brokerId", "engineType", "usernames"]);
  });

  it("takes a broker at its quota of 250 users, not one more", () => {
    const usernames = Array.from({ length: 251 }, (_, i) => `user-${i}`);
    expect(parseSeed({ brokers: [{ ...BROKER, usernames: usernames.slice(0, 250) }] }).brokers[0]!.usernames).toHaveLength(250);
    expect(seedError(() => parseSeed({ brokers: [{ ...BROKER, usernames }] })).message).toBe(
      "brokers[0].usernames must list at most 250 users (Amazon MQ's quota)",
    );
  });

  it("defaults a broker's usernames to an empty list", () => {
    expect(parseSeed({ brokers: [{ brokerId: "b-1", engineType: "RABBITMQ" }] }).brokers).toEqual([{ brokerId: "b-1", engineType: "RABBITMQ", usernames: [] }]);
  });

  it.each([-1, 1.5, "100", 60_001])("rejects latencyMs %j, naming it", (latencyMs) => {
    expect(() => parseSeed({ latencyMs })).toThrow("latencyMs must be a whole number from 0 to 60000");
  });

  it.each([true, false])("keeps serviceLinkedRole %s", (serviceLinkedRole) => {
    expect(parseSeed({ serviceLinkedRole }).serviceLinkedRole).toBe(serviceLinkedRole);
  });

  it("round-trips DEFAULT_SEED unchanged", () => {
    expect(parseSeed(JSON.parse(JSON.stringify(DEFAULT_SEED)))).toEqual(DEFAULT_SEED);
  });

  it.each<[string, unknown, string]>([
    ["an array root", [], "the seed must be an object"],
    ["a null root", null, "the seed must be an object"],
    ["a string root", "seed", "the seed must be an object"],
    ["a number root", 42, "the seed must be an object"],
    ["users not an array", { users: {} }, "users must be an array"],
    ["users null", { users: null }, "users must be an array"],
    ["a broker whose usernames is null", { brokers: [{ ...BROKER, usernames: null }] }, "brokers[0].usernames must be an array"],
    ["a user that is not an object", { users: [USER, "reader"] }, "users[1] must be an object"],
    ["a user without userId", { users: [{ ...USER, userId: undefined }] }, "users[0].userId"],
    ["a user with an empty userId", { users: [{ ...USER, userId: "" }] }, "users[0].userId"],
    ["a user with a numeric userName", { users: [USER, { ...USER, userId: "b", userName: 5 }] }, "users[1].userName"],
    ["a user with an unknown engine", { users: [USER, { ...USER, userId: "b", engine: "memcached" }] }, "users[1].engine"],
    ["a user with an upper-case engine", { users: [USER, { ...USER, userId: "b", engine: "REDIS" }] }, "users[1].engine"],
    ["a user with an unknown authentication", { users: [{ ...USER, authentication: "token" }] }, "users[0].authentication"],
    ["a duplicate userId", { users: [USER, { ...USER, userName: "other" }] }, "users[].userId"],
    ["brokers not an array", { brokers: "b-1" }, "brokers must be an array"],
    ["a broker that is not an object", { brokers: [[]] }, "brokers[0] must be an object"],
    ["a broker without brokerId", { brokers: [{ engineType: "ACTIVEMQ" }] }, "brokers[0].brokerId"],
    ["a broker with a lower-case engineType", { brokers: [{ ...BROKER, engineType: "activemq" }] }, "brokers[0].engineType"],
    ["a broker without engineType", { brokers: [BROKER, { brokerId: "b-2" }] }, "brokers[1].engineType"],
    ["a broker whose usernames is not an array", { brokers: [{ ...BROKER, usernames: "alice" }] }, "brokers[0].usernames must be an array"],
    ["a broker with an empty username", { brokers: [{ ...BROKER, usernames: ["alice", ""] }] }, "brokers[0].usernames[1]"],
    ["a broker with a duplicate username", { brokers: [{ ...BROKER, usernames: ["alice", "alice"] }] }, "brokers[0].usernames"],
    ["a duplicate brokerId", { brokers: [BROKER, { ...BROKER, engineType: "RABBITMQ" }] }, "brokers[].brokerId"],
    ["a broker with an empty brokerName", { brokers: [{ ...BROKER, brokerName: "" }] }, "brokers[0].brokerName"],
    ["a broker with a state AWS does not have", { brokers: [{ ...BROKER, state: "STOPPED" }] }, "brokers[0].state must be one of"],
    ["a broker with a lower-case state", { brokers: [{ ...BROKER, state: "running" }] }, "brokers[0].state"],
    ["a broker with an unknown deploymentMode", { brokers: [{ ...BROKER, deploymentMode: "MULTI_REGION" }] }, "brokers[0].deploymentMode"],
    ["deniedActions not an array", { deniedActions: "mq:CreateUser" }, "deniedActions must be an array"],
    ["a non-string denied action", { deniedActions: [1] }, "deniedActions[0]"],
    ["an empty denied action", { deniedActions: ["mq:CreateUser", ""] }, "deniedActions[1]"],
    ["a string serviceLinkedRole", { serviceLinkedRole: "true" }, "serviceLinkedRole"],
    ["a null serviceLinkedRole", { serviceLinkedRole: null }, "serviceLinkedRole"],
  ])("rejects %s, naming %s", (_name, json, named) => {
    expect(seedError(() => parseSeed(json)).message).toContain(named);
  });

  it("takes up to 100 user groups, the account's quota, and no more", () => {
    const groups = (n: number) => Array.from({ length: n }, (_, i) => ({ userGroupId: `g${i}`, engine: "redis", userIds: ["default"] }));
    expect(parseSeed({ users: [USER], userGroups: groups(100) }).userGroups).toHaveLength(100);
    expect(seedError(() => parseSeed({ users: [USER], userGroups: groups(101) })).message).toBe("userGroups must hold at most 100 groups (the account quota)");
  });

  const GROUP = { userGroupId: "g", engine: "redis", userIds: ["default"] };
  it.each<[string, unknown, string]>([
    ["userGroups not an array", { userGroups: {} }, "userGroups must be an array"],
    ["a group that is not an object", { userGroups: ["g"] }, "userGroups[0] must be an object"],
    ["a group without userGroupId", { userGroups: [{ ...GROUP, userGroupId: undefined }] }, "userGroups[0].userGroupId"],
    ["a group id AWS would refuse", { userGroups: [{ ...GROUP, userGroupId: "1-group" }] }, "userGroups[0].userGroupId must start with a letter"],
    ["a group with an unknown engine", { userGroups: [{ ...GROUP, engine: "VALKEY" }] }, 'userGroups[0].engine must be one of "redis", "valkey"'],
    ["a group without userIds", { userGroups: [{ ...GROUP, userIds: undefined }] }, "userGroups[0].userIds must be an array"],
    ["a group with no users", { userGroups: [{ ...GROUP, userIds: [] }] }, "userGroups[0].userIds must list 1 to 100 users"],
    ["a group naming a user the seed lacks", { userGroups: [{ ...GROUP, userIds: ["default", "ghost"] }] }, "userGroups[0].userIds[1] is not the userId"],
    ["a group naming a user twice", { userGroups: [{ ...GROUP, userIds: ["default", "DEFAULT"] }] }, 'userGroups[0].userIds has "default" twice'],
    ["two groups with one id in any case", { userGroups: [GROUP, { ...GROUP, userGroupId: "G" }] }, 'userGroups[].userGroupId has "g" twice'],
  ])("rejects %s, naming it", (_name, json, named) => {
    expect(seedError(() => parseSeed({ users: [USER], ...(json as object) })).message).toContain(named);
  });

  it("names the duplicated value", () => {
    expect(seedError(() => parseSeed({ users: [USER, USER] })).message).toBe('users[].userId has "default" twice');
  });

  it("says what an engine may be", () => {
    expect(seedError(() => parseSeed({ users: [{ ...USER, engine: "memcached" }] })).message).toBe('users[0].engine must be one of "redis", "valkey"');
  });
});

describe("readSeedFile", () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "seed-file-test-"));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads a valid file", () => {
    const path = join(dir, "valid.json");
    writeFileSync(path, JSON.stringify({ serviceLinkedRole: false, users: [USER] }));
    expect(readSeedFile(path)).toEqual({ serviceLinkedRole: false, deniedActions: [], latencyMs: 0, users: [USER], userGroups: [], brokers: [] });
  });

  it("names ENOENT and the path for a missing file", () => {
    const path = join(dir, "missing.json");
    const { message } = seedError(() => readSeedFile(path));
    expect(message).toContain("ENOENT");
    expect(message).toContain(path);
  });

  it("names the error code and the path for a directory", () => {
    const path = join(dir, "a-directory");
    mkdirSync(path);
    const { message } = seedError(() => readSeedFile(path));
    expect(message).toContain("EISDIR");
    expect(message).toContain(path);
  });

  it.each<[string, string]>([
    ["truncated JSON", '{"users": ['],
    ["an empty file", ""],
    ["a trailing comma", '{"users": [],}'],
    ["single quotes", "{'users': []}"],
  ])("says %s is not valid JSON", (name, text) => {
    const path = join(dir, `${name.replace(/\W+/g, "-")}.json`);
    writeFileSync(path, text);
    const { message } = seedError(() => readSeedFile(path));
    expect(message).toContain("not valid JSON");
    expect(message).toContain(path);
  });

  it("checks the shape of valid JSON", () => {
    const path = join(dir, "array.json");
    writeFileSync(path, "[]");
    expect(seedError(() => readSeedFile(path)).message).toBe("the seed must be an object");
  });
});
