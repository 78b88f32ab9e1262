import type { AwsBackendOptions } from "./adapters/aws/aws-backend";
import { LocalBrokerUsers } from "./adapters/local/local-broker-users";
import { LocalBrokers } from "./adapters/local/local-brokers";
import { LocalCacheUsers } from "./adapters/local/local-cache-users";
import { LocalUserGroups } from "./adapters/local/local-user-groups";
import { createApiKeyVerifier, readApiKeysFile } from "./auth/api-keys";
import { type Authenticate, createAuthenticator } from "./auth/authenticate";
import type { Backend } from "./backend";
import type { Config, UpstreamConfig } from "./config";
import type { AuthConfig } from "./config-auth";
import { ConfigError } from "./config-error";
import type { RedisLink } from "./shared-state/redis-link";
import { SimulatedAccount, type SimulationTime } from "./simulation/account";
import { DEFAULT_SEED, type Seed, seedHints } from "./simulation/seed";
import { readSeedFile, SeedError } from "./simulation/seed-file";
import type { Emulator } from "./simulation/wire/emulator";

const LOCAL_REGION = "us-east-1";

/** The composition root: the one place that turns configuration into adapters. */
export async function createBackend(config: Config, redis?: RedisLink): Promise<Backend> {
  const callBudget = { perSecond: config.awsCallsPerSecond, redis };
  if (config.backend === "aws") {
    // Loaded only when used: the local backend starts without the AWS SDK.
    const { createAwsBackend, RegionMissing } = await import("./adapters/aws/aws-backend.js");
    try {
      return await createAwsBackend({ region: config.region, upstream: config.upstream, callBudget, traced: config.tracing });
    } catch (error) {
      if (error instanceof RegionMissing) throw new ConfigError(error.message);
      throw error;
    }
  }
  const seed = readLocalSeed(config.localSeedPath);
  const region = config.region ?? LOCAL_REGION;
  const time = { settleMs: config.localSettleMs };
  if (config.backend === "emulator") return createEmulatorBackend(new SimulatedAccount(seed, region, time), seed, config.upstream, callBudget, config.tracing);
  return createLocalBackend(seed, region, time);
}

/** The simulated account's seed: the file GATEWAY_LOCAL_SEED names, or the default one. */
export function readLocalSeed(path: string | undefined): Seed {
  return named("GATEWAY_LOCAL_SEED", () => (path ? readSeedFile(path) : DEFAULT_SEED), SeedError);
}

/** The embedded backend: one simulated AWS account, kept in memory. */
export function createLocalBackend(seed: Seed, region: string, time: Partial<SimulationTime> = {}): Backend & { readonly account: SimulatedAccount } {
  const account = new SimulatedAccount(seed, region, time);
  return {
    name: "local",
    region,
    account,
    cacheUsers: new LocalCacheUsers(account),
    userGroups: new LocalUserGroups(account),
    brokers: new LocalBrokers(account),
    brokerUsers: new LocalBrokerUsers(account),
    ready: async () => true,
    hints: seedHints(seed),
  };
}

/**
 * The production code path with no AWS account: the wire emulator on a free loopback port, in this
 * process, and the real SDK clients and AWS adapters pointed at it.
 */
export async function createEmulatorBackend(
  account: SimulatedAccount,
  seed: Seed,
  upstream: UpstreamConfig,
  callBudget?: AwsBackendOptions["callBudget"],
  traced = false,
): Promise<Backend & { readonly emulator: Emulator }> {
  const [{ startEmulator }, { createAwsBackend }] = await Promise.all([import("./simulation/wire/emulator.js"), import("./adapters/aws/aws-backend.js")]);
  const emulator = await startEmulator(account);
  const backend = await createAwsBackend({
    name: "emulator",
    region: account.region,
    upstream,
    callBudget,
    traced,
    emulator: { endpoint: emulator.url, credentials: { accessKeyId: "emulator", secretAccessKey: "emulator" } },
    hints: [`AWS wire emulator: ${emulator.url} (scripted faults: GET, POST, DELETE ${emulator.url}/_emulator/faults)`, ...seedHints(seed)],
    close: () => emulator.close(),
  });
  return { ...backend, emulator };
}

/** Authentication as configured; key files are read once, here, and jose is loaded only for JWTs. */
export async function createAuthentication(auth: AuthConfig): Promise<Authenticate> {
  const { createJwtVerifier } = auth.jwt ? await import("./auth/jwt-verifier.js") : { createJwtVerifier: undefined };
  return createAuthenticator({
    jwt:
      auth.jwt && createJwtVerifier
        ? named(auth.jwt.jwksFile ? "GATEWAY_JWT_JWKS_FILE" : "GATEWAY_JWT_JWKS_URL", () => createJwtVerifier(auth.jwt!))
        : undefined,
    apiKey: auth.apiKeysFile ? named("GATEWAY_API_KEYS_FILE", () => createApiKeyVerifier(readApiKeysFile(auth.apiKeysFile!))) : undefined,
    anonymous: auth.anonymous,
  });
}

/** Runs a step that reads what `variable` names; its failure becomes a ConfigError naming the variable. */
function named<T>(variable: string, step: () => T, kind: new (...args: never[]) => Error = Error): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof kind) throw new ConfigError(`${variable}: ${error.message}`);
    throw error;
  }
}
