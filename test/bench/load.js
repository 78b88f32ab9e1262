'use strict';
/**
 * The load generator, in its own process: `node load.js '<json options>'` runs autocannon against one
 * server and prints one JSON line with the results. Options:
 *   url, connections, timeoutSeconds, headers
 *   durationSeconds | amount (with maxSeconds: a run by count stops by itself after that long)
 *   body: a fixed request body, or brokerUsers: { brokerIds, prefix } for createBrokerUser with a new
 *   username on every request, spread over the brokers.
 * It prints {"event":"start"} once its connections are set up, then the results.
 * Every answer's first __typename is counted, so a run shows what the server answered, not only how fast.
 */
const autocannon = require('autocannon');
const { CREATE_BROKER_USER } = require('./workload');

const options = JSON.parse(process.argv[2]);
const outcomes = {};
const TYPENAME = /"__typename":"(\w+)"/;

function onResponse(status, body) {
  const key = status === 200 ? (TYPENAME.exec(body)?.[1] ?? 'no __typename') : `HTTP ${status}`;
  outcomes[key] = (outcomes[key] ?? 0) + 1;
}

function brokerUserRequest({ brokerIds, prefix }) {
  let n = 0;
  return (request) => {
    const i = n++;
    const input = { brokerId: brokerIds[i % brokerIds.length], username: `${prefix}-${i}`, password: 'bench-password-0123', groups: ['bench'] };
    return { ...request, body: JSON.stringify({ operationName: 'CreateBrokerUser', query: CREATE_BROKER_USER, variables: { input } }) };
  };
}

const request = { method: 'POST', path: new URL(options.url).pathname, headers: options.headers, body: options.body, onResponse };
if (options.brokerUsers) request.setupRequest = brokerUserRequest(options.brokerUsers);

const instance = autocannon(
  {
    url: new URL(options.url).origin,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationSeconds }),
    timeout: options.timeoutSeconds ?? 10,
    requests: [request],
  },
  (error, result) => {
    clearTimeout(watchdog);
    if (error) {
      process.stderr.write(`load: ${error.stack ?? error}\n`);
      process.exit(1);
    }
    const { latency } = result;
    process.stdout.write(
      `${JSON.stringify({
        requests: result.requests.total,
        sent: result.requests.sent,
        durationSeconds: result.duration,
        rate: result.requests.total / result.duration,
        latencyMs: { p50: latency.p50, p90: latency.p90, p99: latency.p99, max: latency.max, mean: latency.average },
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
        outcomes,
        stoppedByWatchdog,
      })}\n`,
    );
  },
);

// The harness samples the server's CPU between this line and the result line.
instance.once('start', () => process.stdout.write('{"event":"start"}\n'));

let stoppedByWatchdog = false;
const watchdog = setTimeout(
  () => {
    stoppedByWatchdog = true;
    instance.stop();
  },
  (options.maxSeconds ?? (options.durationSeconds ?? 60) + 30) * 1_000,
);
