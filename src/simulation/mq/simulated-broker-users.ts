import type { BrokerUser, BrokerUserFault, CreateBrokerUserRequest } from "../../ports/broker-users";
import { fail, ok, type Result, type UpstreamFault } from "../../ports/result";
import { validateCreateBrokerUser } from "../../validation/broker-user-input";
import type { SimulatedAccount } from "../account";

/** What the rules answer: AWS's documented faults; upstream trouble is simulateCall's business. */
export type BrokerUserRuleFault = Exclude<BrokerUserFault, UpstreamFault>;

const MAX_USERS_PER_BROKER = 250;

/**
 * Amazon MQ CreateUser as AWS behaves, on the simulated account: for the local adapter and the wire emulator
 * alike. The password is checked, never kept. Faults carry no request id here.
 */
export function createBrokerUser(account: SimulatedAccount, request: CreateBrokerUserRequest): Result<BrokerUser, BrokerUserRuleFault> {
  const fault = check(account, request);
  if (fault) return fail(fault);
  const user: BrokerUser = {
    brokerId: request.brokerId,
    username: request.username,
    consoleAccess: request.consoleAccess,
    groups: [...request.groups],
    replicationUser: request.replicationUser,
    pending: { consoleAccess: request.consoleAccess, groups: [...request.groups], pendingChange: "CREATE" },
  };
  account.brokers.get(request.brokerId)!.users.set(request.username, user);
  return ok(user);
}

function check(account: SimulatedAccount, request: CreateBrokerUserRequest): BrokerUserRuleFault | undefined {
  if (account.isDenied("mq:CreateUser")) return { code: "Forbidden" };
  const invalid = validateCreateBrokerUser(request)[0];
  if (invalid) return { code: "BadRequest", attribute: invalid.path[0]!, reason: invalid.message };

  const broker = account.brokers.get(request.brokerId);
  if (!broker) return { code: "BrokerNotFound" };
  if (broker.engineType === "RABBITMQ") {
    return { code: "BadRequest", attribute: null, reason: "CreateUser is not supported for RabbitMQ brokers: manage their users in RabbitMQ itself." };
  }
  if (broker.users.has(request.username)) return { code: "BrokerUserAlreadyExists" };
  if (broker.users.size >= MAX_USERS_PER_BROKER) {
    return { code: "BadRequest", attribute: null, reason: `A broker can have at most ${MAX_USERS_PER_BROKER} users.` };
  }
  return undefined;
}
