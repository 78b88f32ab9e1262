import { assertNever, describePage } from "./client";
import { describeFailure } from "./describe-failure";
import type {
  CacheUsersQuery,
  CreateUserGroupMutation,
  DeleteUserGroupMutation,
  ModifyUserGroupMutation,
  UserGroupFieldsFragment,
  UserGroupQuery,
  UserGroupStatusSubscription,
  UserGroupsQuery,
} from "./generated/graphql";

/*
 * What a client tells its user about each ElastiCache result: an exhaustive switch on __typename, the
 * members' own fields, failures handed to describeFailure. When schema.graphql gains a member and
 * `npm run codegen` runs, the switch stops compiling until the member has a case.
 */

export type CreateUserGroupResult = CreateUserGroupMutation["createUserGroup"];
export type CacheUsersResult = CacheUsersQuery["cacheUsers"];
/** The query and the subscription answer the same union with the same selection. */
export type UserGroupResult = UserGroupQuery["userGroup"] | UserGroupStatusSubscription["userGroupStatus"];
export type UserGroupsResult = UserGroupsQuery["userGroups"];
export type ModifyUserGroupResult = ModifyUserGroupMutation["modifyUserGroup"];
export type DeleteUserGroupResult = DeleteUserGroupMutation["deleteUserGroup"];

export function describeUserGroup(group: UserGroupFieldsFragment): string {
  const pending = group.pendingChanges
    ? `, adding [${group.pendingChanges.userIdsToAdd.join(", ")}] and removing [${group.pendingChanges.userIdsToRemove.join(", ")}]`
    : "";
  return `user group ${group.userGroupId} (${group.status ?? "status unknown"}) with ${group.userIds.join(", ")}${pending}`;
}

export function describeCreateUserGroupResult(result: CreateUserGroupResult): string {
  switch (result.__typename) {
    case "CreateUserGroupSuccess":
      return `created ${describeUserGroup(result.userGroup)}`;
    case "DefaultUserRequired":
    case "DuplicateUserName":
    case "IdempotencyInProgress":
    case "IdempotencyKeyReused":
    case "IdempotencyUnavailable":
    case "InputValidationError":
    case "InvalidParameterValue":
    case "RateLimited":
    case "ServiceLinkedRoleNotFound":
    case "TagQuotaPerResourceExceeded":
    case "UpstreamThrottled":
    case "UpstreamUnavailable":
    case "UserGroupAlreadyExists":
    case "UserGroupQuotaExceeded":
    case "UserNotFound":
      return describeFailure(result);
    default:
      return assertNever(result);
  }
}

export function describeCacheUsersResult(result: CacheUsersResult): string {
  switch (result.__typename) {
    case "CacheUserConnection":
      return describePage("cache users", result);
    case "InputValidationError":
    case "InvalidParameterCombination":
    case "RateLimited":
    case "ServiceLinkedRoleNotFound":
    case "UpstreamThrottled":
    case "UpstreamUnavailable":
    case "UserNotFound":
      return describeFailure(result);
    default:
      return assertNever(result);
  }
}

export function describeUserGroupResult(result: UserGroupResult): string {
  switch (result.__typename) {
    case "UserGroup":
      return describeUserGroup(result);
    case "InputValidationError":
    case "InvalidParameterCombination":
    case "RateLimited":
    case "ServiceLinkedRoleNotFound":
    case "UpstreamThrottled":
    case "UpstreamUnavailable":
    case "UserGroupNotFound":
      return describeFailure(result);
    default:
      return assertNever(result);
  }
}

export function describeUserGroupsResult(result: UserGroupsResult): string {
  switch (result.__typename) {
    case "UserGroupConnection":
      return describePage("user groups", result);
    case "InputValidationError":
    case "InvalidParameterCombination":
    case "RateLimited":
    case "ServiceLinkedRoleNotFound":
    case "UpstreamThrottled":
    case "UpstreamUnavailable":
    case "UserGroupNotFound":
      return describeFailure(result);
    default:
      return assertNever(result);
  }
}

export function describeModifyUserGroupResult(result: ModifyUserGroupResult): string {
  switch (result.__typename) {
    case "ModifyUserGroupSuccess":
      return `changing ${describeUserGroup(result.userGroup)}`;
    case "DefaultUserRequired":
    case "DuplicateUserName":
    case "IdempotencyInProgress":
    case "IdempotencyKeyReused":
    case "IdempotencyUnavailable":
    case "InputValidationError":
    case "InvalidParameterCombination":
    case "InvalidParameterValue":
    case "InvalidUserGroupState":
    case "RateLimited":
    case "ServiceLinkedRoleNotFound":
    case "UpstreamThrottled":
    case "UpstreamUnavailable":
    case "UserGroupNotFound":
    case "UserNotFound":
      return describeFailure(result);
    default:
      return assertNever(result);
  }
}

export function describeDeleteUserGroupResult(result: DeleteUserGroupResult): string {
  switch (result.__typename) {
    case "DeleteUserGroupSuccess":
      return `deleting ${describeUserGroup(result.userGroup)}`;
    case "IdempotencyInProgress":
    case "IdempotencyKeyReused":
    case "IdempotencyUnavailable":
    case "InputValidationError":
    case "InvalidParameterValue":
    case "InvalidUserGroupState":
    case "RateLimited":
    case "ServiceLinkedRoleNotFound":
    case "UpstreamThrottled":
    case "UpstreamUnavailable":
    case "UserGroupNotFound":
      return describeFailure(result);
    default:
      return assertNever(result);
  }
}
