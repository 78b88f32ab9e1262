import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** What a request refused past capacity gets: a GraphQL-shaped error the client's error handling reads. */
const BUSY_BODY = { errors: [{ message: "The gateway is busy; retry shortly.", extensions: { code: "SERVICE_UNAVAILABLE" } }] } as const;
/** Seconds a refused caller is asked to wait: load past capacity passes within seconds, or the replicas are too few. */
const RETRY_AFTER_SECONDS = "1";
/** Never refused past capacity: probes and scrapers must see an overloaded gateway as alive and measurable. */
export const NEVER_REFUSED: ReadonlySet<string> = new Set(["/healthz", "/readyz", "/metrics"]);
/** How often an episode of refusals checks whether it is over. */
const EPISODE_CHECK_MS = 250;

/** Refuses one request: sets 503 and Retry-After on `reply` and returns the body to send with it. */
export type Refuse = (request: FastifyRequest, reply: FastifyReply, details: Record<string, unknown>) => typeof BUSY_BODY;

/**
 * The busy answer for requests refused past capacity (concurrency-limit.ts, load-shedding.ts), logged once
 * per episode: a warning with `details` at its first refusal, and a line with the count once `over()` turns
 * false (checked every EPISODE_CHECK_MS). A line per refusal would add work exactly when there is too much.
 */
export function busyRefusals(app: FastifyInstance, why: string, over: () => boolean): Refuse {
  let refused = 0;
  let watch: NodeJS.Timeout | undefined;
  const ended = () => {
    if (over()) return;
    clearInterval(watch);
    watch = undefined;
    app.log.info({ refused }, `no longer refusing requests (${why})`);
    refused = 0;
  };
  app.addHook("onClose", async () => clearInterval(watch));
  return (request, reply, details) => {
    refused += 1;
    if (watch === undefined) {
      request.log.warn(details, `refusing new requests with 503: ${why}`);
      watch = setInterval(ended, EPISODE_CHECK_MS).unref();
    }
    void reply.code(503).header("retry-after", RETRY_AFTER_SECONDS);
    return BUSY_BODY;
  };
}
