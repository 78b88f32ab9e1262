"use strict";
/**
 * `npm run bench`: measures the gateway against its baselines in the same run and writes report.json and
 * report.md to test/output/bench/ (git-ignored). `--smoke` runs every scenario for a few seconds, to prove
 * the harness works (CI); its report goes to test/output/bench/smoke/ unless `--out <dir>` says otherwise.
 * Full runs of every scenario also refresh the tables between the bench markers of test/bench/README.md (the whole
 * report) and README.md (the targets). `--keep-logs` keeps
 * the servers' logs; `--only <coldStart|throughput|slowUpstream|memoryGrowth|overload|workers|sdkCall|redisCost>[,...]` runs
 * only those.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { killAll } = require("./proc");
const { buildReport } = require("./report");
const { targetsMarkdown, updateBetweenMarkers, writeReport } = require("./report-markdown");
const processes = require("./processes");
const scenarios = require("./scenarios");
const { redisCost } = require("./redis-cost");
const { sdkCall } = require("./sdk-call");
const { writeApiKeysFile } = require("./workload");

const ROOT = path.resolve(__dirname, "..", "..");
const argv = process.argv.slice(2);
const smoke = argv.includes("--smoke");
const outArg = argv.indexOf("--out");
const onlyArg = argv.indexOf("--only");
/** @type {Record<string, (ctx: import('./types').Ctx) => Promise<unknown>>} */
const RUNS = {
  coldStart: scenarios.coldStart,
  throughput: scenarios.throughput,
  slowUpstream: scenarios.slowUpstream,
  memoryGrowth: scenarios.memoryGrowth,
  overload: processes.overload,
  workers: processes.workers,
  sdkCall,
  redisCost,
};
const SCENARIOS = Object.keys(RUNS);
const selected = onlyArg >= 0 ? /** @type {string} */ (argv[onlyArg + 1]).split(",") : SCENARIOS;
const outDir = path.resolve(outArg >= 0 ? /** @type {string} */ (argv[outArg + 1]) : path.join(ROOT, "test", "output", "bench", smoke ? "smoke" : ""));

/** @type {{ full: import('./types').Plan, smoke: import('./types').Plan }} */
const PLANS = {
  full: {
    connections: 50,
    // Many short rounds: one round's CPU per request moves with the machine's noise, their median much less.
    rounds: 10,
    warmupSeconds: 3,
    rampUpSeconds: 1, // before each measured round's window: the connections' opening burst (load.js)
    durationSeconds: 4,
    upstreamLatencyMs: 200,
    slowConnections: [200],
    overloadConnections: 1000,
    overloadMaxInFlight: 150,
    workersConnections: 400,
    redisConnections: 200,
    brokers: 1000, // 250 users each: room for 250,000 new usernames per emulator (one per scenario, shared by its servers)
    slowRounds: 3,
    slowWarmupSeconds: 10, // the SDK path needs a few thousand calls before its cost per call settles
    slowRampUpSeconds: 2, // 200 or 1,000 first requests at once, each answered after 200 ms or more
    slowDurationSeconds: 10,
    coldRounds: 7,
    memorySmall: 1_000,
    memoryLarge: 100_000,
    memoryMaxSeconds: 150,
    memoryIdleSeconds: 6,
    sdkRounds: 7, // one round's CPU per call moves with the machine's noise: the median of several
    sdkWarmupCalls: 3_000,
    sdkCalls: 5_000,
    sdkInflight: 50,
    sdkMaxSeconds: 120,
  },
  smoke: {
    connections: 50,
    rounds: 1,
    warmupSeconds: 1,
    rampUpSeconds: 0.5,
    durationSeconds: 2,
    upstreamLatencyMs: 200,
    slowConnections: [200],
    overloadConnections: 1000,
    overloadMaxInFlight: 150,
    workersConnections: 400,
    redisConnections: 200,
    brokers: 100,
    slowRounds: 1,
    slowWarmupSeconds: 1,
    slowRampUpSeconds: 0.5,
    slowDurationSeconds: 2,
    coldRounds: 1,
    memorySmall: 300,
    memoryLarge: 3_000,
    memoryMaxSeconds: 20,
    memoryIdleSeconds: 1,
    sdkRounds: 1,
    sdkWarmupCalls: 200,
    sdkCalls: 300,
    sdkInflight: 50,
    sdkMaxSeconds: 60,
  },
};

