import type {
  BrokerUser,
  BrokerUserCallFault,
  BrokerUserFault,
  BrokerUserKey,
  BrokerUserSummary,
  BrokerUsers,
  CreateBrokerUserRequest,
  ListBrokerUsersFault,
  UpdateBrokerUserFault,
  UpdateBrokerUserRequest,
} from "../../ports/broker-users";
import type { InvalidMarker, Page, PageRequest } from "../../ports/page";
import type { Result } from "../../ports/result";
import type { SimulatedAccount } from "../../simulation/account";
import { describeBrokerUser, listBrokerUsers } from "../../simulation/mq/broker-user-reads";
import { createBrokerUser, deleteBrokerUser, updateBrokerUser } from "../../simulation/mq/simulated-broker-users";
import { markerRefusal, nextTokenRefused } from "../page-markers";
import { localCall } from "./local-call";

/** The BrokerUsers port on the simulated account. */
export class LocalBrokerUsers implements BrokerUsers {
  constructor(private readonly account: SimulatedAccount) {}

  create(request: CreateBrokerUserRequest): Promise<Result<BrokerUser, BrokerUserFault>> {
    return localCall(this.account, "mq:CreateUser", () => createBrokerUser(this.account, request));
  }

  async list(brokerId: string, page: PageRequest): Promise<Result<Page<BrokerUserSummary>, ListBrokerUsersFault | InvalidMarker>> {
    const result = await localCall(this.account, "mq:ListUsers", () =>
      listBrokerUsers(this.account, brokerId, { maxResults: page.maxRecords, nextToken: page.marker }),
    );
    return markerRefusal(page, result, nextTokenRefused);
  }

  get(key: BrokerUserKey): Promise<Result<BrokerUser, BrokerUserCallFault>> {
    return localCall(this.account, "mq:DescribeUser", () => describeBrokerUser(this.account, key));
  }

  update(request: UpdateBrokerUserRequest): Promise<Result<BrokerUserKey, UpdateBrokerUserFault>> {
    return localCall(this.account, "mq:UpdateUser", () => updateBrokerUser(this.account, request));
  }

  delete(key: BrokerUserKey): Promise<Result<BrokerUserKey, BrokerUserCallFault>> {
    return localCall(this.account, "mq:DeleteUser", () => deleteBrokerUser(this.account, key));
  }
}
