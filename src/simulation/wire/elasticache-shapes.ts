import type { UserGroup } from "../../ports/user-groups";
import type { CacheUser } from "../elasticache/simulated-cache-users";
import type { Xml } from "./xml";

/** A UserGroup as the ElastiCache API answers it: status and engine in lower case, PendingChanges only when there are some. */
export function userGroupXml(group: UserGroup): { readonly [name: string]: Xml } {
  const pending = group.pendingChanges;
  return {
    UserGroupId: group.userGroupId,
    Status: group.status?.toLowerCase(),
    Engine: group.engine.toLowerCase(),
    UserIds: group.userIds,
    MinimumEngineVersion: group.minimumEngineVersion,
    PendingChanges: pending ? { UserIdsToRemove: pending.userIdsToRemove, UserIdsToAdd: pending.userIdsToAdd } : undefined,
    ReplicationGroups: group.replicationGroups,
    ServerlessCaches: group.serverlessCaches,
    ARN: group.arn,
  };
}

/** A User as the ElastiCache API answers it. */
export function cacheUserXml(user: CacheUser): { readonly [name: string]: Xml } {
  return {
    UserId: user.userId,
    UserName: user.userName,
    Status: user.status,
    Engine: user.engine,
    MinimumEngineVersion: user.minimumEngineVersion,
    AccessString: user.accessString,
    UserGroupIds: user.userGroupIds,
    Authentication: { Type: user.authentication.type, PasswordCount: user.authentication.passwordCount },
    ARN: user.arn,
  };
}
