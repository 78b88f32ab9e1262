"use strict";
/** The five scenarios. Each server and each load generator runs in its own process; this one only orchestrates. */
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const { baseEnv, startServer } = require("./proc");
const { HEADERS, USER_GROUP_BODY, writeSeedFile } = require("./workload");

const ROOT = path.resolve(__dirname, "..", "..");
const GATEWAY = path.join(ROOT, "dist", "gateway.js");
const BARE_APOLLO = path.join(__dirname, "servers", "bare-apollo.js");
const BARE_APOLLO_SDK = path.join(__dirname, "servers", "bare-apollo-sdk.js");
const RAW_HTTP = path.join(__dirname, "servers", "raw-http.js");
const GC_PRELOAD = path.join(__dirname, "gc-on-signal.js");
const LOAD = path.join(__dirname, "load.js");

/** @typedef {import('./types').Ctx} Ctx */
/** @typedef {import('./proc').Server} Server */
/** A load's results and the server's CPU over its measured window (runLoad). @typedef {Awaited<ReturnType<typeof runLoad>>} Measured */

/**
 * The `node` flags `npm start` gives the gateway (package.json is the one place they are written). Every
 * server here gets them, the baselines too, so that the comparison is between programs, not runtimes.
 */
const NODE_FLAGS = (() => {
  const start = require(path.join(ROOT, "package.json")).scripts.start;
  const flags = /\bnode((?: --\S+)*) dist\/gateway\.js/.exec(start);
  if (!flags) throw new Error(`cannot read the node flags from the start script: ${start}`);
  return /** @type {string} */ (flags[1]).split(" ").filter(Boolean);
})();

/**
 * The gateway as production runs it: production mode, info logs (one JSON line per operation), an API key.
 * @param {{ apiKeysFile: string }} ctx
 * @param {NodeJS.ProcessEnv} [extra]
 * @returns {NodeJS.ProcessEnv}
 */
function gatewayEnv(ctx, extra = {}) {
  return {
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    HOST: "127.0.0.1",
    PORT: "0",
    GATEWAY_BACKEND: "local",
    GATEWAY_API_KEYS_FILE: ctx.apiKeysFile,
    // One caller sends all the load; its limit (60 a minute) would answer RateLimited after the burst.
    GATEWAY_RATE_LIMIT_PER_MINUTE: "0",
    ...extra,
  };
}

/** Calls in flight a scenario 3 server makes room for at `connections`: the gateway and the ceiling alike. */
const callCapacity = (/** @type {number} */ connections) => String(connections * 2);

/**
 * The gateway's environment on `emulator`: production configuration, GATEWAY_BACKEND=aws, room for
 * `connections` calls in flight, and `env` on top.
 * @param {{ apiKeysFile: string }} ctx
 * @param {Server} emulator
 * @param {number} connections
 * @param {NodeJS.ProcessEnv} env
 */
function gatewayOnEmulatorEnv(ctx, emulator, connections, env) {
  const capacity = callCapacity(connections);
  return gatewayEnv(ctx, {
    GATEWAY_BACKEND: "aws",
    ...sdkEnv(emulator),
    GATEWAY_UPSTREAM_MAX_INFLIGHT: capacity,
    GATEWAY_MAX_CONCURRENT_REQUESTS: capacity,
    ...env,
  });
}

/** The SDK's settings for an endpoint: the emulator, as AWS_ENDPOINT_URL, with fixed credentials. */
const sdkEnv = (/** @type {Server} */ emulator) => ({
  AWS_ENDPOINT_URL: emulator.url,
  AWS_REGION: "us-east-1",
  AWS_ACCESS_KEY_ID: "emulator",
  AWS_SECRET_ACCESS_KEY: "emulator",
});

/**
 * The upstream of scenarios 3, 6 and 7, in its own process as AWS would be: `npm run emulator` (the
 * gateway's wire emulator command) on the control account that `seedFile` describes.
 * @param {string} seedFile
 */
function startEmulator(seedFile) {
  return startServer({ name: "wire emulator", args: [GATEWAY, "emulator"], env: { PORT: "0", GATEWAY_LOCAL_SEED: seedFile } });
}

