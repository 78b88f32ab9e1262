"use strict";
/**
 * Where a target is missed:
 *   node test/bench/profile.js <overhead|bare-apollo|slow-upstream> [seconds=10] [connections] [warm-up seconds=0]
 *   node test/bench/profile.js cold-start [gateway|bare-apollo]
 * runs one server under `node --cpu-prof` with one scenario's load (or up to its first answer), writes the
 * .cpuprofile (and a .top.json summary) to test/output/bench/profiles/, and prints the packages and
 * functions with the most self time, in microseconds per request (start-up included, spread over the
 * requests), and the time spent inside each package entered from the server's own code (for a start:
 * mostly loading it). Under load the unbundled dist/main.js runs (the same code as the bundle), so time
 * is attributed to packages; a cold start profiles the bundle, as it starts.
 */
const fs = require("node:fs");
const path = require("node:path");
const { startServer } = require("./proc");
const { BARE_APOLLO, GATEWAY, NODE_FLAGS, gatewayEnv, runLoad, startSlowUpstream } = require("./scenarios");
const { USER_GROUP_BODY, writeApiKeysFile, writeSeedFile } = require("./workload");

const ROOT = path.resolve(__dirname, "..", "..");
/** The same code as the bundle that runs (GATEWAY), unbundled, so that time is attributed to packages. */
const UNBUNDLED = path.join(ROOT, "dist", "main.js");
const DIR = path.join(ROOT, "test", "output", "bench", "profiles");
const [scenario = "overhead", secondsArg = "10", connectionsArg, warmupArg = "0"] = process.argv.slice(2);
// For cold-start the second argument names the server: gateway (default) or bare-apollo.

/**
 * What is read of a V8 .cpuprofile.
 * @typedef {{ nodes: { id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }[],
 *   samples: number[], timeDeltas: number[] }} CpuProfile
 */

/**
 * Self time (microseconds) per function and per package, from a V8 .cpuprofile.
 * @param {CpuProfile} profile
 */
function selfTimes(profile) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const node = (/** @type {number} */ id) => /** @type {CpuProfile['nodes'][number]} */ (byNode.get(id));
  /** @type {Map<number, number>} */
  const self = new Map();
  // A sample stands for the time until the next one.
  for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  /** @type {Map<string, number>} */
  const functions = new Map();
  /** @type {Map<string, number>} */
  const packages = new Map();
  const add = (/** @type {Map<string, number>} */ map, /** @type {string} */ key, /** @type {number} */ us) => map.set(key, (map.get(key) ?? 0) + us);
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = node(id).callFrame;
    const file = url.replace(/^file:\/\//, "").replace(`${ROOT}/`, "");
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ??
      (file.startsWith("dist/") ? "gateway (dist/)" : file.startsWith("node:") ? "node core" : file || functionName || "(native)");
    add(functions, `${functionName || "(anonymous)"} ${file ? `${file}:${lineNumber + 1}` : ""}`.trim(), us);
    add(packages, pkg, us);
  }
  // Inclusive: each sample counts once for the outermost package on its stack (the one our code entered).
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** @type {Map<string, number>} */
  const entered = new Map();
  for (const [id, us] of self) {
    /** @type {string | undefined} */
    let outermost;
    for (let at = /** @type {number | undefined} */ (id); at !== undefined; at = parent.get(at)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(node(at).callFrame.url)?.[1];
      if (pkg) outermost = pkg;
    }
    add(entered, outermost ?? "(not in a package)", us);
  }
  const top = (/** @type {Map<string, number>} */ map, /** @type {number} */ n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, us }));
  return { totalUs: [...self.values()].reduce((a, b) => a + b, 0), packages: top(packages, 25), entered: top(entered, 15), functions: top(functions, 40) };
}

/**
 * Starts the profiled server (for slow-upstream: the gateway, beside its emulator) and returns it with its load.
 * @param {{ workDir: string, apiKeysFile: string }} ctx
 * @param {number} connections
 * @param {string} name
 * @returns {Promise<{ proc: import('./proc').Server, load: { connections: number, body?: string, brokerUsers?: { brokerIds: string[] } }, stop: () => Promise<unknown> }>}
 */
async function setup(ctx, connections, name) {
  const profiled = ["--cpu-prof", "--cpu-prof-dir", DIR, "--cpu-prof-name", `${name}.cpuprofile`];
  /**
   * @param {string} server
   * @param {NodeJS.ProcessEnv} env
   * @param {{ connections: number, body: string }} load
   */
  const start = (server, env, load) =>
    startServer({ name: `${scenario} (cpu profile)`, args: [...NODE_FLAGS, ...profiled, server], env, logFile: path.join(ctx.workDir, `${name}.log`) }).then(
      (proc) => ({
        proc,
        load,
        stop: () => proc.stop(15_000),
      }),
    );
  if (scenario === "bare-apollo") return start(BARE_APOLLO, { NODE_ENV: "production", PORT: "0" }, { connections, body: USER_GROUP_BODY });
  if (scenario === "overhead") return start(UNBUNDLED, gatewayEnv(ctx), { connections, body: USER_GROUP_BODY });
  if (scenario === "slow-upstream") {
    const seed = writeSeedFile(ctx.workDir, { brokers: 1000, latencyMs: 200 });
    const pair = await startSlowUpstream(
      { ...ctx, logDir: ctx.workDir },
      { seedFile: seed.file, connections, gatewayArgs: profiled, logName: name, entry: UNBUNDLED },
    );
    return { proc: pair.gateway, load: { connections, brokerUsers: { brokerIds: seed.brokerIds } }, stop: pair.stop };
  }
  throw new Error(`unknown scenario ${scenario}: overhead, bare-apollo or slow-upstream`);
}

