import type { BrokerState, DeploymentMode } from "../ports/brokers";

/** What the simulated AWS account holds at start-up. `GATEWAY_LOCAL_SEED` replaces the default. */
export interface Seed {
  /** False simulates an account without the ElastiCache service-linked role. */
  readonly serviceLinkedRole: boolean;
  /** IAM actions the gateway's simulated role is denied, e.g. "mq:CreateUser". */
  readonly deniedActions: readonly string[];
  /** Milliseconds every simulated AWS call takes, as a real call would. */
  readonly latencyMs: number;
  readonly users: readonly SeedUser[];
  /** User groups that exist, ACTIVE, when the account starts. */
  readonly userGroups: readonly SeedUserGroup[];
  readonly brokers: readonly SeedBroker[];
}

export interface SeedUser {
  readonly userId: string;
  readonly userName: string;
  readonly engine: "redis" | "valkey";
  readonly authentication: "no-password" | "password" | "iam";
}

export interface SeedUserGroup {
  readonly userGroupId: string;
  readonly engine: "redis" | "valkey";
  /** Ids of seed users. */
  readonly userIds: readonly string[];
}

export interface SeedBroker {
  readonly brokerId: string;
  /** The broker's id when not given. */
  readonly brokerName?: string;
  readonly engineType: "ACTIVEMQ" | "RABBITMQ";
  /** RUNNING when not given. */
  readonly state?: BrokerState;
  /** SINGLE_INSTANCE when not given. */
  readonly deploymentMode?: DeploymentMode;
  /** Users the broker has applied (no pending change), with no console access, groups or replication. */
  readonly usernames: readonly string[];
}

export const DEFAULT_SEED: Seed = {
  serviceLinkedRole: true,
  deniedActions: [],
  latencyMs: 0,
  users: [
    { userId: "default", userName: "default", engine: "redis", authentication: "no-password" },
    { userId: "app-default", userName: "default", engine: "valkey", authentication: "password" },
    { userId: "reader", userName: "reader", engine: "valkey", authentication: "password" },
    { userId: "writer", userName: "writer", engine: "valkey", authentication: "password" },
  ],
  userGroups: [{ userGroupId: "app-group", engine: "valkey", userIds: ["app-default", "reader"] }],
  brokers: [
    {
      brokerId: "b-1f5a2c3d-0000-4000-8000-00000000a001",
      brokerName: "orders-activemq",
      engineType: "ACTIVEMQ",
      state: "RUNNING",
      deploymentMode: "ACTIVE_STANDBY_MULTI_AZ",
      usernames: ["admin"],
    },
    {
      brokerId: "b-1f5a2c3d-0000-4000-8000-00000000b002",
      brokerName: "events-rabbitmq",
      engineType: "RABBITMQ",
      state: "RUNNING",
      deploymentMode: "CLUSTER_MULTI_AZ",
      usernames: [],
    },
  ],
};

/** The ids a seed holds, to print at start-up. */
export const seedHints = (seed: Seed): string[] => [
  `ElastiCache users: ${seed.users.map((u) => `${u.userId} (${u.engine}, user name ${u.userName})`).join(", ") || "none"}`,
  `ElastiCache user groups: ${few(seed.userGroups.map((g) => `${g.userGroupId} (${g.engine}, users ${g.userIds.join(" ")})`))}`,
  `Amazon MQ brokers: ${seed.brokers.map((b) => `${b.brokerId} (${b.engineType})`).join(", ") || "none"}`,
];

/** A list for one line: the first few, and how many more (a seed may hold a hundred groups). */
function few(items: readonly string[], shown = 5): string {
  if (items.length === 0) return "none";
  const rest = items.length - shown;
  return rest > 0 ? `${items.slice(0, shown).join(", ")} and ${rest} more` : items.join(", ");
}
