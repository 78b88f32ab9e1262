import type { BackendName } from "./backend";

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly backend: BackendName;
  /** Undefined lets the AWS SDK resolve it (aws backend) or means us-east-1 (local backend). */
  readonly region: string | undefined;
  readonly localSeedPath: string | undefined;
}

/** A setting that cannot be used; the message names the variable and what is allowed. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const REGION = /^[a-z]{2,}(-[a-z]+)+-\d+$/;

/** Reads and checks the environment once, at start-up. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  return {
    port: port(env.PORT),
    host: nonEmpty("HOST", env.HOST) ?? "127.0.0.1",
    backend: backend(env.GATEWAY_BACKEND),
    region: region(env.AWS_REGION),
    localSeedPath: nonEmpty("GATEWAY_LOCAL_SEED", env.GATEWAY_LOCAL_SEED),
  };
}

function port(value: string | undefined): number {
  if (value === undefined || value === "") return 4000;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new ConfigError(`PORT must be a whole number from 0 to 65535`);
  return n;
}

function backend(value: string | undefined): BackendName {
  if (value === undefined || value === "" || value === "local") return "local";
  if (value === "aws") return "aws";
  throw new ConfigError(`GATEWAY_BACKEND must be "local" or "aws"`);
}

function region(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (!REGION.test(value)) throw new ConfigError(`AWS_REGION must be an AWS region name such as us-east-1`);
  return value;
}

/** Empty means unset, as for every variable here; only blanks are an error. */
function nonEmpty(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (value.trim() === "") throw new ConfigError(`${name} must not be blank`);
  return value;
}
