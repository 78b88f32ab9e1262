import { fail, ok, type Result, type UpstreamFault } from "../../ports/result";
import type { CreateUserGroupRequest, UserGroup, UserGroupFault } from "../../ports/user-groups";
import { validateCreateUserGroup } from "../../validation/user-group-input";
import { LOCAL_ACCOUNT_ID, type SimulatedAccount } from "../account";

/** What the rules answer: AWS's documented faults; upstream trouble is simulateCall's business. */
export type UserGroupRuleFault = Exclude<UserGroupFault, UpstreamFault>;

const MAX_USER_GROUPS = 100;
const MAX_USERS_PER_GROUP = 100;
const MAX_TAGS = 50;
const MINIMUM_ENGINE_VERSION = { REDIS: "6.0", VALKEY: "7.2" } as const;

/**
 * ElastiCache CreateUserGroup as AWS behaves, on the simulated account (for the local adapter and the
 * wire emulator alike). Faults carry no request id here.
 */
export function createUserGroup(account: SimulatedAccount, request: CreateUserGroupRequest): Result<UserGroup, UserGroupRuleFault> {
  account.allow("elasticache:CreateUserGroup");
  const fault = check(account, request);
  if (fault) return fail(fault);

  const engine = request.engine;
  const userGroupId = request.userGroupId.toLowerCase();
  const group: UserGroup = {
    userGroupId,
    status: "CREATING",
    engine,
    userIds: userIds(request),
    minimumEngineVersion: MINIMUM_ENGINE_VERSION[engine],
    pendingChanges: null,
    replicationGroups: [],
    serverlessCaches: [],
    arn: `arn:aws:elasticache:${account.region}:${LOCAL_ACCOUNT_ID}:usergroup:${userGroupId}`,
  };
  account.userGroups.set(userGroupId, group);
  return ok(group);
}

/** The first AWS rule the request breaks against the current state, in the order AWS is taken to check them. */
function check(account: SimulatedAccount, request: CreateUserGroupRequest): UserGroupRuleFault | undefined {
  const invalid = validateCreateUserGroup(request)[0];
  if (invalid) return { code: "InvalidParameterValue", reason: invalid.message };
  if (!account.serviceLinkedRole) return { code: "ServiceLinkedRoleNotFound" };
  if (account.userGroups.has(request.userGroupId.toLowerCase())) return { code: "UserGroupAlreadyExists" };
  if (account.userGroups.size >= MAX_USER_GROUPS) return { code: "UserGroupQuotaExceeded" };

  const tags = request.tags ?? [];
  if (tags.length > MAX_TAGS) return { code: "TagQuotaPerResourceExceeded" };
  if (new Set(tags.map((t) => t.key)).size < tags.length) {
    return { code: "InvalidParameterValue", reason: "Tag keys must be unique within a request." };
  }

  const ids = userIds(request);
  const missing = ids.filter((id) => !account.users.has(id));
  if (missing.length > 0) return { code: "UserNotFound", userIds: missing };
  if (ids.length > MAX_USERS_PER_GROUP) return { code: "UserGroupQuotaExceeded" };

  const members = ids.map((id) => account.users.get(id)!);
  const names = members.map((m) => m.userName);
  if (new Set(names).size < names.length) return { code: "DuplicateUserName" };
  if (!names.includes("default")) return { code: "DefaultUserRequired" };
  if (request.engine === "VALKEY" && members.some((m) => m.authentication === "no-password")) {
    return { code: "InvalidParameterValue", reason: "A valkey user group can only contain users that authenticate with a password or IAM." };
  }
  return undefined;
}

/** AWS stores user ids in lower case; an id listed twice counts once. */
const userIds = (request: CreateUserGroupRequest): string[] => [...new Set((request.userIds ?? []).map((id) => id.toLowerCase()))];
