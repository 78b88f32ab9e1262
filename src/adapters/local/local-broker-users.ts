import type { BrokerUser, BrokerUserFault, BrokerUsers, CreateBrokerUserRequest } from "../../ports/broker-users";
import type { Result } from "../../ports/result";
import type { SimulatedAccount } from "../../simulation/account";
import { createBrokerUser } from "../../simulation/mq/simulated-broker-users";
import { localCall } from "./local-call";

/** The BrokerUsers port on the simulated account. */
export class LocalBrokerUsers implements BrokerUsers {
  constructor(private readonly account: SimulatedAccount) {}

  create(request: CreateBrokerUserRequest): Promise<Result<BrokerUser, BrokerUserFault>> {
    return localCall(this.account, "mq:CreateUser", () => createBrokerUser(this.account, request));
  }
}
