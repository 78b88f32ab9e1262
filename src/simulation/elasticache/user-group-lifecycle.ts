import type { Engine, UserGroup } from "../../ports/user-groups";
import type { SimulatedAccount, StoredUserGroup } from "../account";

const MINIMUM_ENGINE_VERSION = { REDIS: "6.0", VALKEY: "7.2" } as const;

/** A user group as CreateUserGroup makes it: CREATING, listed after every group made before it. */
export function userGroupRecord(
  account: SimulatedAccount,
  group: { readonly userGroupId: string; readonly engine: Engine; readonly userIds: readonly string[] },
): StoredUserGroup {
  return {
    userGroupId: group.userGroupId,
    status: "CREATING",
    engine: group.engine,
    userIds: [...group.userIds],
    minimumEngineVersion: MINIMUM_ENGINE_VERSION[group.engine],
    pendingChanges: null,
    replicationGroups: [],
    serverlessCaches: [],
    arn: account.arn("elasticache", `usergroup:${group.userGroupId}`),
    changedAt: account.now(),
    position: account.nextPosition(),
  };
}

/**
 * Moves on every group whose change has had its settle time, as AWS does in the background: CREATING and
 * MODIFYING become ACTIVE (a modification's pending changes then apply to its users), DELETING ones are
 * gone. Statuses follow from timestamps, read when a rule runs, so no timer outlives the account.
 */
export function settleUserGroups(account: SimulatedAccount): void {
  const now = account.now();
  for (const [id, group] of account.userGroups) {
    if (group.status === "ACTIVE" || now - group.changedAt < account.settleMs) continue;
    if (group.status === "DELETING") {
      account.userGroups.delete(id);
      continue;
    }
    account.userGroups.set(id, { ...group, status: "ACTIVE", userIds: applied(group), pendingChanges: null, changedAt: group.changedAt + account.settleMs });
  }
}

/** Starts a change of `group` now (MODIFYING or DELETING) and answers the group as AWS does when it accepts it. */
export function startChange(account: SimulatedAccount, group: StoredUserGroup, change: Pick<UserGroup, "status" | "pendingChanges">): UserGroup {
  const changed = { ...group, ...change, changedAt: account.now() };
  account.userGroups.set(group.userGroupId, changed);
  return described(changed);
}

/** A stored group as AWS describes it: the account's bookkeeping left out. */
export function described(group: StoredUserGroup): UserGroup {
  const { changedAt: _changedAt, position: _position, ...value } = group;
  return value;
}

function applied(group: UserGroup): string[] {
  const pending = group.pendingChanges;
  if (!pending) return [...group.userIds];
  const removed = new Set(pending.userIdsToRemove);
  return [...group.userIds.filter((id) => !removed.has(id)), ...pending.userIdsToAdd];
}
