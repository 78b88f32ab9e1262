import type { BrokerUser } from "../../ports/broker-users";
import { fail, ok, type Fault, type Result } from "../../ports/result";
import type { ControlPlane, SimulatedBroker } from "./control-plane";

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
export function readBroker(plane: ControlPlane, action: string, brokerId: string): Result<BrokerView, BrokerReadFault> {
  if (plane.isDenied(action)) return fail({ code: "Forbidden" });
  const broker = plane.brokers.get(brokerId);
  if (!broker) return fail({ code: "BrokerNotFound" });
  return ok({ brokerId, engineType: broker.engineType, users: [...broker.users.values()] });
}
