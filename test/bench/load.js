"use strict";
/**
 * The load generator, in its own process: `node load.js '<json options>'` runs autocannon against one
 * server and prints one JSON line with the results. Options:
 *   url, connections, timeoutSeconds, headers
 *   durationSeconds | amount (with maxSeconds: a run by count stops by itself after that long)
 *   rampUpSeconds: with durationSeconds, how long to load before measuring (default 0). autocannon opens
 *     every connection and sends its first request in the same millisecond; the answers to that burst,
 *     and the connection set-up they pay for, are reported apart (rampUp), not in the measured window.
 *   body: a fixed request body, or brokerUsers: { brokerIds, prefix, idempotencyKeys? } for createBrokerUser
 *   with a new username on every request, spread over the brokers (and, with idempotencyKeys, a new key).
 * It prints {"event":"start"} when the measured window opens, then the results: `requests`, `rate` and
 * `latencyMs` are the window's (the latency of every answer, non-2xx ones too, where autocannon's own
 * histogram keeps 2xx only); `answered` counts every answer of the run. Errors, timeouts, non-2xx and
 * outcomes count the whole run, and every answer's first __typename is counted, so a run shows what the
 * server answered, not only how fast. `successLatencyMs` and `refusedLatencyMs` split the window's
 * latencies into 200 answers and 503 refusals (load shedding); `slowAnswers` counts the answers of the
 * whole run, opening included, that took longer than `slowMs` (1 s unless given). With `retryAfter`, each
 * connection behaves as a client that honours a 503's Retry-After: it waits that long before its next
 * request (autocannon's clients otherwise send the next request the moment an answer arrives).
 */
const { createHistogram } = require("node:perf_hooks");
const autocannon = require("autocannon");
const { CREATE_BROKER_USER } = require("./workload");

/**
 * @type {{ url: string, connections: number, timeoutSeconds?: number, headers?: Record<string, string>, durationSeconds?: number,
 *   amount?: number, maxSeconds?: number, rampUpSeconds?: number, body?: string, brokerUsers?: { brokerIds: string[], prefix: string, idempotencyKeys?: boolean },
 *   slowMs?: number, retryAfter?: boolean }}
 */
const options = JSON.parse(/** @type {string} */ (process.argv[2]));
/** @type {Record<string, number>} */
const outcomes = {};
const TYPENAME = /"__typename":"(\w+)"/;

/**
 * @param {number} status
 * @param {string} body
 */
function onResponse(status, body) {
  const key = status === 200 ? (TYPENAME.exec(body)?.[1] ?? "no __typename") : `HTTP ${status}`;
  outcomes[key] = (outcomes[key] ?? 0) + 1;
}

/**
 * @param {{ brokerIds: string[], prefix: string, idempotencyKeys?: boolean }} brokerUsers
 * @returns {(request: autocannon.Request) => autocannon.Request}
 */
function brokerUserRequest({ brokerIds, prefix, idempotencyKeys }) {
  let n = 0;
  return (request) => {
    const i = n++;
    const username = `${prefix}-${i}`;
    const input = {
      brokerId: brokerIds[i % brokerIds.length],
      username,
      password: "bench-password-0123",
      groups: ["bench"],
      ...(idempotencyKeys && { idempotencyKey: username }),
    };
    return { ...request, body: JSON.stringify({ operationName: "CreateBrokerUser", query: CREATE_BROKER_USER, variables: { input } }) };
  };
}

/** @type {autocannon.Request} */
const request = { method: "POST", path: new URL(options.url).pathname, headers: options.headers, body: options.body, onResponse };
if (options.brokerUsers) request.setupRequest = brokerUserRequest(options.brokerUsers);

/**
 * autocannon's setupClient hook: the client's next request waits the Retry-After of a 503 it was answered.
 * @param {any} client autocannon's Client (lib/httpClient.js), whose _doRequest sends the next request
 */
