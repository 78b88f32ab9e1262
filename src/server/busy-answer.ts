import type { FastifyReply } from "fastify";

/** What a request refused past capacity gets: a GraphQL-shaped error the client's error handling reads. */
const BUSY_BODY = { errors: [{ message: "The gateway is busy; retry shortly.", extensions: { code: "SERVICE_UNAVAILABLE" } }] } as const;
/** Seconds a refused caller is asked to wait: load past capacity passes within seconds, or the replicas are too few. */
const RETRY_AFTER_SECONDS = "1";

/**
 * The answer to a request refused because the gateway is past capacity (concurrency-limit.ts,
 * load-shedding.ts): sets 503 and Retry-After on `reply` and returns the body to send with it.
 */
export function busyAnswer(reply: FastifyReply): typeof BUSY_BODY {
  void reply.code(503).header("retry-after", RETRY_AFTER_SECONDS);
  return BUSY_BODY;
}
