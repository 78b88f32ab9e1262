import { type Fault, fail, ok, type Result, type UpstreamFault } from "../../ports/result";
import type { CreateUserGroupRequest, Engine, UserGroup, UserGroupFault } from "../../ports/user-groups";
import { validateCreateUserGroup } from "../../validation/user-group-input";
import type { SimulatedAccount } from "../account";
import { scriptedFault } from "../documented-faults";
import { described, settleUserGroups, userGroupRecord } from "./user-group-lifecycle";

/** What the rules answer: AWS's documented faults; upstream trouble is simulateCall's business. */
export type UserGroupRuleFault = Exclude<UserGroupFault, UpstreamFault>;

const MAX_USER_GROUPS = 100;
export const MAX_USERS_PER_GROUP = 100;
const MAX_TAGS = 50;

/**
 * ElastiCache CreateUserGroup as AWS behaves, on the simulated account (for the local adapter and the
 * wire emulator alike). Faults carry no request id here.
 */
export function createUserGroup(account: SimulatedAccount, request: CreateUserGroupRequest): Result<UserGroup, UserGroupRuleFault> {
  account.allow("elasticache:CreateUserGroup");
  settleUserGroups(account);
  const fault = scriptedFault<UserGroupRuleFault>(account, "elasticache:CreateUserGroup", CREATE_FAULTS) ?? check(account, request);
  if (fault) return fail(fault);

  const userGroupId = request.userGroupId.toLowerCase();
  const group = userGroupRecord(account, { userGroupId, engine: request.engine, userIds: userIds(request.userIds ?? []) });
  account.userGroups.set(userGroupId, group);
  return ok(described(group));
}

const CREATE_FAULTS: readonly UserGroupRuleFault["code"][] = [
  "UserNotFound",
  "DuplicateUserName",
  "UserGroupAlreadyExists",
  "DefaultUserRequired",
  "UserGroupQuotaExceeded",
  "TagQuotaPerResourceExceeded",
  "InvalidParameterValue",
  "ServiceLinkedRoleNotFound",
];

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
  return membersFault(account, request.engine, userIds(request.userIds ?? []));
}

/** A rule the users of a group break (CreateUserGroup's faults; ModifyUserGroup answers the quota as InvalidParameterValue). */
export type MembersFault =
  | Fault<"UserNotFound", { readonly userIds: readonly string[] }>
  | Fault<"UserGroupQuotaExceeded">
  | Fault<"DuplicateUserName">
  | Fault<"DefaultUserRequired">
  | Fault<"InvalidParameterValue", { readonly reason: string }>;

/**
 * The first rule a group of `engine` with these (lower-case) users breaks: every user exists, at most 100
 * of them, one per user name, one named "default", and a valkey group holds no user without a password.
 */
export function membersFault(account: SimulatedAccount, engine: Engine, ids: readonly string[]): MembersFault | undefined {
  const missing = ids.filter((id) => !account.users.has(id));
  if (missing.length > 0) return { code: "UserNotFound", userIds: missing };
  if (ids.length > MAX_USERS_PER_GROUP) return { code: "UserGroupQuotaExceeded" };

  const members = ids.map((id) => account.users.get(id)!);
  const names = members.map((m) => m.userName);
  if (new Set(names).size < names.length) return { code: "DuplicateUserName" };
  if (!names.includes("default")) return { code: "DefaultUserRequired" };
  if (engine === "VALKEY" && members.some((m) => m.authentication === "no-password")) {
    return { code: "InvalidParameterValue", reason: "A valkey user group can only contain users that authenticate with a password or IAM." };
  }
  return undefined;
}

/** AWS stores user ids in lower case; an id listed twice counts once. */
export const userIds = (ids: readonly string[]): string[] => [...new Set(ids.map((id) => id.toLowerCase()))];
