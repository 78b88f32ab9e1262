import { readLocalSeed } from "./composition";
import { REGION } from "./config";
import { type Env, integer, text } from "./env";
import { DEFAULT_SETTLE_MS, SimulatedAccount } from "./simulation/account";
import { seedHints } from "./simulation/seed";
import { startEmulator } from "./simulation/wire/emulator";

/** The port LocalStack and other AWS emulators listen on, so tools that know them find this one. */
const DEFAULT_PORT = 4566;

export interface EmulatorCommandConfig {
  readonly port: number;
  readonly host: string;
  readonly region: string;
  readonly seedPath: string | undefined;
  readonly settleMs: number;
}

/** The variables `access-gateway emulator` reads: where it listens and the account it simulates. */
export function readEmulatorConfig(env: Env): EmulatorCommandConfig {
  return {
    port: integer(env, "PORT", DEFAULT_PORT, 0, 65535),
    host: text(env, "HOST") ?? "127.0.0.1",
    region: text(env, "AWS_REGION", REGION) ?? "us-east-1",
    seedPath: text(env, "GATEWAY_LOCAL_SEED"),
    settleMs: integer(env, "GATEWAY_LOCAL_SETTLE_MS", DEFAULT_SETTLE_MS, 0),
  };
}

/**
 * `access-gateway emulator` (`npm run emulator`): the wire emulator alone, in its own process, so that
 * several gateways (GATEWAY_BACKEND=aws with AWS_ENDPOINT_URL) share one simulated AWS account. Listens
 * and returns the banner to print (where it listens, how to point gateways at it); main.ts prints it and
 * closes the emulator on SIGTERM or SIGINT.
 */
export async function startEmulatorCommand(env: Env, version: string): Promise<{ readonly banner: string; close(): Promise<void> }> {
  const config = readEmulatorConfig(env);
  const seed = readLocalSeed(config.seedPath);
  const emulator = await startEmulator(new SimulatedAccount(seed, config.region, { settleMs: config.settleMs }), { host: config.host, port: config.port });
  const banner = [
    `access-gateway ${version} wire emulator (ElastiCache and Amazon MQ, region ${config.region}) listening on ${emulator.url}`,
    `scripted faults: GET, POST, DELETE ${emulator.url}/_emulator/faults (loopback callers only)`,
    `point gateways at it: GATEWAY_BACKEND=aws AWS_ENDPOINT_URL=${emulator.url} AWS_REGION=${config.region} AWS_ACCESS_KEY_ID=emulator AWS_SECRET_ACCESS_KEY=emulator npm start`,
    "  (with authentication configured, or GATEWAY_ALLOW_ANONYMOUS=true)",
    ...seedHints(seed),
    "",
  ].join("\n");
  return { banner, close: () => emulator.close() };
}
