import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { callNote, OPERATIONS } from "../../operations";
import type { UserGroups } from "../../ports/user-groups";
import { validateUserGroupId } from "../../validation/user-group-input";
import type { CallRunner } from "../call-runner";
import { AFTER_DESCRIPTION, FIRST_DESCRIPTION } from "../connection";
import type { GatewayContext } from "../context";
import { PageCursor } from "../page-cursor";
import { UserGroupsResult, userGroupsFaultMember } from "./list-result";
import { describeUserGroupFaultMember, UserGroupResult } from "./result";
import { UserGroup, UserGroupConnection } from "./types";

/** The user group queries: one group by id, and the account's groups page by page. */
@Resolver()
export class UserGroupQueryResolver {
  constructor(
    private readonly groups: UserGroups,
    private readonly runner: CallRunner,
  ) {}

  @Authorized(OPERATIONS.userGroup.scope)
  @Query(() => UserGroupResult, { description: `One ElastiCache user group, with its status now. ${callNote("userGroup")}` })
  async userGroup(@Arg("userGroupId", () => String) userGroupId: string, @Ctx() context: GatewayContext): Promise<UserGroupResult> {
    return this.runner.run(context, {
      field: "userGroup",
      violations: validateUserGroupId(["userGroupId"], userGroupId),
      call: () => this.groups.get(userGroupId),
      success: UserGroup.of,
      fault: describeUserGroupFaultMember,
    });
  }

  @Authorized(OPERATIONS.userGroups.scope)
  @Query(() => UserGroupsResult, { description: `The account's ElastiCache user groups. ${callNote("userGroups")}` })
  async userGroups(
    @Arg("first", () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first: number | null | undefined,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null | undefined,
    @Ctx() context: GatewayContext,
  ): Promise<UserGroupsResult> {
    const cursor = new PageCursor("userGroups", (group: UserGroup) => group.userGroupId);
    const { plan, violations } = cursor.plan({ first, after });
    return this.runner.run(context, {
      field: "userGroups",
      violations,
      call: () => this.groups.list(plan!.request),
      success: (page) => UserGroupConnection.of(cursor.connection(plan!, { ...page, items: page.items.map(UserGroup.of) })),
      fault: cursor.faults(userGroupsFaultMember),
    });
  }
}
