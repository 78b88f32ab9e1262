import type { Result } from "../../ports/result";
import type { CreateUserGroupRequest, UserGroup, UserGroupFault, UserGroups } from "../../ports/user-groups";
import type { SimulatedAccount } from "../../simulation/account";
import { createUserGroup } from "../../simulation/elasticache/simulated-user-groups";
import { localCall } from "./local-call";

/** The UserGroups port on the simulated account. */
export class LocalUserGroups implements UserGroups {
  constructor(private readonly account: SimulatedAccount) {}

  // SKELETON: filled in by the lifecycle work.
  get(): never {
    throw new Error("not implemented");
  }
  list(): never {
    throw new Error("not implemented");
  }
  delete(): never {
    throw new Error("not implemented");
  }
  modify(): never {
    throw new Error("not implemented");
  }

  create(request: CreateUserGroupRequest): Promise<Result<UserGroup, UserGroupFault>> {
    return localCall(this.account, "elasticache:CreateUserGroup", () => createUserGroup(this.account, request));
  }
}
