import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { settleCreateUserGroup } from "../../idempotency/settle-creates";
import { callNote, OPERATIONS } from "../../operations";
import type { UserGroups } from "../../ports/user-groups";
import { validateIdempotencyKey } from "../../validation/idempotency-key";
import { validateCreateUserGroup, validateModifyUserGroup, validateUserGroupId } from "../../validation/user-group-input";
import type { CallRunner } from "../call-runner";
import type { GatewayContext } from "../context";
import { inInput } from "../input-validation-error";
import {
  DeleteUserGroupResult,
  DeleteUserGroupSuccess,
  deleteUserGroupFaultMember,
  ModifyUserGroupResult,
  ModifyUserGroupSuccess,
  modifyUserGroupFaultMember,
} from "./change-results";
import { CreateUserGroupInput, DeleteUserGroupInput, ModifyUserGroupInput, toCreateUserGroupRequest, toModifyUserGroupRequest } from "./inputs";
import { CreateUserGroupResult, CreateUserGroupSuccess, userGroupFaultMember } from "./result";

/** The user group mutations: create, change the users of, delete. */
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
      violations: inInput([...validateCreateUserGroup(request), ...validateIdempotencyKey(input.idempotencyKey)]),
      call: () => this.userGroups.create(request),
      success: CreateUserGroupSuccess.of,
      fault: userGroupFaultMember,
      idempotency: { key: input.idempotencyKey, input: request, settle: settleCreateUserGroup(this.userGroups, request) },
    });
  }

  @Authorized(OPERATIONS.modifyUserGroup.scope)
  @Mutation(() => ModifyUserGroupResult, {
    description: `Adds users to and removes users from an ACTIVE user group; it is MODIFYING until AWS has applied the change. ${callNote("modifyUserGroup")}`,
  })
  async modifyUserGroup(@Arg("input", () => ModifyUserGroupInput) input: ModifyUserGroupInput, @Ctx() context: GatewayContext): Promise<ModifyUserGroupResult> {
    const request = toModifyUserGroupRequest(input);
    return this.runner.run(context, {
      field: "modifyUserGroup",
      violations: inInput([...validateModifyUserGroup(request), ...validateIdempotencyKey(input.idempotencyKey)]),
      call: () => this.userGroups.modify(request),
      success: ModifyUserGroupSuccess.of,
      fault: modifyUserGroupFaultMember,
      idempotency: { key: input.idempotencyKey, input: request },
    });
  }

  @Authorized(OPERATIONS.deleteUserGroup.scope)
  @Mutation(() => DeleteUserGroupResult, {
    description: `Deletes an ACTIVE user group no cache uses; it is DELETING until AWS is done. ${callNote("deleteUserGroup")}`,
  })
  async deleteUserGroup(@Arg("input", () => DeleteUserGroupInput) input: DeleteUserGroupInput, @Ctx() context: GatewayContext): Promise<DeleteUserGroupResult> {
    const { userGroupId } = input;
    return this.runner.run(context, {
      field: "deleteUserGroup",
      violations: inInput([...validateUserGroupId(["userGroupId"], userGroupId), ...validateIdempotencyKey(input.idempotencyKey)]),
      call: () => this.userGroups.delete(userGroupId),
      success: DeleteUserGroupSuccess.of,
      fault: deleteUserGroupFaultMember,
      idempotency: { key: input.idempotencyKey, input: { userGroupId } },
    });
  }
}
