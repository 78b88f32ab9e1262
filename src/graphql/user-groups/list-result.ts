import { createUnionType } from "type-graphql";
import type { DescribeUserGroupsFault } from "../../ports/user-groups";
import { COMMON_MEMBERS, memberByCode } from "../result-members";
import { DESCRIBE_USER_GROUP_MEMBERS, InvalidParameterCombination, ServiceLinkedRoleNotFound, UserGroupNotFound } from "./result";
import { UserGroupConnection } from "./types";

/** A page of user groups (the `userGroups` query). */
export const UserGroupsResult = createUnionType({
  name: "UserGroupsResult",
  types: () => [UserGroupConnection, UserGroupNotFound, InvalidParameterCombination, ServiceLinkedRoleNotFound, ...COMMON_MEMBERS] as const,
});
export type UserGroupsResult = typeof UserGroupsResult;

export const userGroupsFaultMember = memberByCode<DescribeUserGroupsFault, UserGroupsResult>(DESCRIBE_USER_GROUP_MEMBERS);
