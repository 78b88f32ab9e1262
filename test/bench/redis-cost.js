"use strict";
/**
 * Scenario 9 (redisCost): what shared state in Redis costs a request. Two gateway processes on one
 * emulator, at scenario 3's workload, with the same features on: a per-caller rate limit and an
 * account-wide MQ call budget (both set too high to refuse anything), and an idempotency key on every
 * request. One keeps that state in memory, the other in a redis-server (GATEWAY_REDIS_URL): a Redis
 * command for each window of the limit, for the key's claim and its answer, and for the AWS call. CPU per
 * request is the gateway process's; redis-server's is reported apart, as the emulator's is.
 */
const { answers, f0, onOffRow, summarizeOnOff } = require("./on-off");
const { gatewaysOnRedis, redisEnv } = require("./processes");

/** Redis on must cost at most this factor of Redis off in CPU per request (issue 22). */
const LIMIT = 1.15;
/**
 * Both gateways' settings: the features that keep state, at limits that never refuse, and no shedding (a
 * cheap 503 would lower the CPU per answer of whichever sheds more).
 */
const SETTINGS = { GATEWAY_RATE_LIMIT_PER_MINUTE: "100000000", GATEWAY_AWS_CALLS_PER_SECOND_MQ: "100000", GATEWAY_SHED_EVENT_LOOP_DELAY_MS: "0" };

/**
 * @param {import('./types').Ctx} ctx
 */
async function redisCost(ctx) {
  const connections = ctx.plan.redisConnections;
  const envs = { off: () => SETTINGS, on: (/** @type {string} */ url) => ({ ...SETTINGS, ...redisEnv(url) }) };
  const { off, on } = await gatewaysOnRedis(ctx, "redis", connections, envs, { idempotencyKeys: true });
  return { connections, upstreamLatencyMs: ctx.plan.upstreamLatencyMs, off, on };
}

/**
 * The scenario's figures: each gateway's medians, redis-server's CPU per request, and the ratio.
 * @param {Awaited<ReturnType<typeof redisCost>>} raw
 * @param {(rounds: import('./scenarios').Measured[]) => ReturnType<typeof import('./report').summarize>} summarize
 * @param {(values: number[]) => number} median
 */
function summarizeRedisCost(raw, summarize, median) {
  return {
    connections: raw.connections,
    upstreamLatencyMs: raw.upstreamLatencyMs,
    limit: LIMIT,
    ...summarizeOnOff(raw, summarize),
    redisCpuPerRequestUs: median(raw.on.rounds.map((r) => r.sidecarCpuPerAnswerUs)),
  };
}

/**
 * The scenario's table, for report.md.
 * @param {ReturnType<typeof summarizeRedisCost>} s
 */
function redisCostMarkdown(s) {
  return [
    `**9. Redis on and off: ${f0(s.connections)} connections, createBrokerUser at ${s.upstreamLatencyMs} ms with an idempotency key, rate limit and MQ call budget on**`,
    "",
    "| gateway | req/s | CPU µs/req (of which system) | redis-server CPU µs/req | p50 / p99 ms | errors | peak RSS MB |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    onOffRow(["state in memory"], s.off, ["-"]),
    onOffRow(["GATEWAY_REDIS_URL"], s.on, [f0(s.redisCpuPerRequestUs)]),
    "",
    `Redis on / off: CPU per request ${s.cpuPerRequestOnVsOff.toFixed(2)}x. Answers with Redis: ${answers(s.on.outcomes)}.`,
    "",
  ];
}

/**
 * The scenario's target: CPU per request with Redis on within LIMIT times Redis off.
 * @param {ReturnType<typeof summarizeRedisCost>} s
 */
const redisCostTargets = (s) => [
  {
    id: "redis-cpu",
    scenario: 9,
    description: `${s.connections} connections: CPU per request, GATEWAY_REDIS_URL / state in memory`,
    figure: s.cpuPerRequestOnVsOff,
    limit: LIMIT,
    comparison: /** @type {const} */ ("<="),
  },
];

module.exports = { redisCost, summarizeRedisCost, redisCostMarkdown, redisCostTargets };
