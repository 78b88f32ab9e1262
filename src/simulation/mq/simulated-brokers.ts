import type { BrokerUserSummary } from "../../ports/broker-users";
import type { Broker, BrokersFault } from "../../ports/brokers";
import type { Page } from "../../ports/page";
import { type Fault, fail, mapOk, ok, type Result, type UpstreamFault } from "../../ports/result";
import type { SimulatedAccount, SimulatedBroker } from "../account";
import { scriptedFault } from "../documented-faults";
import { brokerUserSummary } from "./broker-user-lookup";
import { type MqPageRequest, mqPage } from "./mq-pages";

/** A broker as Amazon MQ DescribeBroker describes it. */
export interface BrokerView extends Broker {
  readonly engineType: SimulatedBroker["engineType"];
  readonly users: readonly BrokerUserSummary[];
}

export type BrokerReadFault = Fault<"BrokerNotFound"> | Fault<"Forbidden">;
export type ListBrokersRuleFault = Exclude<BrokersFault, UpstreamFault>;

/** Amazon MQ DescribeBroker on the simulated account: the broker and its users. */
export function readBroker(account: SimulatedAccount, brokerId: string): Result<BrokerView, BrokerReadFault> {
  if (account.isDenied("mq:DescribeBroker")) return fail({ code: "Forbidden" });
  const broker = account.brokers.get(brokerId);
  if (!broker) return fail({ code: "BrokerNotFound" });
  return ok({ ...brokerSummary(account, broker), engineType: broker.engineType, users: [...broker.users.values()].map(brokerUserSummary) });
}

/** Amazon MQ ListBrokers: one page of the region's brokers, ordered by id. */
export function listBrokers(account: SimulatedAccount, page: MqPageRequest): Result<Page<Broker>, ListBrokersRuleFault> {
  if (account.isDenied("mq:ListBrokers")) return fail({ code: "Forbidden" });
  const scripted = scriptedFault<ListBrokersRuleFault>(account, "mq:ListBrokers", ["BadRequest"]);
  if (scripted) return fail(scripted);
  return mapOk(
    mqPage(account.brokers.values(), (b) => b.brokerId, page),
    (brokers) => ({
      ...brokers,
      items: brokers.items.map((b) => brokerSummary(account, b)),
    }),
  );
}

function brokerSummary(account: SimulatedAccount, broker: SimulatedBroker): Broker {
  return {
    brokerId: broker.brokerId,
    brokerName: broker.brokerName,
    engineType: broker.engineType,
    state: broker.state,
    deploymentMode: broker.deploymentMode,
    arn: account.arn("mq", `broker:${broker.brokerName}:${broker.brokerId}`),
  };
}
