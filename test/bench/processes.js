"use strict";
/**
 * Scenarios 6 and 7, on scenario 3's workload (createBrokerUser through the SDK to the wire emulator in
 * its own process, at the upstream latency): past capacity with one worker (load shedding), and two
 * worker processes against one (GATEWAY_WORKERS) at saturation.
 */
const path = require("node:path");
const { startServer } = require("./proc");
const { startRedis } = require("./redis");
const { GATEWAY, NODE_FLAGS, gatewayOnEmulatorEnv, idle, runLoad, startBareStack, startEmulator, startSlowUpstream } = require("./scenarios");
const { writeSeedFile } = require("./workload");

/** @typedef {import('./types').Ctx} Ctx */
/** @typedef {import('./proc').Server} Server */
/** @typedef {import('./scenarios').Measured} Measured */

/**
 * Loads each server of `servers` in turn, round after round, the order alternating so the machine's noise
 * falls on all, after a warm-up of each; waits for every server to go idle before each load. With
 * `emulator`, each round also has its CPU per request; with `sidecar` (a process the servers call, such as
 * redis-server), its CPU per answer, over the whole load. `timing` is scenario 3's unless given.
 * @template {string} K
 * @param {Ctx} ctx
 * @param {string} name
 * @param {Record<K, Server>} servers
 * @param {(key: K, prefix: string) => Omit<import('./types').LoadOptions, 'url' | 'durationSeconds'>} options
 * @param {{ emulator?: Server, sidecar?: { cpuSeconds(): number }, timing?: { warmupSeconds: number, rounds: number, rampUpSeconds: number, durationSeconds: number } }} [more]
 */
async function alternate(ctx, name, servers, options, { emulator, sidecar, timing = slowTiming(ctx.plan) } = {}) {
  const keys = /** @type {K[]} */ (Object.keys(servers));
  /** @param {K} key @param {string} prefix @param {number} durationSeconds @param {number} [rampUpSeconds] */
  const load = async (key, prefix, durationSeconds, rampUpSeconds = 0) => {
    await Promise.all(keys.map((k) => idle(servers[k])));
    const before = sidecar?.cpuSeconds() ?? 0;
    const measured = await runLoad(servers[key], { ...options(key, `${key}-${prefix}`), rampUpSeconds, durationSeconds }, emulator);
    return { ...measured, sidecarCpuPerAnswerUs: (((sidecar?.cpuSeconds() ?? 0) - before) / measured.answered) * 1e6 };
  };
  if (timing.warmupSeconds > 0) for (const key of keys) await load(key, `${name}-warm`, timing.warmupSeconds);
  const rounds = /** @type {Record<K, (Measured & { sidecarCpuPerAnswerUs: number })[]>} */ (
    /** @type {unknown} */ (Object.fromEntries(keys.map((k) => [k, []])))
  );
  for (let r = 0; r < timing.rounds; r++) {
    for (let i = 0; i < keys.length; i++) {
      const key = /** @type {K} */ (keys[(i + r) % keys.length]);
      const measured = await load(key, `${name}-r${r}`, timing.durationSeconds, timing.rampUpSeconds);
      rounds[key].push(measured);
      ctx.progress(`${name} round ${r + 1}/${timing.rounds} ${key}: ${Math.round(measured.rate)} req/s, ${measured.statusCodes["503"] ?? 0} refused`);
    }
  }
  return rounds;
}

/** Scenario 3's warm-up, rounds, ramp-up and window. @param {import('./types').Plan} plan */
const slowTiming = (plan) => ({
  warmupSeconds: plan.slowWarmupSeconds,
  rounds: plan.slowRounds,
  rampUpSeconds: plan.slowRampUpSeconds,
  durationSeconds: plan.slowDurationSeconds,
});

/** A gateway's settings for shared state in the redis-server at `url`. */
const redisEnv = (/** @type {string} */ url) => ({ GATEWAY_REDIS_URL: url, GATEWAY_IDEMPOTENCY_SECRET: "bench-idempotency-secret-0123456789abcdef" });

/**
 * A gateway process (`npm start`'s node flags, GATEWAY_BACKEND=aws) on `emulator`, with `env` on top; its
 * log in `<name>.log`.
 * @param {Ctx} ctx
 * @param {Server} emulator
 * @param {number} connections
 * @param {string} name
 * @param {NodeJS.ProcessEnv} env
 */
const startGateway = (ctx, emulator, connections, name, env) =>
  startServer({
    name: `gateway (${name})`,
    args: [...NODE_FLAGS, GATEWAY],
    env: gatewayOnEmulatorEnv(ctx, emulator, connections, env),
    logFile: path.join(ctx.logDir, `${name}.log`),
  });

