import { fail, type Result, type UpstreamFault } from "../../ports/result";
import type { DeleteUserGroupFault, ModifyUserGroupFault, ModifyUserGroupRequest, UserGroup } from "../../ports/user-groups";
import { validateModifyUserGroup, validateUserGroupId } from "../../validation/user-group-input";
import type { SimulatedAccount, StoredUserGroup } from "../account";
import { scriptedFault } from "../documented-faults";
import { MAX_USERS_PER_GROUP, membersFault, userIds } from "./simulated-user-groups";
import { settleUserGroups, startChange } from "./user-group-lifecycle";

export type ModifyRuleFault = Exclude<ModifyUserGroupFault, UpstreamFault>;
export type DeleteRuleFault = Exclude<DeleteUserGroupFault, UpstreamFault>;

const MODIFY_FAULTS: readonly ModifyRuleFault["code"][] = [
  "DefaultUserRequired",
  "DuplicateUserName",
  "InvalidParameterCombination",
  "InvalidParameterValue",
  "InvalidUserGroupState",
  "ServiceLinkedRoleNotFound",
  "UserGroupNotFound",
  "UserNotFound",
];
const DELETE_FAULTS: readonly DeleteRuleFault["code"][] = ["InvalidParameterValue", "InvalidUserGroupState", "ServiceLinkedRoleNotFound", "UserGroupNotFound"];

/**
 * ElastiCache ModifyUserGroup on the simulated account: an ACTIVE group turns MODIFYING with the change as
 * its pending changes, which apply to its users when it settles. Where AWS's documents are silent, this
 * simulation answers: an id in both lists or neither list given, InvalidParameterCombination; adding a
 * member or removing a non-member, InvalidParameterValue; more than 100 users, InvalidParameterValue (the
 * quota fault is not one ModifyUserGroup documents).
 */
export function modifyUserGroup(account: SimulatedAccount, request: ModifyUserGroupRequest): Result<UserGroup, ModifyRuleFault> {
  account.allow("elasticache:ModifyUserGroup");
  settleUserGroups(account);
  const scripted = scriptedFault<ModifyRuleFault>(account, "elasticache:ModifyUserGroup", MODIFY_FAULTS);
  if (scripted) return fail(scripted);
  const add = userIds(request.userIdsToAdd);
  const remove = userIds(request.userIdsToRemove);
  const invalid = validateModifyUserGroup(request).find((v) => v.constraint !== "MUTUALLY_EXCLUSIVE" && v.constraint !== "REQUIRED_ONE_OF");
  if (invalid) return fail({ code: "InvalidParameterValue", reason: invalid.message });
  if (add.length + remove.length === 0 || add.some((id) => remove.includes(id))) {
    return fail({ code: "InvalidParameterCombination", reason: "Give user ids to add or to remove, and no id in both lists." });
  }
  const found = changeable(account, request.userGroupId);
  if ("code" in found) return fail(found);
  const fault = membershipFault(account, found, add, remove);
  if (fault) return fail(fault);
  return { ok: true, value: startChange(account, found, { status: "MODIFYING", pendingChanges: { userIdsToAdd: add, userIdsToRemove: remove } }) };
}

/**
 * ElastiCache DeleteUserGroup: an ACTIVE group no cache uses turns DELETING, and is gone when it settles.
 * A group in any other status, or one a replication group or serverless cache uses, is InvalidUserGroupState.
 */
export function deleteUserGroup(account: SimulatedAccount, userGroupId: string): Result<UserGroup, DeleteRuleFault> {
  account.allow("elasticache:DeleteUserGroup");
  settleUserGroups(account);
  const found = scriptedFault<DeleteRuleFault>(account, "elasticache:DeleteUserGroup", DELETE_FAULTS) ?? changeable(account, userGroupId);
  if ("code" in found) return fail(found);
  if (found.replicationGroups.length > 0 || found.serverlessCaches.length > 0) return fail({ code: "InvalidUserGroupState" });
  return { ok: true, value: startChange(account, found, { status: "DELETING", pendingChanges: null }) };
}

type ChangeableFault = Extract<
  DeleteRuleFault,
  { code: "InvalidParameterValue" | "ServiceLinkedRoleNotFound" | "UserGroupNotFound" | "InvalidUserGroupState" }
>;

/** The group a change applies to: an ACTIVE one of this id, or the fault that says why there is none. */
function changeable(account: SimulatedAccount, userGroupId: string): StoredUserGroup | (ChangeableFault & { readonly userGroupId?: string }) {
  const invalid = validateUserGroupId(["userGroupId"], userGroupId)[0];
  if (invalid) return { code: "InvalidParameterValue", reason: invalid.message };
  if (!account.serviceLinkedRole) return { code: "ServiceLinkedRoleNotFound" };
  const group = account.userGroups.get(userGroupId.toLowerCase());
  if (!group) return { code: "UserGroupNotFound", userGroupId };
  return group.status === "ACTIVE" ? group : { code: "InvalidUserGroupState" };
}

function membershipFault(account: SimulatedAccount, group: StoredUserGroup, add: readonly string[], remove: readonly string[]): ModifyRuleFault | undefined {
  const missing = add.filter((id) => !account.users.has(id));
  if (missing.length > 0) return { code: "UserNotFound", userIds: missing };
  if (add.some((id) => group.userIds.includes(id))) return { code: "InvalidParameterValue", reason: "A user to add is already in the user group." };
  if (remove.some((id) => !group.userIds.includes(id))) return { code: "InvalidParameterValue", reason: "A user to remove is not in the user group." };
  const fault = membersFault(account, group.engine, [...group.userIds.filter((id) => !remove.includes(id)), ...add]);
  if (fault?.code === "UserGroupQuotaExceeded") return { code: "InvalidParameterValue", reason: `A user group can hold at most ${MAX_USERS_PER_GROUP} users.` };
  return fault;
}
