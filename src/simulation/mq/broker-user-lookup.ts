import type { BrokerUser, BrokerUserKey, BrokerUserNotFound, BrokerUserSummary } from "../../ports/broker-users";
import { type Fault, fail, ok, type Result } from "../../ports/result";
import type { Violation } from "../../validation/violation";
import type { SimulatedAccount, SimulatedBroker, SimulatedBrokerUser } from "../account";
import type { MqBadRequest } from "./mq-pages";

/** Amazon MQ's ForbiddenException, as the rules answer it. */
export type MqForbidden = Fault<"Forbidden">;

/**
 * What Amazon MQ answers before it looks anything up: ForbiddenException when the role may not perform
 * `action`, then BadRequestException naming the first attribute that breaks a documented rule.
 */
export function refusal(account: SimulatedAccount, action: string, violations: readonly Violation[]): MqForbidden | MqBadRequest | undefined {
  if (account.isDenied(action)) return { code: "Forbidden" };
  const invalid = violations[0];
  return invalid ? { code: "BadRequest", attribute: invalid.path[0] ?? null, reason: invalid.message } : undefined;
}

/**
 * RabbitMQ brokers keep their users in RabbitMQ itself: Amazon MQ's user calls refuse them, as CreateUser
 * does (AWS documents no status; BadRequestException is the likely one).
 */
export const rabbitMqRefusal = (action: string): MqBadRequest => ({
  code: "BadRequest",
  attribute: null,
  reason: `${action.replace(/^mq:/, "")} is not supported for RabbitMQ brokers: manage their users in RabbitMQ itself.`,
});

/** The broker and user a user-level call names (DescribeUser, UpdateUser, DeleteUser), or what AWS answers. */
export function findBrokerUser(
  account: SimulatedAccount,
  action: string,
  key: BrokerUserKey,
): Result<{ readonly broker: SimulatedBroker; readonly user: SimulatedBrokerUser }, BrokerUserNotFound | MqBadRequest> {
  const broker = account.brokers.get(key.brokerId);
  if (!broker) return fail({ code: "BrokerUserNotFound", missing: "BROKER" });
  if (broker.engineType === "RABBITMQ") return fail(rabbitMqRefusal(action));
  const user = broker.users.get(key.username);
  if (!user) return fail({ code: "BrokerUserNotFound", missing: "USER" });
  return ok({ broker, user });
}

/**
 * A user as DescribeUser answers it: what the broker runs now (for a user pending creation, what it will
 * run), and the pending change with the values it brings. Never a password: none is kept.
 */
export function brokerUserView(brokerId: string, user: SimulatedBrokerUser): BrokerUser {
  const current = user.applied ?? user.pending!.settings;
  const pending = user.pending;
  return {
    brokerId,
    username: user.username,
    consoleAccess: current.consoleAccess,
    groups: [...current.groups],
    replicationUser: current.replicationUser,
    pending: pending && { consoleAccess: pending.settings.consoleAccess, groups: [...pending.settings.groups], pendingChange: pending.change },
  };
}

/** A user as ListUsers summarises it. */
export const brokerUserSummary = (user: SimulatedBrokerUser): BrokerUserSummary => ({ username: user.username, pendingChange: user.pending?.change ?? null });