function honourRetryAfter(client) {
  const send = client._doRequest;
  /** @type {number} */
  let waitMs = 0;
  client.on("headers", (/** @type {{ statusCode: number, headers: string[] }} */ head) => {
    if (head.statusCode !== 503) return;
    for (let i = 0; i < head.headers.length; i += 2) {
      if (head.headers[i]?.toLowerCase() === "retry-after") waitMs = Number(head.headers[i + 1]) * 1_000 || 0;
    }
  });
  client._doRequest = function (/** @type {unknown[]} */ ...args) {
    if (waitMs <= 0) return send.apply(this, args);
    const wait = waitMs;
    waitMs = 0;
    setTimeout(() => {
      if (!client.destroyed) send.apply(this, args);
    }, wait);
  };
}

const rampUpSeconds = options.amount ? 0 : (options.rampUpSeconds ?? 0);

/** Answers and their latencies (µs) over a stretch of the run. */
function stretch() {
  return { openedAt: performance.now(), requests: 0, latencyUs: createHistogram() };
}

/** @param {import('node:perf_hooks').RecordableHistogram} histogram */
function latencyMs(histogram) {
  const ms = (/** @type {number} */ us) => (histogram.count > 0 ? Math.round(us / 100) / 10 : 0);
  return {
    p50: ms(histogram.percentile(50)),
    p90: ms(histogram.percentile(90)),
    p99: ms(histogram.percentile(99)),
    max: ms(histogram.max),
    mean: ms(histogram.mean),
  };
}

const rampUp = stretch();
const successLatencyUs = createHistogram();
const refusedLatencyUs = createHistogram();
const slowMs = options.slowMs ?? 1_000;
let slowAnswers = 0;
/** @type {ReturnType<typeof stretch> | undefined} */
let window;

const instance = autocannon(
  {
    url: new URL(options.url).origin,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: rampUpSeconds + /** @type {number} */ (options.durationSeconds) }),
    timeout: options.timeoutSeconds ?? 10,
    requests: [request],
    ...(options.retryAfter && { setupClient: honourRetryAfter }),
  },
  (error, result) => {
    clearTimeout(watchdog);
    if (error) {
      process.stderr.write(`load: ${error.stack ?? error}\n`);
      process.exit(1);
    }
    const measured = window ?? stretch();
    const seconds = (performance.now() - measured.openedAt) / 1_000;
    process.stdout.write(
      `${JSON.stringify({
        requests: measured.requests,
        durationSeconds: seconds,
        rate: seconds > 0 ? measured.requests / seconds : 0,
        latencyMs: latencyMs(measured.latencyUs),
        rampUp: { seconds: rampUpSeconds, requests: rampUp.requests, latencyMs: latencyMs(rampUp.latencyUs) },
        successes: successLatencyUs.count,
        refused: refusedLatencyUs.count,
        successLatencyMs: latencyMs(successLatencyUs),
        refusedLatencyMs: latencyMs(refusedLatencyUs),
        slowAnswers,
        answered: result.requests.total,
        sent: result.requests.sent,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        statusCodes: Object.fromEntries(
          Object.entries(/** @type {NonNullable<typeof result.statusCodeStats>} */ (result.statusCodeStats)).map(([code, { count }]) => [code, count]),
        ),
        outcomes,
        stoppedByWatchdog,
      })}\n`,
    );
  },
);

instance.on("response", (_client, status, _bytes, responseMs) => {
  const us = Math.max(1, Math.round(responseMs * 1_000));
  if (responseMs > slowMs) slowAnswers++;
  const into = window ?? rampUp;
  into.requests++;
  into.latencyUs.record(us);
  if (!window) return;
  if (status === 200) successLatencyUs.record(us);
  else if (status === 503) refusedLatencyUs.record(us);
});

// The harness samples the server's CPU between the start line and the result line.
function openWindow() {
  window = stretch();
  process.stdout.write('{"event":"start"}\n');
}
instance.once("start", () => (rampUpSeconds > 0 ? setTimeout(openWindow, rampUpSeconds * 1_000) : openWindow()));

let stoppedByWatchdog = false;
const watchdog = setTimeout(
  () => {
    stoppedByWatchdog = true;
    instance.stop();
  },
  (options.maxSeconds ?? rampUpSeconds + (options.durationSeconds ?? 60) + 30) * 1_000,
);
