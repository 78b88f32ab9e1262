import type { InvalidMarker, Page, PageRequest } from "../../ports/page";
import { mapOk, type Result } from "../../ports/result";
import type {
  CreateUserGroupRequest,
  DeleteUserGroupFault,
  DescribeUserGroupsFault,
  ModifyUserGroupFault,
  ModifyUserGroupRequest,
  UserGroup,
  UserGroupFault,
  UserGroups,
} from "../../ports/user-groups";
import type { SimulatedAccount } from "../../simulation/account";
import { deleteUserGroup, modifyUserGroup } from "../../simulation/elasticache/simulated-user-group-changes";
import { describeUserGroups } from "../../simulation/elasticache/simulated-user-group-reads";
import { createUserGroup } from "../../simulation/elasticache/simulated-user-groups";
import { elastiCachePage, localCall } from "./local-call";

/** The UserGroups port on the simulated account. */
export class LocalUserGroups implements UserGroups {
  constructor(private readonly account: SimulatedAccount) {}

  create(request: CreateUserGroupRequest): Promise<Result<UserGroup, UserGroupFault>> {
    return localCall(this.account, "elasticache:CreateUserGroup", () => createUserGroup(this.account, request));
  }

  get(userGroupId: string): Promise<Result<UserGroup, DescribeUserGroupsFault>> {
    return localCall(this.account, "elasticache:DescribeUserGroups", () => mapOk(describeUserGroups(this.account, { userGroupId }), (page) => page.items[0]!));
  }

  list(page: PageRequest): Promise<Result<Page<UserGroup>, DescribeUserGroupsFault | InvalidMarker>> {
    return localCall(this.account, "elasticache:DescribeUserGroups", () => elastiCachePage(page, () => describeUserGroups(this.account, page)));
  }

  modify(request: ModifyUserGroupRequest): Promise<Result<UserGroup, ModifyUserGroupFault>> {
    return localCall(this.account, "elasticache:ModifyUserGroup", () => modifyUserGroup(this.account, request));
  }

  delete(userGroupId: string): Promise<Result<UserGroup, DeleteUserGroupFault>> {
    return localCall(this.account, "elasticache:DeleteUserGroup", () => deleteUserGroup(this.account, userGroupId));
  }
}
