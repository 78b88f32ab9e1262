import { createLocalBackend } from "../../src/composition";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { APPLIED_USERS, contractSeed } from "../fixtures/mq-seeds";
import { describeBrokerUsersContract } from "./broker-users.contract";
import { describeBrokersContract } from "./brokers.contract";
import { describeUserGroupLifecycleContract } from "./user-group-lifecycle.contract";
import { describeUserGroupsContract } from "./user-groups.contract";

let n = 0;
const unique = (prefix: string) => `${prefix}-${++n}`;

describeUserGroupsContract("local backend", async () => ({
  userGroups: createLocalBackend(DEFAULT_SEED, "us-east-1").userGroups,
  defaultUser: "default",
  defaultTwin: "app-default",
  passwordUser: "reader",
  uniqueId: unique,
}));

describeUserGroupLifecycleContract("local backend", async () => {
  // Time passes only when the suite lets it: a quarter of the settle time at a time.
  let now = 0;
  const settleMs = 1_000;
  const backend = createLocalBackend(DEFAULT_SEED, "us-east-1", { settleMs, now: () => now });
  return {
    userGroups: backend.userGroups,
    cacheUsers: backend.cacheUsers,
    defaultUser: "default",
    defaultTwin: "app-default",
    passwordUser: "reader",
    otherUser: "writer",
    uniqueId: unique,
    elapse: async () => {
      now += settleMs / 4;
    },
  };
});

describeBrokerUsersContract("local backend", async () => ({
  brokerUsers: createLocalBackend(contractSeed(), "us-east-1").brokerUsers,
  activeMqBroker: "b-1f5a2c3d-0000-4000-8000-00000000a001",
  rabbitMqBroker: "b-1f5a2c3d-0000-4000-8000-00000000b002",
  missingBroker: "b-00000000-0000-4000-8000-000000000000",
  appliedUsers: APPLIED_USERS,
  uniqueName: unique,
}));

describeBrokersContract("local backend", async () => ({
  brokers: createLocalBackend(contractSeed(), "us-east-1").brokers,
  known: DEFAULT_SEED.brokers.map((b) => ({ brokerId: b.brokerId, engineType: b.engineType })),
}));
