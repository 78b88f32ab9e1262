import { ElastiCacheClient } from "@aws-sdk/client-elasticache";
import { MqClient } from "@aws-sdk/client-mq";
import type { Backend, BackendName } from "../../backend";
import type { RedisLink } from "../../shared-state/redis-link";
import { awsCallBudget } from "./aws-call-budget";
import { DeadlineHttpHandler } from "./call-deadline";
import { tuneClient } from "./client-tuning";
import { DeadlineRetryStrategy } from "./deadline-retry-strategy";
import { ElastiCacheCacheUsers } from "./elasticache-cache-users";
import { ElastiCacheUserGroups } from "./elasticache-user-groups";
import { errorName } from "./error-name";
import { MqBrokerUsers } from "./mq-broker-users";
import { MqBrokers } from "./mq-brokers";
import { UpstreamGate } from "./upstream-gate";

/** A region the SDK could not resolve from AWS_REGION or the shared config files. */
export class RegionMissing extends Error {
  override readonly name = "RegionMissing";
}

/** Bounds on every AWS call; the composition root fills them from the configuration. */
export interface UpstreamLimits {
  /** Deadline of one call, all attempts and backoff included. */
  readonly timeoutMs: number;
  /** Deadline of one attempt (connect and answer). */
  readonly attemptTimeoutMs: number;
  readonly maxAttempts: number;
  /** Calls in flight per service; also the keep-alive sockets kept per host. */
  readonly maxInflight: number;
  /** How long a call may wait for a free slot before it is refused. */
  readonly queueTimeoutMs: number;
}

export interface AwsBackendOptions {
  readonly region: string | undefined;
  readonly upstream: UpstreamLimits;
  /** The emulator's URL and fixed credentials; real AWS otherwise (endpoints and credentials as the SDK resolves them). */
  readonly emulator?: { readonly endpoint: string; readonly credentials: { accessKeyId: string; secretAccessKey: string } };
  readonly name?: BackendName;
  /** Calls per second each service may receive from the whole deployment (0: no budget), counted in Redis when linked. */
  readonly callBudget?: { readonly perSecond: { readonly elastiCache: number; readonly mq: number }; readonly redis?: RedisLink };
  readonly hints?: readonly string[];
  readonly close?: () => Promise<void>;
  /** A span per AWS call (OpenTelemetry), when the gateway exports traces. */
  readonly traced?: boolean;
}

/**
 * Builds the SDK clients once per process. Credentials come from the standard chain, endpoints from
 * AWS_ENDPOINT_URL_ELASTICACHE / AWS_ENDPOINT_URL_MQ / AWS_ENDPOINT_URL, as the SDK reads them. Every
 * call is bounded: per-attempt timeouts that throw, standard retries, keep-alive sockets for the
 * in-flight cap, and the gate's queue and deadline.
 */
export async function createAwsBackend(options: AwsBackendOptions): Promise<Backend> {
  const { upstream } = options;
  const agent = { keepAlive: true, maxSockets: upstream.maxInflight };
  const config = {
    region: options.region,
    maxAttempts: upstream.maxAttempts,
    // Each command's middleware stack is resolved once, not on every call; the deadline still reaches
    // every attempt (call-deadline.ts).
    cacheMiddleware: true,
    requestHandler: new DeadlineHttpHandler({
      connectionTimeout: upstream.attemptTimeoutMs,
      requestTimeout: upstream.attemptTimeoutMs,
      throwOnRequestTimeout: true,
      httpAgent: agent,
      httpsAgent: agent,
    }),
    ...(options.emulator ?? {}),
  };
  // Standard retries that never start a backoff the call's deadline would cut (one quota per client, as the SDK's).
  const elastiCache = new ElastiCacheClient({ ...config, retryStrategy: new DeadlineRetryStrategy(upstream.maxAttempts) });
  const mq = new MqClient({ ...config, retryStrategy: new DeadlineRetryStrategy(upstream.maxAttempts) });
  for (const client of [elastiCache, mq]) tuneClient(client);
  let resolved: string;
  try {
    resolved = await elastiCache.config.region();
  } catch {
    throw new RegionMissing("AWS_REGION is not set and no region is configured in the AWS config files");
  }
  // Loaded only when used: without tracing, no OpenTelemetry code is on the call path.
  if (options.traced) {
    const { traceCalls } = await import("./call-tracing.js");
    for (const client of [elastiCache, mq]) traceCalls(client, resolved);
  }
  // One gate per service: the in-flight cap is the client's sockets, whichever of the service's ports calls.
  const budget = options.callBudget;
  const elastiCacheGate = new UpstreamGate(upstream, budget && awsCallBudget("elasticache", resolved, budget.perSecond.elastiCache, budget.redis));
  const mqGate = new UpstreamGate(upstream, budget && awsCallBudget("mq", resolved, budget.perSecond.mq, budget.redis));
  return {
    name: options.name ?? "aws",
    region: resolved,
    cacheUsers: new ElastiCacheCacheUsers(elastiCache, elastiCacheGate),
    userGroups: new ElastiCacheUserGroups(elastiCache, elastiCacheGate),
    brokers: new MqBrokers(mq, mqGate),
    brokerUsers: new MqBrokerUsers(mq, mqGate),
    hints: options.hints ?? [],
    ready: async () => {
      try {
        await elastiCache.config.credentials();
        return true;
      } catch (error) {
        return { reason: "AWS credentials could not be resolved", cause: errorName(error) };
      }
    },
    close: async () => {
      elastiCache.destroy();
      mq.destroy();
      await options.close?.();
    },
  };
}