/**
 * Scenario 6: past capacity. One gateway process (GATEWAY_WORKERS=1) with its in-flight cap sized to what
 * it serves within the upstream latency (`plan.overloadMaxInFlight`) and its default shedding on
 * event-loop delay, and the stack's ceiling, at `plan.overloadConnections` connections whose clients
 * honour a 503's Retry-After; the ceiling, which sheds nothing, shows what the same load does without it.
 * @param {Ctx} ctx
 */
async function overload(ctx) {
  const { plan } = ctx;
  const connections = plan.overloadConnections;
  const seed = writeSeedFile(ctx.workDir, { brokers: plan.brokers, latencyMs: plan.upstreamLatencyMs });
  const pair = await startSlowUpstream(ctx, {
    seedFile: seed.file,
    connections,
    logName: "overload",
    env: { GATEWAY_MAX_CONCURRENT_REQUESTS: String(plan.overloadMaxInFlight) },
  });
  let bareStack;
  try {
    bareStack = await startBareStack(ctx, pair.emulator, { connections, logName: "overload" });
    const rounds = await alternate(
      ctx,
      "overload",
      { gateway: pair.gateway, bareStack },
      (_key, prefix) => ({ connections, retryAfter: true, brokerUsers: { brokerIds: seed.brokerIds, prefix } }),
      { emulator: pair.emulator },
    );
    return {
      connections,
      upstreamLatencyMs: plan.upstreamLatencyMs,
      gateway: { rounds: rounds.gateway, memory: pair.gateway.memory() },
      bareStack: { rounds: rounds.bareStack, memory: bareStack.memory() },
    };
  } finally {
    await Promise.all([pair.stop(), bareStack?.stop()]);
  }
}

/**
 * Gateways on one emulator and one redis-server, one for each entry of `envs` (its environment, given the
 * Redis URL), loaded in alternating rounds at `connections` with scenario 3's workload (and a new
 * idempotency key on every request, with `idempotencyKeys`); each gateway's rounds and peak memory, by key.
 * @template {string} K
 * @param {Ctx} ctx
 * @param {string} name
 * @param {number} connections
 * @param {Record<K, (redisUrl: string) => NodeJS.ProcessEnv>} envs
 * @param {{ idempotencyKeys?: boolean }} [options]
 */
async function gatewaysOnRedis(ctx, name, connections, envs, { idempotencyKeys = false } = {}) {
  const { plan } = ctx;
  const seed = writeSeedFile(ctx.workDir, { brokers: plan.brokers, latencyMs: plan.upstreamLatencyMs });
  const redis = await startRedis();
  /** @type {Server[]} */
  const started = [];
  try {
    const emulator = await startEmulator(seed.file);
    started.push(emulator);
    const keys = /** @type {K[]} */ (Object.keys(envs));
    const servers = /** @type {Record<K, Server>} */ ({});
    for (const key of keys) {
      servers[key] = await startGateway(ctx, emulator, connections, `${name}-${key}`, envs[key](redis.url));
      started.push(servers[key]);
    }
    const brokerUsers = (/** @type {string} */ prefix) => ({ brokerIds: seed.brokerIds, prefix, idempotencyKeys });
    const rounds = await alternate(ctx, name, servers, (_key, prefix) => ({ connections, brokerUsers: brokerUsers(prefix) }), { emulator, sidecar: redis });
    return /** @type {Record<K, { rounds: typeof rounds[K], memory: ReturnType<Server['memory']> }>} */ (
      Object.fromEntries(keys.map((key) => [key, { rounds: rounds[key], memory: servers[key].memory() }]))
    );
  } finally {
    await Promise.all(started.map((s) => s.stop(15_000)));
    await redis.stop();
  }
}

/**
 * Scenario 7: GATEWAY_WORKERS=2 against 1 at saturation, on one emulator and one Redis (GATEWAY_WORKERS
 * above 1 needs it; both get it, so they differ by the workers alone). Shedding is off in both: this
 * measures capacity, and cheap 503s would lower the CPU per answer of whichever sheds more.
 * @param {Ctx} ctx
 */
async function workers(ctx) {
  const connections = ctx.plan.workersConnections;
  const env = (/** @type {number} */ count) => (/** @type {string} */ url) => ({
    GATEWAY_WORKERS: String(count),
    ...redisEnv(url),
    GATEWAY_SHED_EVENT_LOOP_DELAY_MS: "0",
  });
  const { one, two } = await gatewaysOnRedis(ctx, "workers", connections, { one: env(1), two: env(2) });
  return { connections, upstreamLatencyMs: ctx.plan.upstreamLatencyMs, one, two };
}

module.exports = { overload, workers, alternate, gatewaysOnRedis, redisEnv };
