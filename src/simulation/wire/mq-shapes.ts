/**
 * The Amazon MQ answers' JSON bodies, members named as its REST-JSON spells them (the SDK's schemas); as
 * AWS does, a member without a value is left out (JSON.stringify drops undefined).
 */
import type { BrokerUser, BrokerUserSummary } from "../../ports/broker-users";
import type { Broker } from "../../ports/brokers";
import type { Page } from "../../ports/page";
import type { BrokerView } from "../mq/simulated-brokers";

const ENGINE_VERSIONS = { ACTIVEMQ: "5.18", RABBITMQ: "3.13" } as const;
const HOST_INSTANCE_TYPE = "mq.t3.micro";
/** When every simulated broker was created: a fixed instant, as AWS's answer never changes it. */
const CREATED = "2026-01-05T09:30:00.000Z";

const brokerSummary = (broker: Broker) => ({
  brokerArn: broker.arn,
  brokerId: broker.brokerId,
  brokerName: broker.brokerName,
  brokerState: broker.state,
  created: CREATED,
  deploymentMode: broker.deploymentMode,
  engineType: broker.engineType,
  hostInstanceType: HOST_INSTANCE_TYPE,
});

const userSummary = (user: BrokerUserSummary) => (user.pendingChange === null ? { username: user.username } : user);

/** ListBrokers. */
export const listBrokersShape = (page: Page<Broker>) => ({ brokerSummaries: page.items.map(brokerSummary), nextToken: page.nextMarker });

/** ListUsers: AWS repeats the broker id and the page size. */
export const listUsersShape = (brokerId: string, maxResults: number, page: Page<BrokerUserSummary>) => ({
  brokerId,
  maxResults,
  nextToken: page.nextMarker,
  users: page.items.map(userSummary),
});

/** DescribeUser: never a password. */
export const describeUserShape = (user: BrokerUser) => ({
  brokerId: user.brokerId,
  consoleAccess: user.consoleAccess,
  groups: user.groups,
  pending: user.pending ?? undefined,
  replicationUser: user.replicationUser,
  username: user.username,
});

/** DescribeBroker. */
export const describeBrokerShape = (broker: BrokerView) => ({
  ...brokerSummary(broker),
  engineVersion: ENGINE_VERSIONS[broker.engineType],
  publiclyAccessible: false,
  autoMinorVersionUpgrade: true,
  users: broker.users.map(userSummary),
});
