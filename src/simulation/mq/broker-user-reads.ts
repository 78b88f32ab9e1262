import type { BrokerUser, BrokerUserCallFault, BrokerUserKey, BrokerUserSummary, ListBrokerUsersFault } from "../../ports/broker-users";
import type { Page } from "../../ports/page";
import { fail, mapOk, type Result, type UpstreamFault } from "../../ports/result";
import { validateBrokerId, validateBrokerUserKey } from "../../validation/broker-user-input";
import type { SimulatedAccount } from "../account";
import { brokerUserSummary, brokerUserView, findBrokerUser, rabbitMqRefusal, refusal } from "./broker-user-lookup";
import { type MqPageRequest, mqPage } from "./mq-pages";

export type ListBrokerUsersRuleFault = Exclude<ListBrokerUsersFault, UpstreamFault>;
export type BrokerUserCallRuleFault = Exclude<BrokerUserCallFault, UpstreamFault>;

/** Amazon MQ ListUsers: one page of a broker's users, ordered by username, pending deletions included. */
export function listBrokerUsers(account: SimulatedAccount, brokerId: string, page: MqPageRequest): Result<Page<BrokerUserSummary>, ListBrokerUsersRuleFault> {
  const refused = refusal(account, "mq:ListUsers", validateBrokerId(brokerId));
  if (refused) return fail(refused);
  const broker = account.brokers.get(brokerId);
  if (!broker) return fail({ code: "BrokerNotFound" });
  if (broker.engineType === "RABBITMQ") return fail(rabbitMqRefusal("mq:ListUsers"));
  return mapOk(
    mqPage(broker.users.values(), (u) => u.username, page),
    (users) => ({ ...users, items: users.items.map(brokerUserSummary) }),
  );
}

/** Amazon MQ DescribeUser: the user as the broker runs it, and its pending change. */
export function describeBrokerUser(account: SimulatedAccount, key: BrokerUserKey): Result<BrokerUser, BrokerUserCallRuleFault> {
  const refused = refusal(account, "mq:DescribeUser", validateBrokerUserKey(key));
  if (refused) return fail(refused);
  const found = findBrokerUser(account, "mq:DescribeUser", key);
  return mapOk(found, (value) => brokerUserView(key.brokerId, value.user));
}
