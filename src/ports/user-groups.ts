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

export interface UserGroups {
  create(request: CreateUserGroupRequest): Promise<Result<UserGroup, UserGroupFault>>;
}
