import type { BrokerUser, BrokerUserFault, BrokerUsers, CreateBrokerUserRequest } from "../../ports/broker-users";
import type { Result } from "../../ports/result";
import type { SimulatedAccount } from "../../simulation/account";
import { createBrokerUser } from "../../simulation/mq/simulated-broker-users";
import { localCall } from "./local-call";

/** The BrokerUsers port on the simulated account. */
export class LocalBrokerUsers implements BrokerUsers {
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
  update(): never {
    throw new Error("not implemented");
  }

  create(request: CreateBrokerUserRequest): Promise<Result<BrokerUser, BrokerUserFault>> {
    return localCall(this.account, "mq:CreateUser", () => createBrokerUser(this.account, request));
  }
}
