import type { BrokerUser, BrokerUserFault, BrokerUsers, CreateBrokerUserRequest } from "../../ports/broker-users";
import type { Result } from "../../ports/result";
import type { CreateUserGroupRequest, UserGroup, UserGroupFault, UserGroups } from "../../ports/user-groups";
import { createBrokerUser } from "./broker-user-rules";
import type { ControlPlane } from "./control-plane";
import { localCall } from "./local-call";
import { createUserGroup } from "./user-group-rules";

/** The ports on the simulated account: the local backend's face of the control plane. */
export class LocalUserGroups implements UserGroups {
  constructor(private readonly plane: ControlPlane) {}

  create(request: CreateUserGroupRequest): Promise<Result<UserGroup, UserGroupFault>> {
    return localCall(this.plane, "elasticache:CreateUserGroup", () => createUserGroup(this.plane, request));
  }
}

export class LocalBrokerUsers implements BrokerUsers {
  constructor(private readonly plane: ControlPlane) {}

  create(request: CreateBrokerUserRequest): Promise<Result<BrokerUser, BrokerUserFault>> {
    return localCall(this.plane, "mq:CreateUser", () => createBrokerUser(this.plane, request));
  }
}