/**
 * Scenario 3's pair: the wire emulator in its own process (as AWS is), and the gateway in production
 * configuration (GATEWAY_BACKEND=aws, the real SDK clients and adapters) pointed at it through the
 * SDK's own AWS_ENDPOINT_URL, with room for `connections` calls in flight; `env` adds to its environment.
 * @param {{ apiKeysFile: string, logDir: string }} ctx
 * @param {{ seedFile: string, connections: number, gatewayArgs?: string[], logName: string, entry?: string, env?: NodeJS.ProcessEnv }} options
 */
async function startSlowUpstream(ctx, { seedFile, connections, gatewayArgs = [], logName, entry = GATEWAY, env = {} }) {
  const emulator = await startEmulator(seedFile);
  try {
    const gateway = await startServer({
      name: `gateway (aws backend on the emulator, ${connections} connections)`,
      args: [...NODE_FLAGS, ...gatewayArgs, entry],
      env: gatewayOnEmulatorEnv(ctx, emulator, connections, env),
      logFile: path.join(ctx.logDir, `${logName}.log`),
    });
    return { emulator, gateway, stop: () => Promise.all([gateway.stop(15_000), emulator.stop()]) };
  } catch (error) {
    await emulator.stop();
    throw error;
  }
}

/**
 * Scenario 3's ceiling for the stack (servers/bare-apollo-sdk.js) on `emulator`, with the gateway's room for calls in flight.
 * @param {Ctx} ctx
 * @param {Server} emulator
 * @param {{ connections: number, logName: string }} options
 */
function startBareStack(ctx, emulator, { connections, logName }) {
  return startServer({
    name: `bare Apollo + SDK (on the emulator, ${connections} connections)`,
    args: [...NODE_FLAGS, BARE_APOLLO_SDK],
    env: { NODE_ENV: "production", PORT: "0", MAX_SOCKETS: callCapacity(connections), ...sdkEnv(emulator) },
    logFile: path.join(ctx.logDir, `${logName}-bare-apollo-sdk.log`),
  });
}

/** @type {Record<'rawHttp' | 'bareApollo' | 'gateway', (ctx: Ctx) => { name: string, args: string[], env: NodeJS.ProcessEnv }>} */
const SERVERS = {
  rawHttp: (_ctx) => ({ name: "raw node:http", args: [...NODE_FLAGS, RAW_HTTP], env: { PORT: "0" } }),
  bareApollo: (_ctx) => ({ name: "bare Apollo", args: [...NODE_FLAGS, BARE_APOLLO], env: { NODE_ENV: "production", PORT: "0" } }),
  gateway: (ctx) => ({ name: "gateway", args: [...NODE_FLAGS, GATEWAY], env: gatewayEnv(ctx) }),
};

/**
 * Runs the load generator once against `server`, sampling the server's CPU (and the `emulator`'s behind
 * it, if given) when the generator opens its measured window and when it has its results (its own
 * start-up, its ramp-up and its exit are left out).
 * @param {Server} server
 * @param {Omit<import('./types').LoadOptions, 'url'>} options
 * @param {Server} [emulator]
 */
async function runLoad(server, options, emulator) {
  /** @type {ReturnType<typeof sample> | undefined} */
  let before;
  /** @type {ReturnType<typeof sample> | undefined} */
  let after;
  const sample = () => ({
    at: performance.now(),
    cpu: server.cpuTimes(),
    main: server.mainThread(),
    emulator: emulator?.cpuSeconds(),
  });
  const result = await loadProcess(
    { url: server.url, headers: HEADERS, ...options },
    {
      start: () => (before = sample()),
      result: () => (after = sample()),
    },
  );
  before ??= after;
  if (!before || !after) throw new Error("the load generator gave no result"); // loadProcess rejects first
  const system = after.cpu.system - before.cpu.system;
  const cpu = after.cpu.user - before.cpu.user + system;
  const wall = (after.at - before.at) / 1000;
  return {
    ...result,
    serverCpuSeconds: cpu,
    cpuPerRequestUs: (cpu / result.requests) * 1e6,
    systemCpuPerRequestUs: (system / result.requests) * 1e6,
    serverCores: cpu / wall,
    mainThreadBusy: (after.main.runSeconds - before.main.runSeconds) / wall,
    mainThreadWaiting: (after.main.waitSeconds - before.main.waitSeconds) / wall,
    ...(emulator && { emulatorCpuPerRequestUs: (((after.emulator ?? 0) - (before.emulator ?? 0)) / result.requests) * 1e6 }),
  };
}

