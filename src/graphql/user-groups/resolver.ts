import { Arg, Mutation, Resolver } from "type-graphql";
import type { UserGroups } from "../../ports/user-groups";
import { validateCreateUserGroup } from "../../validation/user-group-rules";
import { InputValidationError } from "../input-validation-error";
import { CreateUserGroupInput, toCreateUserGroupRequest } from "./inputs";
import { CreateUserGroupResult, CreateUserGroupSuccess, userGroupFaultMember } from "./result";

@Resolver()
export class UserGroupResolver {
  constructor(private readonly userGroups: UserGroups) {}

  @Mutation(() => CreateUserGroupResult, { description: "Creates an ElastiCache user group (AWS CreateUserGroup)." })
  async createUserGroup(@Arg("input", () => CreateUserGroupInput) input: CreateUserGroupInput): Promise<CreateUserGroupResult> {
    const request = toCreateUserGroupRequest(input);
    const violations = validateCreateUserGroup(request);
    if (violations.length > 0) return InputValidationError.of("input", violations);
    const result = await this.userGroups.create(request);
    return result.ok ? CreateUserGroupSuccess.of(result.value) : userGroupFaultMember(result.fault);
  }
}
