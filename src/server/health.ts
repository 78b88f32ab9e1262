import type { FastifyInstance } from "fastify";
import type { Backend } from "../backend";

/** Liveness and readiness, outside GraphQL: no authentication, no CSRF header needed. */
export function registerHealth(app: FastifyInstance, backend: Backend): void {
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (request, reply) => {
    const ready = await backend.ready();
    if (!ready) request.log.warn("not ready: the backend cannot reach AWS (credentials not resolvable)");
    return reply.code(ready ? 200 : 503).send({ status: ready ? "ready" : "not ready" });
  });
}
