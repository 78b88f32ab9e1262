import type { Broker, Brokers, BrokersFault } from "../../ports/brokers";
import type { InvalidMarker, Page, PageRequest } from "../../ports/page";
import type { Result } from "../../ports/result";
import type { SimulatedAccount } from "../../simulation/account";
import { listBrokers } from "../../simulation/mq/simulated-brokers";
import { markerRefusal, nextTokenRefused } from "../page-markers";
import { localCall } from "./local-call";

/** The Brokers port on the simulated account. */
export class LocalBrokers implements Brokers {
  constructor(private readonly account: SimulatedAccount) {}

  async list(page: PageRequest): Promise<Result<Page<Broker>, BrokersFault | InvalidMarker>> {
    const result = await localCall(this.account, "mq:ListBrokers", () => listBrokers(this.account, { maxResults: page.maxRecords, nextToken: page.marker }));
    return markerRefusal(page, result, nextTokenRefused);
  }
}