/**
 * `node load.js <options>`; `on.start` and `on.result` run as its start line and its result line arrive.
 * @param {import('./types').LoadOptions} options
 * @param {{ start(): void, result(): void }} on
 * @returns {Promise<import('./types').LoadResult>}
 */
function loadProcess(options, on) {
  const limitMs = ((options.maxSeconds ?? (options.rampUpSeconds ?? 0) + /** @type {number} */ (options.durationSeconds)) + 60) * 1_000;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOAD, JSON.stringify(options)], { env: baseEnv({}), stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    /** @type {import('./types').LoadResult | undefined} */
    let result;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      out += chunk;
      for (let nl; (nl = out.indexOf("\n")) >= 0; ) {
        let line;
        try {
          line = JSON.parse(out.slice(0, nl));
        } catch {
          line = undefined;
        }
        out = out.slice(nl + 1);
        if (!line) continue;
        if (line.event === "start") on.start();
        else {
          on.result();
          result = line;
        }
      }
    });
    child.stderr.on("data", (c) => (err += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), limitMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (code !== 0 || !result)
        return reject(new Error(`load generator exited (${signal ?? code}) ${result ? "" : "without a result"}: ${err.slice(-2_000)}`));
      resolve(result);
    });
  });
}

/**
 * Lines in a log file: with info logs, one per GraphQL operation.
 * @param {string} file
 */
function countLines(file) {
  let lines = 0;
  const buffer = Buffer.alloc(1 << 20);
  const fd = fs.openSync(file, "r");
  try {
    for (let n; (n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0; ) for (let i = 0; i < n; i++) if (buffer[i] === 10) lines++;
  } finally {
    fs.closeSync(fd);
  }
  return lines;
}

/**
 * Scenarios 1 and 2: raw node:http, bare Apollo and the gateway at the same connections, started once,
 * warmed up, then measured in rounds whose order rotates, so the machine's noise falls on all three.
 * @param {Ctx} ctx
 */
async function throughput(ctx) {
  const { plan } = ctx;
  /** @typedef {'rawHttp' | 'bareApollo' | 'gateway'} Key */
  const keys = /** @type {const} */ (["rawHttp", "bareApollo", "gateway"]);
  const servers = /** @type {Record<Key, Server>} */ ({});
  try {
    for (const key of keys) {
      const spec = SERVERS[key](ctx);
      servers[key] = await startServer({ ...spec, logFile: path.join(ctx.logDir, `throughput-${key}.log`) });
    }
    const load = { connections: plan.connections, body: USER_GROUP_BODY };
    const warmups = /** @type {Record<Key, Measured>} */ ({});
    for (const key of keys) warmups[key] = await runLoad(servers[key], { ...load, durationSeconds: plan.warmupSeconds });
    const rounds = /** @type {Record<Key, Measured[]>} */ (/** @type {unknown} */ (Object.fromEntries(keys.map((k) => [k, []]))));
    for (let r = 0; r < plan.rounds; r++) {
      for (let i = 0; i < keys.length; i++) {
        const key = /** @type {Key} */ (keys[(i + r) % keys.length]);
        rounds[key].push(await runLoad(servers[key], { ...load, rampUpSeconds: plan.rampUpSeconds, durationSeconds: plan.durationSeconds }));
        ctx.progress(`throughput round ${r + 1}/${plan.rounds} ${key}: ${Math.round(/** @type {Measured} */ (rounds[key].at(-1)).rate)} req/s`);
      }
    }
    const memory = /** @type {Record<Key, ReturnType<Server['memory']>>} */ (Object.fromEntries(keys.map((k) => [k, servers[k].memory()])));
    // Every answered operation should have written one line (the listening banner adds a few).
    const gatewayLog = {
      lines: countLines(path.join(ctx.logDir, "throughput-gateway.log")),
      requests: warmups.gateway.answered + rounds.gateway.reduce((n, r) => n + r.answered, 0),
    };
    return { connections: plan.connections, warmups, rounds, memory, gatewayLog };
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
  }
}

/**
 * Resolves once `server` used under 5% of a core for 200 ms (at most 15 s): a load generator that stops
 * leaves its last requests in flight, and the next round should not start on their work.
 * @param {Server} server
 */
async function idle(server) {
  const until = performance.now() + 15_000;
  for (let before = server.cpuSeconds(); performance.now() < until; ) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = server.cpuSeconds();
    if (now - before < 0.01) return;
    before = now;
  }
}

