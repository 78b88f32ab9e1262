import type { BackendName } from "./backend";
import { type AuthConfig, auth } from "./config-auth";
import { ConfigError } from "./config-error";
import { sharedState } from "./config-shared-state";
import { tracingEnabled } from "./config-tracing";
import { type TrustedDocumentsConfig, trustedDocuments } from "./config-trusted-documents";
import { boolean, type Env, integer, list, oneOf, text } from "./env";
import { DEFAULT_SETTLE_MS } from "./simulation/account";
import { DEFAULT_SUBSCRIPTION_SETTINGS, type SubscriptionSettings } from "./watch/subscription-settings";

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly backend: BackendName;
  /** Undefined lets the AWS SDK resolve it (aws backend) or means us-east-1 (local backend). */
  readonly region: string | undefined;
  readonly localSeedPath: string | undefined;
  /** How long a user group of the local and emulator backends stays CREATING, MODIFYING or DELETING. */
  readonly localSettleMs: number;
  readonly production: boolean;
  readonly logLevel: string;
  readonly auth: AuthConfig;
  readonly http: {
    readonly bodyLimitBytes: number;
    readonly requestTimeoutMs: number;
    readonly headersTimeoutMs: number;
    readonly keepAliveTimeoutMs: number;
    readonly maxConcurrentRequests: number;
    /** Connections the kernel holds for the gateway to accept (capped by net.core.somaxconn). */
    readonly listenBacklog: number;
    readonly corsOrigins: readonly string[];
    /** Also allow http(s)://localhost, 127.0.0.1 and [::1] on any port: development without GATEWAY_CORS_ORIGINS. */
    readonly corsLoopback: boolean;
    readonly shutdownTimeoutMs: number;
  };
  readonly graphql: {
    readonly introspection: boolean;
    readonly fieldSuggestions: boolean;
    readonly maxAwsCallsPerOperation: number;
    /** The most an operation may cost; a list field costs `first` (100 when absent) times its selection. */
    readonly maxCost: number;
  };
  readonly rateLimit: { readonly perMinute: number; readonly burst: number };
  readonly subscriptions: SubscriptionSettings;
  readonly upstream: UpstreamConfig;
  /** GraphiQL, served by the gateway itself, at GET /graphql for browsers. */
  readonly playground: boolean;
  /** The schema served as an Apollo Federation 2 subgraph, for a router's supergraph. */
  readonly subgraph: boolean;
  /** Prometheus metrics at GET /metrics (behind authentication when it is configured). */
  readonly metrics: boolean;
  /** Where replicas share rate limits, idempotency records and subscription counts; undefined: in memory. */
  readonly redisUrl: string | undefined;
  readonly idempotency: IdempotencyConfig;
  /** The AWS account's call budget per service, shared by all replicas; 0: no budget. */
  readonly awsCallsPerSecond: { readonly elastiCache: number; readonly mq: number };
  /** Worker processes serving one port (node:cluster); more than 1 needs Redis. */
  readonly workers: number;
  /** Event-loop delay past which requests are refused with 503 at once; 0: off. */
  readonly shedEventLoopDelayMs: number;
  /** The persisted-documents safelist (GATEWAY_TRUSTED_DOCUMENTS); undefined: any document runs. */
  readonly trustedDocuments: TrustedDocumentsConfig | undefined;
  /** OpenTelemetry traces over OTLP (OTEL_EXPORTER_OTLP_ENDPOINT); off: no tracing code is loaded. */
  readonly tracing: boolean;
}

export interface IdempotencyConfig {
  /** How long a finished request's answer is kept for replays. */
  readonly ttlSeconds: number;
  /** The HMAC key of input fingerprints; a random one per process when Redis is not configured. */
  readonly secret: string | undefined;
}

/** Bounds on every AWS call (aws and emulator backends). */
export interface UpstreamConfig {
  /** Deadline of one call, all attempts and backoff included. */
  readonly timeoutMs: number;
  /** Deadline of one attempt (connect and answer). */
  readonly attemptTimeoutMs: number;
  readonly maxAttempts: number;
  /** Calls in flight per service; also the keep-alive sockets kept per host. */
  readonly maxInflight: number;
  /** How long a call may wait for a free slot before it answers UpstreamUnavailable. */
  readonly queueTimeoutMs: number;
}

