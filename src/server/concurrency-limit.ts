import type { FastifyInstance } from "fastify";
import { busyRefusals, NEVER_REFUSED } from "./busy-answer";

/**
 * At most `max` requests in flight; the rest answer 503 at once with a retry hint instead of queueing.
 * Requests to `except` (the event streams, which stay open for minutes and have a cap of their own) and
 * to the health and metrics routes do not count.
 */
export function limitConcurrency(app: FastifyInstance, max: number, except: string): void {
  let inFlight = 0;
  const refuse = busyRefusals(app, "too many requests in flight", () => inFlight >= max);
  // Callback hooks here and in graceful-close.ts: an async hook costs a promise on every request.
  app.addHook("onRequest", (request, reply, done) => {
    const url = request.routeOptions.url ?? "";
    if (url === except || NEVER_REFUSED.has(url)) {
      done();
      return;
    }
    if (inFlight >= max) {
      void reply.send(refuse(request, reply, { inFlight, max }));
      return;
    }
    inFlight += 1;
    reply.raw.once("close", () => (inFlight -= 1));
    done();
  });
}