/**
 * Scenario 3: the gateway with the real AWS SDK adapters against the wire emulator (its own process)
 * answering after a fixed latency, createBrokerUser with a new username each time; and the stack's
 * ceiling on the same emulator, in rounds whose order alternates, so the machine's noise falls on both.
 * @param {Ctx} ctx
 */
async function slowUpstream(ctx) {
  const { plan } = ctx;
  const seed = writeSeedFile(ctx.workDir, { brokers: plan.brokers, latencyMs: plan.upstreamLatencyMs });
  const levels = [];
  for (const connections of plan.slowConnections) {
    const logName = `slow-upstream-${connections}`;
    const pair = await startSlowUpstream(ctx, { seedFile: seed.file, connections, logName });
    let bareStack;
    try {
      bareStack = await startBareStack(ctx, pair.emulator, { connections, logName });
      const servers = { ...pair, bareStack };
      /** @param {'gateway' | 'bareStack'} key @param {string} prefix @param {number} durationSeconds */
      const load = async (key, prefix, durationSeconds, rampUpSeconds = 0) => {
        await Promise.all([idle(servers.gateway), idle(servers.bareStack)]);
        const options = { connections, rampUpSeconds, durationSeconds, brokerUsers: { brokerIds: seed.brokerIds, prefix: `${key}-${prefix}` } };
        return runLoad(servers[key], options, servers.emulator);
      };
      const keys = /** @type {const} */ (["gateway", "bareStack"]);
      if (plan.slowWarmupSeconds > 0) for (const key of keys) await load(key, `warm-${connections}`, plan.slowWarmupSeconds);
      /** @type {{ gateway: Measured[], bareStack: Measured[] }} */
      const rounds = { gateway: [], bareStack: [] };
      for (let r = 0; r < plan.slowRounds; r++) {
        for (let i = 0; i < keys.length; i++) {
          const key = /** @type {'gateway' | 'bareStack'} */ (keys[(i + r) % keys.length]);
          rounds[key].push(await load(key, `r${r}-${connections}`, plan.slowDurationSeconds, plan.slowRampUpSeconds));
          ctx.progress(
            `slow upstream ${connections} connections round ${r + 1}/${plan.slowRounds} ${key}: ${Math.round(/** @type {Measured} */ (rounds[key].at(-1)).rate)} req/s`,
          );
        }
      }
      levels.push({
        connections,
        rounds: rounds.gateway,
        memory: servers.gateway.memory(),
        bareStack: { rounds: rounds.bareStack, memory: servers.bareStack.memory() },
      });
    } finally {
      await Promise.all([pair.stop(), bareStack?.stop()]);
    }
  }
  return { upstreamLatencyMs: plan.upstreamLatencyMs, brokers: plan.brokers, levels };
}

/**
 * One request, as soon as the server listens; resolves when its answer has been read.
 * @param {Server} server
 * @returns {Promise<{ atMs: number, status: number | undefined, body: string }>}
 */
function firstAnswer(server) {
  return new Promise((resolve, reject) => {
    const request = http.request(server.url, { method: "POST", headers: HEADERS, agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (c) => (body += c));
      response.on("end", () => resolve({ atMs: performance.now() - server.spawnedAt, status: response.statusCode, body }));
    });
    request.on("error", reject);
    request.end(USER_GROUP_BODY);
  });
}

/**
 * Scenario 4: process start to the first answered request, in rounds whose order rotates.
 * @param {Ctx} ctx
 */
