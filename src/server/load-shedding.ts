import underPressure, { type FastifyUnderPressureOptions } from "@fastify/under-pressure";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { busyRefusals, NEVER_REFUSED } from "./busy-answer";

/**
 * How often the event loop's delay is read (its mean since the last reading decides until the next): short
 * enough that shedding starts and stops soon after the load changes, long enough that one slow turn (a
 * full garbage collection) among many quick ones does not move the mean much.
 */
const SAMPLE_INTERVAL_MS = 250;

/**
 * Past capacity, answers at once instead of queueing: while the event loop's mean delay exceeds
 * `maxDelayMs` (the JS thread has more work than it can do, and every request waits longer), new
 * requests get the busy answer (503, Retry-After). `maxDelayMs` 0 turns it off.
 */
export async function shedOnEventLoopDelay(app: FastifyInstance, maxDelayMs: number): Promise<void> {
  if (maxDelayMs === 0) return;
  // The readings before the server listens, and the one that spans listening, measure start-up work
  // (building the schema, loading code), not load: shedding begins with the first reading after those.
  let armed = false;
  let arming: NodeJS.Timeout | undefined;
  app.addHook("onListen", (done) => {
    arming = setTimeout(() => (armed = true), 2 * SAMPLE_INTERVAL_MS).unref();
    done();
  });
  const refuse = busyRefusals(app, "the event loop is late", () => app.isUnderPressure());
  // No reading at all (under-pressure says Infinity) means the loop was blocked for the whole interval.
  const delay = (ms: number | undefined) => Math.round(ms !== undefined && Number.isFinite(ms) ? ms : SAMPLE_INTERVAL_MS);
  const shed = (request: FastifyRequest, reply: FastifyReply, _type: string, delayMs: number | undefined) =>
    !armed || NEVER_REFUSED.has(request.routeOptions.url ?? "") ? undefined : refuse(request, reply, { eventLoopDelayMs: delay(delayMs), maxDelayMs });
  app.addHook("onClose", async () => clearTimeout(arming));
  await app.register(underPressure, {
    maxEventLoopDelay: maxDelayMs,
    sampleInterval: SAMPLE_INTERVAL_MS,
    // under-pressure sends what the handler returns, and lets the request through when it returns nothing
    // (its types say void).
    pressureHandler: shed as unknown as NonNullable<FastifyUnderPressureOptions["pressureHandler"]>,
  });
}
