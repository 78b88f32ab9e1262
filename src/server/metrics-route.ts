import type { FastifyInstance } from "fastify";
import { AuthenticationFailed } from "../auth/identity";
import type { GatewayMetrics } from "./metrics";
import type { Authenticate } from "../auth/authenticate";

/** The scope a scraper's API key or token needs when authentication is configured. */
export const METRICS_SCOPE = "gateway:ReadMetrics";

/** GET /metrics in Prometheus' text format, behind the gateway's authentication when it has one. */
export function registerMetrics(app: FastifyInstance, metrics: GatewayMetrics, authenticate: Authenticate): void {
  app.get("/metrics", async (request, reply) => {
    let allowed: boolean;
    try {
      const identity = await authenticate(request.headers);
      allowed = identity?.kind === "anonymous" || (identity?.scopes.has(METRICS_SCOPE) ?? false);
    } catch (error) {
      if (!(error instanceof AuthenticationFailed)) throw error;
      request.log.info({ reason: error.reason }, "metrics scrape refused");
      allowed = false;
    }
    if (!allowed) return reply.code(401).send({ errors: [{ message: `Scraping needs a credential with scope ${METRICS_SCOPE}.`, extensions: { code: "UNAUTHENTICATED" } }] });
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
