import { mapOk, type Result } from "../../ports/result";
import type { SimulatedAccount } from "../account";
import { describeBrokerUser, listBrokerUsers } from "../mq/broker-user-reads";
import { MQ_PAGE_SIZES } from "../mq/mq-pages";
import { createBrokerUser, deleteBrokerUser, updateBrokerUser } from "../mq/simulated-broker-users";
import { listBrokers, readBroker } from "../mq/simulated-brokers";
import { createUserBody, pageQuery, updateUserBody } from "./mq-bodies";
import type { MqDomainFault } from "./mq-faults";
import { describeBrokerShape, describeUserShape, listBrokersShape, listUsersShape } from "./mq-shapes";

/** One request's arguments: the body as text, the query string parsed. */
export interface MqRequest {
  readonly body: string;
  readonly query: URLSearchParams;
}

export interface MqRoute {
  /** The IAM action, which scripted faults name. */
  readonly operation: string;
  /** The shared rules' answer, as the JSON body of a 200; may throw UnreadableInput. */
  readonly act: (account: SimulatedAccount, request: MqRequest) => Result<unknown, MqDomainFault>;
}

/**
 * The Amazon MQ routes (REST-JSON) the emulator serves, from the method and the decoded path labels,
 * as the SDK's operation schemas give them (`/v1/brokers[/{broker-id}[/users[/{username}]]]`).
 */
export function mqRoute(method: string, labels: readonly string[]): MqRoute | undefined {
  const [v1, brokers, brokerId, users, username, ...rest] = labels;
  if (v1 !== "v1" || brokers !== "brokers" || rest.length > 0) return undefined;
  if (brokerId === undefined) {
    return method === "GET"
      ? { operation: "mq:ListBrokers", act: (account, r) => mapOk(listBrokers(account, pageQuery(r.query)), listBrokersShape) }
      : undefined;
  }
  if (users === undefined) {
    return method === "GET" ? { operation: "mq:DescribeBroker", act: (account) => mapOk(readBroker(account, brokerId), describeBrokerShape) } : undefined;
  }
  if (users !== "users") return undefined;
  if (username === undefined) return method === "GET" ? listUsersRoute(brokerId) : undefined;
  const routes = userRoutes(brokerId, username);
  return Object.hasOwn(routes, method) ? routes[method] : undefined;
}

function listUsersRoute(brokerId: string): MqRoute {
  return {
    operation: "mq:ListUsers",
    act: (account, r) => {
      const page = pageQuery(r.query);
      return mapOk(listBrokerUsers(account, brokerId, page), (p) => listUsersShape(brokerId, page.maxResults ?? MQ_PAGE_SIZES.default, p));
    },
  };
}

/** CreateUser, DescribeUser, UpdateUser and DeleteUser, by method. CreateUser, UpdateUser and DeleteUser answer `{}`. */
const userRoutes = (brokerId: string, username: string): Readonly<Record<string, MqRoute>> => ({
  POST: {
    operation: "mq:CreateUser",
    act: (account, r) => mapOk(createBrokerUser(account, { brokerId, username, ...createUserBody(r.body) }), () => ({})),
  },
  GET: { operation: "mq:DescribeUser", act: (account) => mapOk(describeBrokerUser(account, { brokerId, username }), describeUserShape) },
  PUT: {
    operation: "mq:UpdateUser",
    act: (account, r) => mapOk(updateBrokerUser(account, { brokerId, username, ...updateUserBody(r.body) }), () => ({})),
  },
  DELETE: { operation: "mq:DeleteUser", act: (account) => mapOk(deleteBrokerUser(account, { brokerId, username }), () => ({})) },
});
