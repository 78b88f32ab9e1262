import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { callNote, OPERATIONS } from "../../operations";
import type { UserGroups } from "../../ports/user-groups";
import { validateCreateUserGroup } from "../../validation/user-group-input";
import type { CallRunner } from "../call-runner";
import type { GatewayContext } from "../context";
import { inInput } from "../input-validation-error";
import { CreateUserGroupInput, toCreateUserGroupRequest } from "./inputs";
import { CreateUserGroupResult, CreateUserGroupSuccess, userGroupFaultMember } from "./result";

@Resolver()
export class UserGroupResolver {
  constructor(
    private readonly userGroups: UserGroups,
    private readonly runner: CallRunner,
  ) {}

  @Authorized(OPERATIONS.createUserGroup.scope)
  @Mutation(() => CreateUserGroupResult, { description: `Creates an ElastiCache user group. ${callNote("createUserGroup")}` })
  async createUserGroup(@Arg("input", () => CreateUserGroupInput) input: CreateUserGroupInput, @Ctx() context: GatewayContext): Promise<CreateUserGroupResult> {
    const request = toCreateUserGroupRequest(input);
    return this.runner.run(context, {
      field: "createUserGroup",
      violations: inInput(validateCreateUserGroup(request)),
      call: () => this.userGroups.create(request),
      success: CreateUserGroupSuccess.of,
      fault: userGroupFaultMember,
    });
  }
}
