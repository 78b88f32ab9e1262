import type {
  BrokerUser,
  BrokerUserFault,
  BrokerUserKey,
  CreateBrokerUserRequest,
  UpdateBrokerUserFault,
  UpdateBrokerUserRequest,
} from "../../ports/broker-users";
import { fail, ok, type Result, type UpstreamFault } from "../../ports/result";
import { validateBrokerUserKey, validateCreateBrokerUser, validateUpdateBrokerUser } from "../../validation/broker-user-input";
import type { BrokerUserSettings, SimulatedAccount } from "../account";
import { brokerUserView, findBrokerUser, rabbitMqRefusal, refusal } from "./broker-user-lookup";
import type { BrokerUserCallRuleFault } from "./broker-user-reads";

/** What the rules answer: AWS's documented faults; upstream trouble is simulateCall's business. */
export type BrokerUserRuleFault = Exclude<BrokerUserFault, UpstreamFault>;
export type UpdateBrokerUserRuleFault = Exclude<UpdateBrokerUserFault, UpstreamFault>;

const MAX_USERS_PER_BROKER = 250;

/**
 * Amazon MQ CreateUser as AWS behaves, on the simulated account: for the local adapter and the wire emulator
 * alike. The user is pending creation until the broker reboots. The password is checked, never kept.
 * Faults carry no request id here.
 */
export function createBrokerUser(account: SimulatedAccount, request: CreateBrokerUserRequest): Result<BrokerUser, BrokerUserRuleFault> {
  const refused = refusal(account, "mq:CreateUser", validateCreateBrokerUser(request));
  if (refused) return fail(refused);
  const broker = account.brokers.get(request.brokerId);
  if (!broker) return fail({ code: "BrokerNotFound" });
  if (broker.engineType === "RABBITMQ") return fail(rabbitMqRefusal("mq:CreateUser"));
  // A user pending deletion still exists until the broker reboots.
  if (broker.users.has(request.username)) return fail({ code: "BrokerUserAlreadyExists" });
  if (broker.users.size >= MAX_USERS_PER_BROKER) {
    return fail({ code: "BadRequest", attribute: null, reason: `A broker can have at most ${MAX_USERS_PER_BROKER} users.` });
  }
  const { consoleAccess, groups, replicationUser } = request;
  const user = {
    username: request.username,
    applied: null,
    pending: { change: "CREATE", settings: { consoleAccess, groups: [...groups], replicationUser } },
  } as const;
  broker.users.set(request.username, user);
  return ok(brokerUserView(request.brokerId, user));
}

/**
 * Amazon MQ UpdateUser: the given fields (the password too, which is checked and never kept) become a
 * pending change on top of what is already pending; a user pending creation stays pending creation. A
 * user pending deletion cannot be changed (ConflictException; AWS documents no rule, this is the likely
 * one), nor can the change leave the user with both console access and replication (BadRequestException).
 */
export function updateBrokerUser(account: SimulatedAccount, request: UpdateBrokerUserRequest): Result<BrokerUserKey, UpdateBrokerUserRuleFault> {
  const refused = refusal(account, "mq:UpdateUser", validateUpdateBrokerUser(request));
  if (refused) return fail(refused);
  const found = findBrokerUser(account, "mq:UpdateUser", request);
  if (!found.ok) return found;
  const { broker, user } = found.value;
  if (user.pending?.change === "DELETE") {
    return fail({ code: "Conflict", reason: "The user is pending deletion: it cannot be changed before the broker reboots." });
  }
  const base = user.pending?.settings ?? user.applied!;
  const settings: BrokerUserSettings = {
    consoleAccess: request.consoleAccess ?? base.consoleAccess,
    groups: request.groups ? [...request.groups] : base.groups,
    replicationUser: request.replicationUser ?? base.replicationUser,
  };
  if (settings.consoleAccess && settings.replicationUser) {
    const attribute = request.replicationUser ? "replicationUser" : "consoleAccess";
    return fail({ code: "BadRequest", attribute, reason: "A replication user cannot have console access." });
  }
  const change = user.pending?.change === "CREATE" ? "CREATE" : "UPDATE";
  broker.users.set(user.username, { ...user, pending: { change, settings } });
  return ok({ brokerId: request.brokerId, username: request.username });
}

/**
 * Amazon MQ DeleteUser: the user is pending deletion until the broker reboots, except a user still
 * pending creation, which the broker never had: it is gone at once. Deleting a user already pending
 * deletion changes nothing and succeeds (DeleteUser documents no ConflictException).
 */
export function deleteBrokerUser(account: SimulatedAccount, key: BrokerUserKey): Result<BrokerUserKey, BrokerUserCallRuleFault> {
  const refused = refusal(account, "mq:DeleteUser", validateBrokerUserKey(key));
  if (refused) return fail(refused);
  const found = findBrokerUser(account, "mq:DeleteUser", key);
  if (!found.ok) return found;
  const { broker, user } = found.value;
  if (user.applied === null) broker.users.delete(user.username);
  else broker.users.set(user.username, { ...user, pending: { change: "DELETE", settings: user.applied } });
  return ok({ brokerId: key.brokerId, username: key.username });
}