/**
 * One request as soon as the server listens: the cold-start scenario under the profiler.
 * @param {{ workDir: string, apiKeysFile: string }} ctx
 * @param {'gateway' | 'bare-apollo'} which
 */
async function coldStart(ctx, which) {
  const { firstAnswer } = require("./scenarios");
  const server = which === "bare-apollo" ? BARE_APOLLO : GATEWAY;
  const env = which === "bare-apollo" ? { NODE_ENV: "production", PORT: "0" } : gatewayEnv(ctx);
  const name = `cold-start-${which}-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  const proc = await startServer({ name, args: [...NODE_FLAGS, "--cpu-prof", "--cpu-prof-dir", DIR, "--cpu-prof-name", `${name}.cpuprofile`, server], env });
  let answer;
  try {
    answer = await firstAnswer(proc);
  } finally {
    await proc.stop();
  }
  const file = path.join(DIR, `${name}.cpuprofile`);
  const summary = selfTimes(JSON.parse(fs.readFileSync(file, "utf8")));
  const ms = (/** @type {number} */ us) => `${(us / 1000).toFixed(1).padStart(7)} ms`;
  fs.writeFileSync(
    file.replace(/\.cpuprofile$/, ".top.json"),
    `${JSON.stringify({ which, listeningMs: proc.listeningMs, firstAnswerMs: answer.atMs, ...summary }, null, 2)}\n`,
  );
  const lines = [
    `${which}: listening after ${Math.round(proc.listeningMs)} ms, first answer (${answer.status}) after ${Math.round(answer.atMs)} ms; profile ${path.relative(ROOT, file)}`,
    `main-thread samples: ${ms(summary.totalUs)}`,
    "",
    "time inside each package entered from the server (loading it, building with it):",
    ...summary.entered.map((p) => `${ms(p.us)}  ${p.name}`),
    "",
    "self time by package:",
    ...summary.packages.slice(0, 15).map((p) => `${ms(p.us)}  ${p.name}`),
    "",
    "self time by function:",
    ...summary.functions.slice(0, 20).map((f) => `${ms(f.us)}  ${f.name}`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function main() {
  const workDir = path.join(DIR, "work");
  fs.mkdirSync(workDir, { recursive: true });
  const ctx = { workDir, apiKeysFile: writeApiKeysFile(workDir) };
  if (scenario === "cold-start") return coldStart(ctx, secondsArg === "bare-apollo" ? "bare-apollo" : "gateway");
  const connections = Number(connectionsArg ?? (scenario === "slow-upstream" ? 200 : 50));
  const seconds = Number(secondsArg);
  const name = `${scenario}-${connections}-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  const { proc, load, stop } = await setup(ctx, connections, name);
  /** @type {import('./scenarios').Measured[]} */
  const runs = [];
  const run = (/** @type {number} */ durationSeconds, /** @type {string} */ prefix) =>
    runLoad(
      proc,
      /** @type {Omit<import('./types').LoadOptions, 'url'>} */ ({
        ...load,
        durationSeconds,
        ...(load.brokerUsers ? { brokerUsers: { ...load.brokerUsers, prefix: `${name}-${prefix}` } } : {}),
      }),
    );
  try {
    if (Number(warmupArg) > 0) runs.push(await run(Number(warmupArg), "w"));
    runs.push(await run(seconds, "m"));
  } finally {
    await stop();
  }
  const measured = /** @type {import('./scenarios').Measured} */ (runs.at(-1));
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const file = path.join(DIR, `${name}.cpuprofile`);
  const summary = selfTimes(JSON.parse(fs.readFileSync(file, "utf8")));
  const perRequest = (/** @type {number} */ us) => `${(us / requests).toFixed(1).padStart(7)} µs/req`;
  const out = {
    scenario,
    connections,
    seconds,
    profile: file,
    requests,
    rate: measured.rate,
    cpuPerRequestUs: measured.cpuPerRequestUs,
    outcomes: measured.outcomes,
    ...summary,
  };
  fs.writeFileSync(file.replace(/\.cpuprofile$/, ".top.json"), `${JSON.stringify(out, null, 2)}\n`);
  const lines = [
    `${scenario} at ${connections} connections: ${Math.round(measured.rate)} req/s, ${Math.round(measured.cpuPerRequestUs)} µs process CPU/request (measured run); profile ${path.relative(ROOT, file)}`,
    `main-thread samples over ${requests} requests (start-up included): ${perRequest(summary.totalUs)}`,
    "",
    "self time by package:",
    ...summary.packages.map((p) => `${perRequest(p.us)}  ${p.name}`),
    "",
    "time inside each package entered from the server (outermost package on the stack):",
    ...summary.entered.map((p) => `${perRequest(p.us)}  ${p.name}`),
    "",
    "self time by function:",
    ...summary.functions.map((f) => `${perRequest(f.us)}  ${f.name}`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((error) => {
  process.stderr.write(`profile: ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