export const REGION = { test: /^[a-z]{2,}(-[a-z]+)+-\d+$/, rule: "an AWS region name such as us-east-1" };
const ORIGIN = /^https?:\/\/[^/\s]+$/;
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Reads and checks the environment once, at start-up. */
export function readConfig(env: Env): Config {
  const production = env.NODE_ENV === "production";
  const backend = oneOf(env, "GATEWAY_BACKEND", ["local", "aws", "emulator"], "local");
  const origins = corsOrigins(env);
  const maxConcurrentRequests = integer(env, "GATEWAY_MAX_CONCURRENT_REQUESTS", 1_000, 1);
  const subgraph = boolean(env, "GATEWAY_SUBGRAPH", false);
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: text(env, "HOST") ?? "127.0.0.1",
    backend,
    region: text(env, "AWS_REGION", REGION),
    localSeedPath: text(env, "GATEWAY_LOCAL_SEED"),
    localSettleMs: integer(env, "GATEWAY_LOCAL_SETTLE_MS", DEFAULT_SETTLE_MS, 0),
    production,
    logLevel: oneOf(env, "LOG_LEVEL", LOG_LEVELS, "info"),
    auth: auth(env, backend),
    http: {
      bodyLimitBytes: integer(env, "GATEWAY_BODY_LIMIT_BYTES", 64 * 1024, 1024),
      ...timeouts(env),
      maxConcurrentRequests,
      listenBacklog: integer(env, "GATEWAY_LISTEN_BACKLOG", 4_096, 1, 65_535),
      corsOrigins: origins,
      corsLoopback: !production && origins.length === 0,
      shutdownTimeoutMs: integer(env, "GATEWAY_SHUTDOWN_TIMEOUT_MS", 10_000, 0),
    },
    graphql: {
      introspection: boolean(env, "GATEWAY_INTROSPECTION", !production),
      fieldSuggestions: boolean(env, "GATEWAY_FIELD_SUGGESTIONS", !production),
      maxAwsCallsPerOperation: integer(env, "GATEWAY_MAX_AWS_CALLS_PER_OPERATION", 1, 1),
      maxCost: integer(env, "GATEWAY_MAX_OPERATION_COST", 7_500, 1),
    },
    rateLimit: {
      perMinute: integer(env, "GATEWAY_RATE_LIMIT_PER_MINUTE", 60, 0),
      burst: integer(env, "GATEWAY_RATE_LIMIT_BURST", 10, 1),
    },
    // Upper bounds: a timer longer than about 24.8 days fires at once.
    subscriptions: {
      pollMs: integer(env, "GATEWAY_SUBSCRIPTION_POLL_MS", DEFAULT_SUBSCRIPTION_SETTINGS.pollMs, 50, 3_600_000),
      maxSeconds: integer(env, "GATEWAY_SUBSCRIPTION_MAX_SECONDS", DEFAULT_SUBSCRIPTION_SETTINGS.maxSeconds, 1, 86_400),
      perCaller: integer(env, "GATEWAY_SUBSCRIPTIONS_PER_CALLER", DEFAULT_SUBSCRIPTION_SETTINGS.perCaller, 1),
      // Open streams are not requests in flight (they would hold those slots for minutes): they have a cap of their own.
      maxOpen: maxConcurrentRequests,
    },
    upstream: upstream(env),
    playground: boolean(env, "GATEWAY_PLAYGROUND", !production),
    metrics: boolean(env, "GATEWAY_METRICS", true),
    subgraph,
    ...sharedState(env, backend),
    trustedDocuments: trustedDocuments(env, subgraph),
    tracing: tracingEnabled(env),
  };
}

function upstream(env: Env): UpstreamConfig {
  const timeoutMs = integer(env, "GATEWAY_UPSTREAM_TIMEOUT_MS", 10_000, 1);
  const attemptTimeoutMs = integer(env, "GATEWAY_UPSTREAM_ATTEMPT_TIMEOUT_MS", Math.min(3_000, timeoutMs), 1);
  if (attemptTimeoutMs > timeoutMs) throw new ConfigError("GATEWAY_UPSTREAM_ATTEMPT_TIMEOUT_MS must not exceed GATEWAY_UPSTREAM_TIMEOUT_MS");
  return {
    timeoutMs,
    attemptTimeoutMs,
    maxAttempts: integer(env, "GATEWAY_UPSTREAM_MAX_ATTEMPTS", 3, 1, 10),
    maxInflight: integer(env, "GATEWAY_UPSTREAM_MAX_INFLIGHT", 256, 1),
    queueTimeoutMs: integer(env, "GATEWAY_UPSTREAM_QUEUE_TIMEOUT_MS", 1_000, 0),
  };
}

function timeouts(env: Env) {
  const requestTimeoutMs = integer(env, "GATEWAY_REQUEST_TIMEOUT_MS", 30_000, 1);
  const headersTimeoutMs = integer(env, "GATEWAY_HEADERS_TIMEOUT_MS", Math.min(10_000, requestTimeoutMs), 1);
  if (headersTimeoutMs > requestTimeoutMs) throw new ConfigError("GATEWAY_HEADERS_TIMEOUT_MS must not exceed GATEWAY_REQUEST_TIMEOUT_MS");
  return { requestTimeoutMs, headersTimeoutMs, keepAliveTimeoutMs: integer(env, "GATEWAY_KEEP_ALIVE_TIMEOUT_MS", 5_000, 1) };
}

function corsOrigins(env: Env): string[] {
  const origins = list(env, "GATEWAY_CORS_ORIGINS");
  const bad = origins.find((o) => !ORIGIN.test(o));
  if (bad !== undefined) throw new ConfigError("GATEWAY_CORS_ORIGINS must be a comma-separated list of origins such as https://app.example.com");
  return origins;
}
