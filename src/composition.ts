import { createLocalBackend } from "./adapters/local/local-backend";
import { DEFAULT_SEED } from "./adapters/local/seed";
import { readSeedFile, SeedError } from "./adapters/local/seed-file";
import type { Backend } from "./backend";
import { ConfigError, type Config } from "./config";

const LOCAL_REGION = "us-east-1";

/** The composition root: the one place that turns configuration into adapters. */
export async function createBackend(config: Config): Promise<Backend> {
  if (config.backend === "aws") {
    // Loaded only when used: the local backend starts without the AWS SDK.
    const { createAwsBackend, RegionMissing } = await import("./adapters/aws/aws-backend.js");
    try {
      return await createAwsBackend(config.region);
    } catch (error) {
      if (error instanceof RegionMissing) throw new ConfigError(error.message);
      throw error;
    }
  }
  try {
    const seed = config.localSeedPath ? readSeedFile(config.localSeedPath) : DEFAULT_SEED;
    return createLocalBackend(seed, config.region ?? LOCAL_REGION);
  } catch (error) {
    if (error instanceof SeedError) throw new ConfigError(`GATEWAY_LOCAL_SEED: ${error.message}`);
    throw error;
  }
}
