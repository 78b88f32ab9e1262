import { createUnionType, Field, ObjectType } from "type-graphql";
import type { DeleteUserGroupFault, ModifyUserGroupFault, UserGroup as UserGroupValue } from "../../ports/user-groups";
import { fixedAwsError } from "../error";
import { MUTATION_MEMBERS, memberByCode } from "../result-members";
import { UpstreamThrottled, UpstreamUnavailable } from "../upstream-errors";
import {
  DefaultUserRequired,
  DuplicateUserName,
  InvalidParameterCombination,
  InvalidParameterValue,
  ServiceLinkedRoleNotFound,
  UserGroupNotFound,
  UserNotFound,
} from "./result";
import { UserGroup } from "./types";

@ObjectType("ModifyUserGroupSuccess", { description: "AWS took the change: the group is MODIFYING, with the change as its pendingChanges." })
export class ModifyUserGroupSuccess {
  @Field(() => UserGroup)
  userGroup!: UserGroup;

  static of(userGroup: UserGroupValue): ModifyUserGroupSuccess {
    return Object.assign(new ModifyUserGroupSuccess(), { userGroup: UserGroup.of(userGroup) });
  }
}

@ObjectType("DeleteUserGroupSuccess", { description: "AWS is deleting the group: it is DELETING, and gone when AWS is done." })
export class DeleteUserGroupSuccess {
  @Field(() => UserGroup)
  userGroup!: UserGroup;

  static of(userGroup: UserGroupValue): DeleteUserGroupSuccess {
    return Object.assign(new DeleteUserGroupSuccess(), { userGroup: UserGroup.of(userGroup) });
  }
}

export const InvalidUserGroupState = fixedAwsError(
  "InvalidUserGroupState",
  "The group is not ACTIVE, or a cache still uses it (AWS InvalidUserGroupStateFault). Wait until it is ACTIVE, or detach it first.",
  "The user group cannot be changed now: it is not ACTIVE (it is being created, modified or deleted), or a cache uses it.",
);

export const ModifyUserGroupResult = createUnionType({
  name: "ModifyUserGroupResult",
  types: () =>
    [
      ModifyUserGroupSuccess,
      DefaultUserRequired,
      DuplicateUserName,
      InvalidParameterCombination,
      InvalidParameterValue,
      InvalidUserGroupState,
      ServiceLinkedRoleNotFound,
      UserGroupNotFound,
      UserNotFound,
      ...MUTATION_MEMBERS,
    ] as const,
});
export type ModifyUserGroupResult = typeof ModifyUserGroupResult;

export const modifyUserGroupFaultMember = memberByCode<ModifyUserGroupFault, ModifyUserGroupResult>({
  DefaultUserRequired: DefaultUserRequired.of,
  DuplicateUserName: DuplicateUserName.of,
  InvalidParameterCombination: InvalidParameterCombination.of,
  InvalidParameterValue: InvalidParameterValue.of,
  InvalidUserGroupState: InvalidUserGroupState.of,
  ServiceLinkedRoleNotFound: ServiceLinkedRoleNotFound.of,
  UserGroupNotFound: UserGroupNotFound.of,
  UserNotFound: UserNotFound.of,
  UpstreamThrottled: UpstreamThrottled.of,
  UpstreamUnavailable: UpstreamUnavailable.of,
});

export const DeleteUserGroupResult = createUnionType({
  name: "DeleteUserGroupResult",
  types: () =>
    [DeleteUserGroupSuccess, InvalidParameterValue, InvalidUserGroupState, ServiceLinkedRoleNotFound, UserGroupNotFound, ...MUTATION_MEMBERS] as const,
});
export type DeleteUserGroupResult = typeof DeleteUserGroupResult;

export const deleteUserGroupFaultMember = memberByCode<DeleteUserGroupFault, DeleteUserGroupResult>({
  InvalidParameterValue: InvalidParameterValue.of,
  InvalidUserGroupState: InvalidUserGroupState.of,
  ServiceLinkedRoleNotFound: ServiceLinkedRoleNotFound.of,
  UserGroupNotFound: UserGroupNotFound.of,
  UpstreamThrottled: UpstreamThrottled.of,
  UpstreamUnavailable: UpstreamUnavailable.of,
});
