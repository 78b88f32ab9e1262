import { DeleteUserGroupCommand, ElastiCacheClient } from "@aws-sdk/client-elasticache";
import { DeleteUserCommand, MqClient } from "@aws-sdk/client-mq";
import { describe, it } from "vitest";
import { createAwsBackend } from "../../src/adapters/aws/aws-backend";
import { readConfig } from "../../src/config";
import type { Broker } from "../../src/ports/brokers";
import { describeBrokerUsersContract } from "./broker-users.contract";
import { describeBrokersContract } from "./brokers.contract";
import { describeUserGroupLifecycleContract } from "./user-group-lifecycle.contract";
import { describeUserGroupsContract } from "./user-groups.contract";

/**
 * Runs the port contracts against real AWS when GATEWAY_CONTRACT_AWS names existing resources, e.g.
 * {"defaultUser":"default","defaultTwin":"app-default","passwordUser":"reader","otherUser":"writer","activeMqBroker":"b-...","rabbitMqBroker":"b-..."}
 * with AWS credentials and AWS_REGION in the environment. It creates, then deletes, groups and users.
 * `"appliedUsers":{"update":"..","delete":"..","conflict":".."}` names applied broker users the suite may
 * change and delete (left out, those tests are skipped).
 */
const fixture = process.env.GATEWAY_CONTRACT_AWS ? JSON.parse(process.env.GATEWAY_CONTRACT_AWS) : undefined;
const run = `${Date.now().toString(36)}`;

if (fixture) {
  describeUserGroupsContract("AWS", async () => {
    const backend = await createAwsBackend({ region: process.env.AWS_REGION, upstream: readConfig(process.env).upstream });
    const client = new ElastiCacheClient({ region: backend.region });
    return {
      ...fixture,
      userGroups: backend.userGroups,
      uniqueId: (prefix: string) => `${prefix}-${run}-${Math.random().toString(36).slice(2, 8)}`,
      cleanup: async (ids: readonly string[]) => {
        await Promise.allSettled(ids.map((id) => client.send(new DeleteUserGroupCommand({ UserGroupId: id }))));
      },
    };
  });
  describeUserGroupLifecycleContract("AWS", async () => {
    const backend = await createAwsBackend({ region: process.env.AWS_REGION, upstream: readConfig(process.env).upstream });
    const client = new ElastiCacheClient({ region: backend.region });
    return {
      ...fixture,
      userGroups: backend.userGroups,
      cacheUsers: backend.cacheUsers,
      uniqueId: (prefix: string) => `${prefix}-${run}-${Math.random().toString(36).slice(2, 8)}`,
      // AWS settles a change in seconds to minutes: the suite polls every 5 s (MAX_WAITS times at most).
      elapse: () => new Promise((resolve) => setTimeout(resolve, 5_000)),
      cleanup: async (ids: readonly string[]) => {
        await Promise.allSettled(ids.map((id) => client.send(new DeleteUserGroupCommand({ UserGroupId: id }))));
      },
    };
  });
  describeBrokerUsersContract("AWS", async () => {
    const backend = await createAwsBackend({ region: process.env.AWS_REGION, upstream: readConfig(process.env).upstream });
    const client = new MqClient({ region: backend.region });
    return {
      ...fixture,
      brokerUsers: backend.brokerUsers,
      missingBroker: "b-00000000-0000-4000-8000-000000000000",
      uniqueName: (prefix: string) => `${prefix}-${run}-${Math.random().toString(36).slice(2, 8)}`,
      cleanup: async (users: readonly { brokerId: string; username: string }[]) => {
        await Promise.allSettled(users.map((u) => client.send(new DeleteUserCommand({ BrokerId: u.brokerId, Username: u.username }))));
      },
    };
  });
  describeBrokersContract("AWS", async () => {
    const backend = await createAwsBackend({ region: process.env.AWS_REGION, upstream: readConfig(process.env).upstream });
    const known: Pick<Broker, "brokerId" | "engineType">[] = [{ brokerId: fixture.activeMqBroker, engineType: "ACTIVEMQ" }];
    if (fixture.rabbitMqBroker) known.push({ brokerId: fixture.rabbitMqBroker, engineType: "RABBITMQ" });
    return { brokers: backend.brokers, known, cleanup: () => backend.close?.() ?? Promise.resolve() };
  });
} else {
  describe("port contracts against AWS", () => {
    it.skip("need GATEWAY_CONTRACT_AWS and AWS credentials (see the README)", () => {});
  });
}
