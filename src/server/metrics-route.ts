import type { FastifyInstance } from "fastify";
import type { Authenticate } from "../auth/authenticate";
import { AuthenticationFailed, type Identity } from "../auth/identity";
import { BEARER_CHALLENGE, refusal } from "./auth-refusal";
import type { GatewayMetrics } from "./metrics";

/** The scope a scraper's API key or token needs when authentication is configured. */
export const METRICS_SCOPE = "gateway:ReadMetrics";

/**
 * GET /metrics in Prometheus' text format, behind the gateway's authentication when it has one: no or
 * refused credentials answer 401 with a challenge (RFC 6750), valid ones without the scope 403.
 */
export function registerMetrics(app: FastifyInstance, metrics: GatewayMetrics, authenticate: Authenticate): void {
  app.get("/metrics", async (request, reply) => {
    let identity: Identity | undefined;
    try {
      identity = await authenticate(request.headers);
    } catch (error) {
      if (!(error instanceof AuthenticationFailed)) throw error;
      request.log.info({ reason: error.reason }, "metrics scrape refused");
      const { status, headers, message, extensions } = refusal(error.reason);
      return reply
        .code(status)
        .headers(headers)
        .send({ errors: [{ message, extensions }] });
    }
    if (identity === undefined) {
      const message = `Scraping needs a credential with scope ${METRICS_SCOPE}.`;
      return reply
        .code(401)
        .header("www-authenticate", BEARER_CHALLENGE)
        .send({ errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] });
    }
    if (identity.kind !== "anonymous" && !identity.scopes.has(METRICS_SCOPE)) {
      request.log.info({ caller: identity.id }, "metrics scrape refused: missing scope");
      return reply.code(403).send({ errors: [{ message: `Missing scope: ${METRICS_SCOPE}.`, extensions: { code: "FORBIDDEN" } }] });
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
