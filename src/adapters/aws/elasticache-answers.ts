import type { UserGroup as SdkUserGroup, User } from "@aws-sdk/client-elasticache";
import type { AuthenticationType, CacheUser, CacheUserStatus } from "../../ports/cache-users";
import type { Page } from "../../ports/page";
import type { Engine, UserGroup, UserGroupStatus } from "../../ports/user-groups";
import { markedPage } from "../page-markers";

const GROUP_STATUSES: Readonly<Record<string, UserGroupStatus>> = { creating: "CREATING", active: "ACTIVE", modifying: "MODIFYING", deleting: "DELETING" };
const USER_STATUSES: Readonly<Record<string, CacheUserStatus>> = { active: "ACTIVE", modifying: "MODIFYING", deleting: "DELETING" };
const ENGINES: Readonly<Record<string, Engine>> = { valkey: "VALKEY", redis: "REDIS" };
const AUTHENTICATION_TYPES: Readonly<Record<string, AuthenticationType>> = {
  password: "PASSWORD",
  "no-password": "NO_PASSWORD",
  "no-password-required": "NO_PASSWORD",
  iam: "IAM",
};

/** What the request knew, for what AWS leaves out: the group's id (AWS stores it in lower case) and engine. */
export interface Known {
  readonly userGroupId?: string;
  readonly engine?: Engine;
}

/**
 * An ElastiCache engine name in the port's terms (any case). A name this gateway does not know is taken
 * for the request's engine, else REDIS, the engine every ElastiCache user group had before valkey.
 */
const engineOf = (name: string | undefined, request: Known): Engine => known(ENGINES, name?.toLowerCase()) ?? request.engine ?? "REDIS";

/** The table's value for an answer's string, or null for one this gateway does not know (or none). */
const known = <T>(table: Readonly<Record<string, T>>, key: string | undefined): T | null =>
  key !== undefined && Object.hasOwn(table, key) ? table[key]! : null;

/** A UserGroup as ElastiCache answers it (CreateUserGroup, ModifyUserGroup, DeleteUserGroup, DescribeUserGroups). */
export function toUserGroup(group: SdkUserGroup, request: Known = {}): UserGroup {
  const pending = group.PendingChanges;
  return {
    userGroupId: group.UserGroupId ?? request.userGroupId?.toLowerCase() ?? "",
    status: known(GROUP_STATUSES, group.Status),
    engine: engineOf(group.Engine, request),
    userIds: group.UserIds ?? [],
    minimumEngineVersion: group.MinimumEngineVersion ?? null,
    pendingChanges: pending ? { userIdsToAdd: pending.UserIdsToAdd ?? [], userIdsToRemove: pending.UserIdsToRemove ?? [] } : null,
    replicationGroups: group.ReplicationGroups ?? [],
    serverlessCaches: group.ServerlessCaches ?? [],
    arn: group.ARN ?? null,
  };
}

/** A User as DescribeUsers answers it. */
export function toCacheUser(user: User, request: Known = {}): CacheUser {
  return {
    userId: user.UserId ?? "",
    userName: user.UserName ?? "",
    engine: engineOf(user.Engine, request),
    status: known(USER_STATUSES, user.Status?.toLowerCase()),
    accessString: user.AccessString ?? null,
    authenticationType: known(AUTHENTICATION_TYPES, user.Authentication?.Type),
    minimumEngineVersion: user.MinimumEngineVersion ?? null,
    userGroupIds: user.UserGroupIds ?? [],
    arn: user.ARN ?? null,
  };
}

/** A Describe answer's records and its Marker. */
export const toPage = <S, T>(items: readonly S[] | undefined, marker: string | undefined, map: (item: S) => T): Page<T> =>
  markedPage((items ?? []).map(map), marker);
