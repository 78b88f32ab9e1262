import type { FastifyInstance } from "fastify";
import { busyAnswer } from "./busy-answer";

/**
 * At most `max` requests in flight; the rest answer 503 at once with a retry hint instead of queueing.
 * Requests to `except` (the event streams, which stay open for minutes and have a cap of their own) do not count.
 */
export function limitConcurrency(app: FastifyInstance, max: number, except: string): void {
  let inFlight = 0;
  // Callback hooks here and in graceful-close.ts: an async hook costs a promise on every request.
  app.addHook("onRequest", (request, reply, done) => {
    if (request.routeOptions.url === except) {
      done();
      return;
    }
    if (inFlight >= max) {
      request.log.warn({ inFlight, max }, "request refused: too many in flight");
      void reply.send(busyAnswer(reply));
      return;
    }
    inFlight += 1;
    reply.raw.once("close", () => (inFlight -= 1));
    done();
  });
}
