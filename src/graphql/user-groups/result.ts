import { createUnionType, Field, ObjectType } from "type-graphql";
import type { DescribeUserGroupsFault, UserGroupFault, UserGroup as UserGroupValue } from "../../ports/user-groups";
import { AwsErrorInterface, awsError, ErrorInterface, fixedAwsError } from "../error";
import { COMMON_MEMBERS, MUTATION_MEMBERS, memberByCode } from "../result-members";
import { UpstreamThrottled, UpstreamUnavailable } from "../upstream-errors";
import { UserGroup } from "./types";

@ObjectType("CreateUserGroupSuccess")
export class CreateUserGroupSuccess {
  @Field(() => UserGroup)
  userGroup!: UserGroup;

  static of(userGroup: UserGroupValue): CreateUserGroupSuccess {
    return Object.assign(new CreateUserGroupSuccess(), { userGroup });
  }
}

@ObjectType("UserNotFound", {
  implements: [ErrorInterface, AwsErrorInterface],
  description: "A listed user id does not exist (AWS UserNotFoundFault). Create the user or fix the id.",
})
export class UserNotFound extends AwsErrorInterface {
  @Field(() => [String], { description: "The ids AWS named as missing; empty when AWS did not say which." })
  userIds!: string[];

  static of(fault: Extract<UserGroupFault, { code: "UserNotFound" }>): UserNotFound {
    const member = awsError(new UserNotFound(), "One or more of the listed users do not exist.", fault.requestId);
    member.userIds = [...fault.userIds];
    return member;
  }
}

@ObjectType("InvalidParameterValue", {
  implements: [ErrorInterface, AwsErrorInterface],
  description: "AWS rejected a value (InvalidParameterValueException); the message gives AWS's reason.",
})
export class InvalidParameterValue extends AwsErrorInterface {
  static of(fault: Extract<UserGroupFault, { code: "InvalidParameterValue" }>): InvalidParameterValue {
    return awsError(new InvalidParameterValue(), fault.reason, fault.requestId);
  }
}

export const DuplicateUserName = fixedAwsError(
  "DuplicateUserName",
  "Two listed users share a user name (AWS DuplicateUserNameFault). Keep one of them.",
  "Two or more of the listed users have the same user name; a user group holds one user per user name.",
);
export const UserGroupAlreadyExists = fixedAwsError(
  "UserGroupAlreadyExists",
  "The user group id is taken (AWS UserGroupAlreadyExistsFault). Choose another id.",
  "A user group with this id already exists.",
);
export const DefaultUserRequired = fixedAwsError(
  "DefaultUserRequired",
  'No listed user has the user name "default" (AWS DefaultUserRequired). Add one.',
  'A user group must contain a user whose user name is "default".',
);
export const UserGroupQuotaExceeded = fixedAwsError(
  "UserGroupQuotaExceeded",
  "An account or group quota is reached (AWS UserGroupQuotaExceededFault). Delete groups or ask AWS for more.",
  "The user group quota is reached: too many user groups in the account, or too many users in the group.",
);
export const TagQuotaPerResourceExceeded = fixedAwsError(
  "TagQuotaPerResourceExceeded",
  "More than 50 tags (AWS TagQuotaPerResourceExceeded). Send fewer tags.",
  "A resource can have at most 50 tags.",
);
export const ServiceLinkedRoleNotFound = fixedAwsError(
  "ServiceLinkedRoleNotFound",
  "The AWS account lacks ElastiCache's service-linked role (AWS ServiceLinkedRoleNotFoundFault). An administrator must create it.",
  "The AWS account has no ElastiCache service-linked role (AWSServiceRoleForElastiCache); an administrator must create it.",
);

export const CreateUserGroupResult = createUnionType({
  name: "CreateUserGroupResult",
  types: () =>
    [
      CreateUserGroupSuccess,
      UserNotFound,
      DuplicateUserName,
      UserGroupAlreadyExists,
      DefaultUserRequired,
      UserGroupQuotaExceeded,
      TagQuotaPerResourceExceeded,
      InvalidParameterValue,
      ServiceLinkedRoleNotFound,
      ...MUTATION_MEMBERS,
    ] as const,
});
export type CreateUserGroupResult = typeof CreateUserGroupResult;

export const userGroupFaultMember = memberByCode<UserGroupFault, CreateUserGroupResult>({
  UserNotFound: UserNotFound.of,
  DuplicateUserName: DuplicateUserName.of,
  UserGroupAlreadyExists: UserGroupAlreadyExists.of,
  DefaultUserRequired: DefaultUserRequired.of,
  UserGroupQuotaExceeded: UserGroupQuotaExceeded.of,
  TagQuotaPerResourceExceeded: TagQuotaPerResourceExceeded.of,
  InvalidParameterValue: InvalidParameterValue.of,
  ServiceLinkedRoleNotFound: ServiceLinkedRoleNotFound.of,
  UpstreamThrottled: UpstreamThrottled.of,
  UpstreamUnavailable: UpstreamUnavailable.of,
});

export const UserGroupNotFound = fixedAwsError(
  "UserGroupNotFound",
  "No user group has this id (AWS UserGroupNotFoundFault). Check the id; a deleted group is gone once its deletion ends.",
  "No user group with this id exists.",
);

@ObjectType("InvalidParameterCombination", {
  implements: [ErrorInterface, AwsErrorInterface],
  description: "AWS rejected a combination of values (InvalidParameterCombinationException); the message gives AWS's reason.",
})
export class InvalidParameterCombination extends AwsErrorInterface {
  static of(fault: Extract<DescribeUserGroupsFault, { code: "InvalidParameterCombination" }>): InvalidParameterCombination {
    return awsError(new InvalidParameterCombination(), fault.reason, fault.requestId);
  }
}

/** One user group (the `userGroup` query and the `userGroupStatus` subscription). */
export const UserGroupResult = createUnionType({
  name: "UserGroupResult",
  types: () => [UserGroup, UserGroupNotFound, InvalidParameterCombination, ServiceLinkedRoleNotFound, ...COMMON_MEMBERS] as const,
});
export type UserGroupResult = typeof UserGroupResult;

/** DescribeUserGroups' faults to their members: the same for one group (UserGroupResult) and for a page (UserGroupsResult). */
export const DESCRIBE_USER_GROUP_MEMBERS = {
  UserGroupNotFound: UserGroupNotFound.of,
  InvalidParameterCombination: InvalidParameterCombination.of,
  ServiceLinkedRoleNotFound: ServiceLinkedRoleNotFound.of,
  UpstreamThrottled: UpstreamThrottled.of,
  UpstreamUnavailable: UpstreamUnavailable.of,
} as const;

export const describeUserGroupFaultMember = memberByCode<DescribeUserGroupsFault, UserGroupResult>(DESCRIBE_USER_GROUP_MEMBERS);