const NOTES = [
  "Every server and the load generator run in separate processes on the same machine; the load generator competes for the same cores, so req/s is a property of the machine pair, while server CPU per request is the stable figure.",
  "Each measured round of scenarios 1-3 loads for a ramp-up (1 s; 2 s in scenario 3) before its measured window opens: autocannon opens every connection and sends its first request in the same millisecond, so the first answers pay for TCP set-up and for a burst of as many requests as connections. Rate, latency percentiles and CPU per request are the window's, the steady state that the Little's-law limit describes; the opening's answers and latency are reported apart; failures (errors, timeouts, non-2xx, unexpected members) count the whole round.",
  "Scenarios 1, 2, 4 and 5 send the same bytes to every GraphQL server: createUserGroup with a fixed id. The bare Apollo baseline answers CreateUserGroupSuccess every time; the gateway creates the group once and then answers UserGroupAlreadyExists through the same path (authentication, limits, input rules, rate limiter, port, fault mapping, operation log).",
  "The gateway runs as in production: NODE_ENV=production, LOG_LEVEL=info (one JSON line per operation, written to a file), an API key (x-api-key). GATEWAY_RATE_LIMIT_PER_MINUTE=0, since one caller sends all the load and would otherwise be answered RateLimited.",
  "Scenario 3 runs the gateway as production does (GATEWAY_BACKEND=aws: the AWS SDK clients and adapters, AWS_ENDPOINT_URL pointing them at the upstream) against the wire emulator in its own process (`npm run emulator`), as AWS would be; the emulator's CPU is reported apart. On the same emulator and at the same levels, in alternating rounds, runs the stack's ceiling: bare Apollo 5 on Fastify answering createBrokerUser by one MQ CreateUser through an SDK client with the SDK settings the gateway had before issue 22 made its calls cheaper (test/bench/servers/bare-apollo-sdk.js); each scenario 3 target is also read on it, which shows whether the stack can meet the target on this machine at all. A server's JS thread is saturated when it ran or waited for a CPU at least 90% of the time (from /proc/<pid>/task/<pid>/schedstat); the Little's-law target applies only while it is not. Failures count client timeouts (10 s), connection errors, non-2xx answers and every member other than CreateBrokerUserSuccess; a level that answered nothing fails its failure and p99 targets.",
  "Scenario 6 loads one gateway process past its capacity (1,000 connections on scenario 3's workload; its JS thread answers about 1,000 calls a second) with its default load shedding, and the stack's ceiling, which has none, in alternating rounds. Its clients honour a 503's Retry-After, as AWS SDKs and most HTTP clients' retry policies do: a connection answered 503 waits that long before its next request (autocannon's clients otherwise send it the moment an answer arrives, a retry storm in which refused requests keep the JS thread busy by themselves). A 503 is an answer, not a failure; failures are client timeouts, connection errors and every other member or status. Answers over 1 s count the whole round, opening included.",
  "Scenario 7 runs GATEWAY_WORKERS=2 against GATEWAY_WORKERS=1 (node:cluster; both with a redis-server, which GATEWAY_WORKERS above 1 needs, and shedding off, since it measures capacity) on one emulator, at connections that saturate both, in alternating rounds. CPU is that of the primary and its workers together (their /proc entries summed), peak RSS their peaks summed.",
  "Scenario 5 reads VmRSS from /proc after two full, memory-reducing collections (node --expose-gc with test/bench/gc-on-signal.js preloaded, triggered by SIGUSR2), at each point twice: straight after the load, when V8's young generation is still sized for the load's allocation rate, and after the server has been idle for a few seconds, when V8 has shrunk it again. The growth target compares the idle figures, which hold what the server retains. Peak RSS is VmHWM of the scenario 2 and 3 server processes.",
  "Scenario 8 measures one AWS call in the caller's process: a bare SigV4-signed node:http request (signed with the SDK's own signer), the SDK client with stock settings, and the gateway's port on the SDK client that src/adapters/aws/aws-backend.ts builds (the gate, the deadline and the fault mapping included), each in a process of its own (node with the start script's flags), 50 calls in flight, against a local server that answers every call at once with a fixed answer of the right shape (test/bench/servers/sdk-answers.js); CPU is the client process's own (process.cpuUsage: every thread, user and system) over the measured calls, after a warm-up; the variants take turns round after round.",
  "Scenario 9 runs two gateway processes on one emulator at scenario 3's workload, each with a per-caller rate limit and an MQ call budget set too high to refuse, an idempotency key on every request and shedding off: one keeps that state in memory, the other in a redis-server (GATEWAY_REDIS_URL, on loopback), in alternating rounds. CPU per request is the gateway process's; redis-server's CPU per answer, over the whole load, is reported apart.",
  "Profiling a missed target: node test/bench/profile.js <overhead|bare-apollo|slow-upstream|cold-start> (writes .cpuprofile files under test/output/bench/profiles/).",
];

