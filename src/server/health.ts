import type { FastifyInstance } from "fastify";
import type { Backend } from "../backend";
import type { RedisLink } from "../shared-state/redis-link";

/**
 * Liveness and readiness, outside GraphQL: no authentication, no CSRF header needed. With Redis
 * configured, readiness shows its state but does not depend on it: a replica without Redis still serves
 * (limits fall back to memory, keyed mutations are refused with a typed answer), and one shared Redis
 * going down must not take every replica out of its load balancer at once.
 */
export function registerHealth(app: FastifyInstance, backend: Backend, redis?: RedisLink): void {
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (request, reply) => {
    const readiness = await backend.ready();
    const shared = redis ? { redis: redis.state() } : {};
    if (readiness === true) return reply.code(200).send({ status: "ready", ...shared });
    request.log.warn(`not ready: ${readiness.reason}`);
    return reply.code(503).send({ status: "not ready", reason: readiness.reason, ...shared });
  });
}