async function coldStart(ctx) {
  /** @typedef {'gateway' | 'bareApollo' | 'rawHttp'} Key */
  const keys = /** @type {const} */ (["gateway", "bareApollo", "rawHttp"]);
  /** @typedef {{ listeningMs: number, firstAnswerMs: number, status: number | undefined, typename: string | null }} ColdRound */
  const rounds = /** @type {Record<Key, ColdRound[]>} */ (/** @type {unknown} */ (Object.fromEntries(keys.map((k) => [k, []]))));
  for (let r = 0; r < ctx.plan.coldRounds; r++) {
    for (let i = 0; i < keys.length; i++) {
      const key = /** @type {Key} */ (keys[(i + r) % keys.length]);
      const server = await startServer(SERVERS[key](ctx));
      try {
        const answer = await firstAnswer(server);
        const typename = /"__typename":"(\w+)"/.exec(answer.body)?.[1] ?? null;
        rounds[key].push({ listeningMs: server.listeningMs, firstAnswerMs: answer.atMs, status: answer.status, typename });
      } finally {
        await server.stop();
      }
    }
  }
  return { rounds };
}

/**
 * Asks the preloaded gc-on-signal.js for full collections, then reads the resident size from /proc.
 * @param {Server} server
 */
async function rssAfterGc(server) {
  const marker = server.waitForStderr(/bench-gc (\{.*\})\n/);
  server.signal("SIGUSR2");
  const inside = JSON.parse(/** @type {string} */ ((await marker)[1]));
  await new Promise((resolve) => setTimeout(resolve, 250));
  return {
    rssBytes: server.memory().rssBytes,
    heapUsedBytes: inside.heapUsed,
    heapTotalBytes: inside.heapTotal,
    newSpaceBytes: inside.newSpaceBytes,
    oldSpaceBytes: inside.oldSpaceBytes,
    externalBytes: inside.external,
  };
}

/**
 * One point of scenario 5: RSS after GC straight after the load, when V8's young generation is still
 * sized for the load's allocation rate (128 MB with --max-semi-space-size=64; Node 24's memory-reducing
 * collection shrinks it at once), and again after `idleSeconds` without requests, once V8 has seen the
 * rate drop (its window is 5 s) and shrinks it. The second is what the server retains, and what the
 * growth target compares.
 * @param {Server} server
 * @param {number} requests
 * @param {number} idleSeconds
 */
async function memoryPoint(server, requests, idleSeconds) {
  const afterLoad = await rssAfterGc(server);
  await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1_000));
  return { requests, ...(await rssAfterGc(server)), afterLoad };
}

/**
 * Scenario 5 (growth): RSS after GC at 1,000 requests and at 100,000, on the scenario 2 workload.
 * @param {Ctx} ctx
 */
async function memoryGrowth(ctx) {
  const { plan } = ctx;
  const server = await startServer({
    name: "gateway (gc on signal)",
    args: [...NODE_FLAGS, "--expose-gc", "-r", GC_PRELOAD, GATEWAY],
    env: gatewayEnv(ctx),
    logFile: path.join(ctx.logDir, "memory-growth.log"),
  });
  try {
    const load = (/** @type {number} */ amount) =>
      runLoad(server, { connections: plan.connections, amount, body: USER_GROUP_BODY, maxSeconds: plan.memoryMaxSeconds });
    const first = await load(plan.memorySmall);
    const small = await memoryPoint(server, first.requests, plan.memoryIdleSeconds);
    ctx.progress(
      `memory: ${small.requests} requests, RSS after GC ${(small.afterLoad.rssBytes / 2 ** 20).toFixed(1)} MB, idle ${(small.rssBytes / 2 ** 20).toFixed(1)} MB`,
    );
    const second = await load(plan.memoryLarge - first.requests);
    const large = await memoryPoint(server, first.requests + second.requests, plan.memoryIdleSeconds);
    ctx.progress(
      `memory: ${large.requests} requests, RSS after GC ${(large.afterLoad.rssBytes / 2 ** 20).toFixed(1)} MB, idle ${(large.rssBytes / 2 ** 20).toFixed(1)} MB`,
    );
    return {
      connections: plan.connections,
      idleSeconds: plan.memoryIdleSeconds,
      small,
      large,
      loads: [first, second],
      peakRssBytes: server.memory().peakRssBytes,
    };
  } finally {
    await server.stop();
  }
}

module.exports = {
  NODE_FLAGS,
  throughput,
  slowUpstream,
  coldStart,
  memoryGrowth,
  runLoad,
  firstAnswer,
  idle,
  gatewayEnv,
  gatewayOnEmulatorEnv,
  startEmulator,
  startSlowUpstream,
  startBareStack,
  GATEWAY,
  BARE_APOLLO,
};
