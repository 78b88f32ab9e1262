import type { BrokerUserKey, CreateBrokerUserRequest, UpdateBrokerUserRequest } from "../ports/broker-users";
import { firstOf, lengthRule, patternRule, type Violation } from "./violation";

const MQ_NAME = /^[A-Za-z0-9._~-]+$/;
const MQ_NAME_RULE = "must contain only letters, digits and the characters - . _ ~";
const MAX_GROUPS = 20;

/** The documented AWS input rules of Amazon MQ CreateUser; every broken rule is reported. */
export function validateCreateBrokerUser(request: CreateBrokerUserRequest): Violation[] {
  return defined([
    ...keyRules(request),
    ...passwordRules(request.password),
    ...groupRules(request.groups),
    exclusiveRule(request.consoleAccess, request.replicationUser),
  ]);
}

/**
 * The rules of Amazon MQ UpdateUser: CreateUser's for each field given, and at least one change besides
 * the key (an update of nothing would still leave the user pending a change until the broker reboots).
 */
export function validateUpdateBrokerUser(request: UpdateBrokerUserRequest): Violation[] {
  const { password, consoleAccess, groups, replicationUser } = request;
  const nothing = password === undefined && consoleAccess === undefined && groups === undefined && replicationUser === undefined;
  return defined([
    ...keyRules(request),
    nothing
      ? { path: [], constraint: "REQUIRED_ONE_OF", message: "Give at least one of password, consoleAccess, groups and replicationUser to change." }
      : undefined,
    ...(password === undefined ? [] : passwordRules(password)),
    ...(groups === undefined ? [] : groupRules(groups)),
    exclusiveRule(consoleAccess === true, replicationUser === true),
  ]);
}

/** The key of a call about one broker user (DescribeUser, DeleteUser). */
export const validateBrokerUserKey = (key: BrokerUserKey): Violation[] => defined(keyRules(key));

/** The broker id of a call about one broker (ListUsers): an empty one would name another AWS resource. */
export const validateBrokerId = (brokerId: string): Violation[] => defined([lengthRule(["brokerId"], brokerId, 1)]);

const defined = (violations: readonly (Violation | undefined)[]): Violation[] => violations.filter((v): v is Violation => v !== undefined);

const keyRules = (key: BrokerUserKey): (Violation | undefined)[] => [lengthRule(["brokerId"], key.brokerId, 1), mqName(["username"], key.username)];

function groupRules(groups: readonly string[]): (Violation | undefined)[] {
  const tooMany: Violation | undefined =
    groups.length > MAX_GROUPS ? { path: ["groups"], constraint: "MAX_ITEMS", message: `groups must list at most ${MAX_GROUPS} groups.` } : undefined;
  return [tooMany, ...groups.map((group, i) => mqName(["groups", String(i)], group))];
}

function exclusiveRule(consoleAccess: boolean, replicationUser: boolean): Violation | undefined {
  if (!(consoleAccess && replicationUser)) return undefined;
  return { path: ["replicationUser"], constraint: "MUTUALLY_EXCLUSIVE", message: "replicationUser cannot be true together with consoleAccess." };
}

function mqName(path: string[], value: string): Violation | undefined {
  return firstOf(
    () => lengthRule(path, value, 2, 100),
    () => patternRule(path, value, MQ_NAME, MQ_NAME_RULE),
  );
}

/** Password rules. Their messages describe the rule only: a password is never echoed. */
function passwordRules(password: string): (Violation | undefined)[] {
  const path = ["password"];
  return [
    lengthRule(path, password, 12),
    new Set(password).size < 4 ? { path, constraint: "MIN_DISTINCT_CHARACTERS", message: "password must contain at least 4 different characters." } : undefined,
    /[,:=]/.test(password)
      ? { path, constraint: "FORBIDDEN_CHARACTERS", message: "password must not contain commas, colons or equal signs (, : =)." }
      : undefined,
  ];
}
