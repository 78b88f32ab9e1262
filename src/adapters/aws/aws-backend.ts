import { ElastiCacheClient } from "@aws-sdk/client-elasticache";
import { MqClient } from "@aws-sdk/client-mq";
import type { Backend } from "../../backend";
import { ElastiCacheUserGroups } from "./elasticache-user-groups";
import { MqBrokerUsers } from "./mq-broker-users";

/** A region the SDK could not resolve from AWS_REGION or the shared config files. */
export class RegionMissing extends Error {
  override readonly name = "RegionMissing";
}

/**
 * Builds the SDK clients once per process. Credentials come from the standard chain, endpoints from
 * AWS_ENDPOINT_URL_ELASTICACHE / AWS_ENDPOINT_URL_MQ / AWS_ENDPOINT_URL, as the SDK reads them.
 */
export async function createAwsBackend(region: string | undefined): Promise<Backend> {
  const elastiCache = new ElastiCacheClient({ region });
  const mq = new MqClient({ region });
  let resolved: string;
  try {
    resolved = await elastiCache.config.region();
  } catch {
    throw new RegionMissing("AWS_REGION is not set and no region is configured in the AWS config files");
  }
  return {
    name: "aws",
    region: resolved,
    userGroups: new ElastiCacheUserGroups(elastiCache),
    brokerUsers: new MqBrokerUsers(mq),
    hints: [],
    ready: async () => {
      try {
        await elastiCache.config.credentials();
        return true;
      } catch {
        return false;
      }
    },
  };
}
