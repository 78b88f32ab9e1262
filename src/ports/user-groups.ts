import type { InvalidMarker, Page, PageRequest } from "./page";
import type { Fault, Result, UpstreamFault } from "./result";

export type Engine = "VALKEY" | "REDIS";
export type UserGroupStatus = "CREATING" | "ACTIVE" | "MODIFYING" | "DELETING";

export interface Tag {
  readonly key: string;
  readonly value: string | null;
}

export interface CreateUserGroupRequest {
  readonly userGroupId: string;
  readonly engine: Engine;
  readonly userIds?: readonly string[];
  readonly tags?: readonly Tag[];
}

export interface UserGroup {
  readonly userGroupId: string;
  /** Null when AWS answers a status this gateway does not know yet. */
  readonly status: UserGroupStatus | null;
  readonly engine: Engine;
  readonly userIds: readonly string[];
  readonly minimumEngineVersion: string | null;
  readonly pendingChanges: { readonly userIdsToAdd: readonly string[]; readonly userIdsToRemove: readonly string[] } | null;
  readonly replicationGroups: readonly string[];
  readonly serverlessCaches: readonly string[];
  readonly arn: string | null;
}

/** The faults AWS documents for CreateUserGroup, named as the GraphQL union members are. */
export type UserGroupFault =
  | Fault<"UserNotFound", { readonly userIds: readonly string[] }>
  | Fault<"DuplicateUserName">
  | Fault<"UserGroupAlreadyExists">
  | Fault<"DefaultUserRequired">
  | Fault<"UserGroupQuotaExceeded">
  | Fault<"TagQuotaPerResourceExceeded">
  | Fault<"InvalidParameterValue", { readonly reason: string }>
  | Fault<"ServiceLinkedRoleNotFound">
  | UpstreamFault;

export interface ModifyUserGroupRequest {
  readonly userGroupId: string;
  readonly userIdsToAdd: readonly string[];
  readonly userIdsToRemove: readonly string[];
}

type UserGroupNotFound = Fault<"UserGroupNotFound">;
type InvalidParameterCombination = Fault<"InvalidParameterCombination", { readonly reason: string }>;
type InvalidUserGroupState = Fault<"InvalidUserGroupState">;

/** The faults AWS documents for DescribeUserGroups (one group or a page of them). */
export type DescribeUserGroupsFault = UserGroupNotFound | InvalidParameterCombination | Fault<"ServiceLinkedRoleNotFound"> | UpstreamFault;

/** The faults AWS documents for ModifyUserGroup. */
export type ModifyUserGroupFault =
  | Fault<"DefaultUserRequired">
  | Fault<"DuplicateUserName">
  | InvalidParameterCombination
  | Fault<"InvalidParameterValue", { readonly reason: string }>
  | InvalidUserGroupState
  | Fault<"ServiceLinkedRoleNotFound">
  | UserGroupNotFound
  | Fault<"UserNotFound", { readonly userIds: readonly string[] }>
  | UpstreamFault;

/** The faults AWS documents for DeleteUserGroup. */
export type DeleteUserGroupFault =
  | Fault<"InvalidParameterValue", { readonly reason: string }>
  | InvalidUserGroupState
  | Fault<"ServiceLinkedRoleNotFound">
  | UserGroupNotFound
  | UpstreamFault;

export interface UserGroups {
  create(request: CreateUserGroupRequest): Promise<Result<UserGroup, UserGroupFault>>;
  /** DescribeUserGroups with the id. */
  get(userGroupId: string): Promise<Result<UserGroup, DescribeUserGroupsFault>>;
  /** DescribeUserGroups, one AWS page. */
  list(page: PageRequest): Promise<Result<Page<UserGroup>, DescribeUserGroupsFault | InvalidMarker>>;
  /** Answers the group in MODIFYING with its pending changes. */
  modify(request: ModifyUserGroupRequest): Promise<Result<UserGroup, ModifyUserGroupFault>>;
  /** Answers the group in DELETING. */
  delete(userGroupId: string): Promise<Result<UserGroup, DeleteUserGroupFault>>;
}
