import type { FastifyInstance } from "fastify";
import type { Backend } from "../backend";

/** Liveness and readiness, outside GraphQL: no authentication, no CSRF header needed. */
export function registerHealth(app: FastifyInstance, backend: Backend): void {
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (request, reply) => {
    const readiness = await backend.ready();
    if (readiness === true) return reply.code(200).send({ status: "ready" });
    request.log.warn(`not ready: ${readiness.reason}`);
    return reply.code(503).send({ status: "not ready", reason: readiness.reason });
  });
}