function machine() {
  const cpus = os.cpus();
  /** @type {import('./types').Machine} */
  const info = {
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    totalMemoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    nodeFlags: scenarios.NODE_FLAGS,
    loadAverageBefore: os.loadavg(),
  };
  return info;
}

async function main() {
  const plan = PLANS[smoke ? "smoke" : "full"];
  if (!fs.existsSync(scenarios.GATEWAY)) throw new Error(`${scenarios.GATEWAY} is missing: run npm run build first`);
  const workDir = path.join(outDir, "work");
  const logDir = path.join(workDir, "logs");
  fs.mkdirSync(logDir, { recursive: true });
  const startedAt = Date.now();
  /** @type {import('./types').Ctx} */
  const ctx = {
    plan,
    workDir,
    logDir,
    apiKeysFile: writeApiKeysFile(workDir),
    progress: (line) => process.stderr.write(`[bench ${((Date.now() - startedAt) / 1000).toFixed(0)}s] ${line}\n`),
  };
  const info = machine();
  /** @type {import('./report').Raw} */
  const raw = {};
  /** @type {{ scenario: string, message: string }[]} */
  const errors = [];
  const unknown = selected.filter((name) => !SCENARIOS.includes(name));
  if (unknown.length > 0) throw new Error(`--only: unknown scenario ${unknown.join(", ")} (${SCENARIOS.join(", ")})`);
  for (const name of selected) {
    ctx.progress(`${name}...`);
    try {
      const scenario = /** @type {keyof import('./report').Raw} */ (name);
      /** @type {Record<string, unknown>} */ (raw)[scenario] = await /** @type {(ctx: import('./types').Ctx) => Promise<unknown>} */ (RUNS[name])(ctx);
    } catch (error) {
      const e = /** @type {Error | undefined} */ (error);
      errors.push({ scenario: name, message: String(e?.stack ?? error) });
      ctx.progress(`${name} failed: ${e?.message ?? error}`);
    }
  }
  info.loadAverageAfter = os.loadavg();
  if (!argv.includes("--keep-logs")) fs.rmSync(logDir, { recursive: true, force: true });
  const report = buildReport({ mode: smoke ? "smoke" : "full", startedAt, finishedAt: Date.now(), machine: info, plan, raw, errors, notes: NOTES });
  const table = writeReport(outDir, report);
  process.stdout.write(table);
  process.stderr.write(`report: ${path.join(outDir, "report.json")} and report.md\n`);
  if (!smoke && errors.length === 0 && selected.length === SCENARIOS.length) {
    // The whole report goes to the lab notes, the targets alone to the users' README.
    /** @type {[string, string][]} */
    const copies = [
      [path.join(ROOT, "test", "bench", "README.md"), table],
      [path.join(ROOT, "README.md"), targetsMarkdown(report)],
    ];
    for (const [file, text] of copies) {
      if (updateBetweenMarkers(file, text)) process.stderr.write(`${path.relative(ROOT, file)}: benchmark tables updated\n`);
      else process.stderr.write(`${path.relative(ROOT, file)} has no <!-- bench:begin --> / <!-- bench:end --> markers: tables not copied there\n`);
    }
  }
  return errors.length === 0 ? 0 : 1;
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    killAll();
    process.exit(128 + (signal === "SIGINT" ? 2 : 15));
  });
}
main().then(
  (code) => {
    killAll();
    process.exitCode = code;
  },
  (error) => {
    killAll();
    process.stderr.write(`bench: ${/** @type {Error | undefined} */ (error)?.stack ?? error}\n`);
    process.exitCode = 1;
  },
);
