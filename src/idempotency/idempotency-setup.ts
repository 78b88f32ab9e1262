import type { RedisLink } from "../shared-state/redis-link";
import { IdempotencyRecords } from "./idempotency-records";
import { MemoryRecordStore } from "./memory-record-store";
import { RedisRecordStore } from "./redis-record-store";

/** Time past the calls' own bounds before a claim lapses: the store's round trips and a busy event loop. */
const CLAIM_MARGIN_MS = 5_000;

/**
 * The process's idempotency records: in the shared Redis when there is one (every replica fingerprints
 * with the configured secret), else in memory. A claim lasts as long as a settle read and the call after
 * it can (each bounded by the upstream queue wait and deadline), and a margin.
 */
export function createIdempotencyRecords(
  idempotency: { readonly ttlSeconds: number; readonly secret: string | undefined },
  upstream: { readonly timeoutMs: number; readonly queueTimeoutMs: number },
  redis?: RedisLink,
): IdempotencyRecords {
  const store = redis ? new RedisRecordStore(redis.client) : new MemoryRecordStore();
  return new IdempotencyRecords(store, {
    secret: idempotency.secret,
    ttlMs: idempotency.ttlSeconds * 1_000,
    pendingMs: 2 * (upstream.queueTimeoutMs + upstream.timeoutMs) + CLAIM_MARGIN_MS,
  });
}
