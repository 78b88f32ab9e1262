import type { BrokerUser } from "../../ports/broker-users";
import { type Fault, fail, ok, type Result } from "../../ports/result";
import type { SimulatedAccount, SimulatedBroker } from "../account";

/** A broker as Amazon MQ DescribeBroker and ListUsers describe it. */
export interface BrokerView {
  readonly brokerId: string;
  readonly engineType: SimulatedBroker["engineType"];
  readonly users: readonly BrokerUser[];
}

export type BrokerReadFault = Fault<"BrokerNotFound"> | Fault<"Forbidden">;

/**
 * Amazon MQ DescribeBroker and ListUsers on the simulated account: the broker and its users, as
 * `action` ("mq:DescribeBroker" or "mq:ListUsers") allows.
 */
export function readBroker(account: SimulatedAccount, action: string, brokerId: string): Result<BrokerView, BrokerReadFault> {
  if (account.isDenied(action)) return fail({ code: "Forbidden" });
  const broker = account.brokers.get(brokerId);
  if (!broker) return fail({ code: "BrokerNotFound" });
  return ok({ brokerId, engineType: broker.engineType, users: [...broker.users.values()] });
}
