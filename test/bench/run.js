"use strict";
/**
 * `npm run bench`: measures the gateway against its baselines in the same run and writes report.json and
 * report.md to test/output/bench/ (git-ignored). `--smoke` runs every scenario for a few seconds, to prove
 * the harness works (CI); its report goes to test/output/bench/smoke/ unless `--out <dir>` says otherwise.
 * Full runs of every scenario also refresh the tables between the bench markers of test/bench/README.md (the whole
 * report) and README.md (the targets). `--keep-logs` keeps
 * the servers' logs; `--only <coldStart|throughput|slowUpstream|memoryGrowth|overload|workers|sdkCall|redisCost|trustedDocuments>[,...]` runs
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
const { trustedDocuments } = require("./trusted-documents-cost");
const { NOTES } = require("./method-notes");
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
  trustedDocuments,
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
