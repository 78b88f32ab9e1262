import { availableParallelism } from "node:os";
import type { BackendName } from "./backend";
import { ConfigError } from "./config-error";
import { type Env, integer, text } from "./env";

/**
 * Well above the lateness of a healthy event loop, even under load it can serve, and well below client
 * timeouts: a loop this late on average has more work than it can do (test/bench/README.md has readings).
 */
const DEFAULT_SHED_EVENT_LOOP_DELAY_MS = 100;
const REDIS_URL = { test: /^rediss?:\/\/\S+$/, rule: "a redis:// or rediss:// URL" };
const MIN_SECRET_LENGTH = 32;

/** What replicas share, and how many processes serve. */
export function sharedState(env: Env, backend: BackendName) {
  const redisUrl = text(env, "GATEWAY_REDIS_URL", REDIS_URL);
  const secret = text(env, "GATEWAY_IDEMPOTENCY_SECRET");
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`GATEWAY_IDEMPOTENCY_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  if (redisUrl && !secret) throw new ConfigError("GATEWAY_REDIS_URL needs GATEWAY_IDEMPOTENCY_SECRET: every replica fingerprints inputs with the same key");
  const workers = env.GATEWAY_WORKERS === "auto" ? availableParallelism() : integer(env, "GATEWAY_WORKERS", 1, 1, 256);
  if (workers > 1 && backend !== "aws") {
    throw new ConfigError(
      `GATEWAY_WORKERS above 1 cannot share GATEWAY_BACKEND=${backend}, whose simulated account lives in one process: run \`npm run emulator\` and point the workers at it with GATEWAY_BACKEND=aws and AWS_ENDPOINT_URL`,
    );
  }
  if (workers > 1 && !redisUrl) throw new ConfigError("GATEWAY_WORKERS above 1 needs GATEWAY_REDIS_URL: workers share limits and idempotency records there");
  return {
    redisUrl,
    idempotency: { ttlSeconds: integer(env, "GATEWAY_IDEMPOTENCY_TTL_SECONDS", 86_400, 1, 30 * 86_400), secret },
    awsCallsPerSecond: {
      elastiCache: integer(env, "GATEWAY_AWS_CALLS_PER_SECOND_ELASTICACHE", 0, 0),
      mq: integer(env, "GATEWAY_AWS_CALLS_PER_SECOND_MQ", 0, 0),
    },
    workers,
    shedEventLoopDelayMs: integer(env, "GATEWAY_SHED_EVENT_LOOP_DELAY_MS", DEFAULT_SHED_EVENT_LOOP_DELAY_MS, 0),
  };
}
