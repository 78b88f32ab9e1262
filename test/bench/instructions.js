"use strict";
/**
 * Does build B do less work than build A? Instructions per request, counted by valgrind's callgrind:
 *   node test/bench/instructions.js [--warmup 3000] [--requests 5000] [--connections 20] <server> <server> [...]
 * Servers as server-args.js reads them: `bare`, `gateway` or a bundle's path, with `,KEY=VALUE` environment.
 *
 * Each server runs under `valgrind --tool=callgrind`, one after the other, with instrumentation off
 * while it starts and answers `--warmup` requests of scenario 2's workload (createUserGroup), then on for
 * `--requests` more. The count is what every thread of the server executed in user space over those
 * requests (JS, the JIT and the garbage collector included; the kernel's share, such as socket and log
 * writes, is not). Unlike CPU time on this shared machine (±20% from one minute to the next), the same
 * build gives the same count to 1-2% run after run, whatever else the machine is doing, so a change
 * of a few percent shows. It is not the bench's CPU ratio: the time an instruction takes differs between
 * programs (misses in the processor's caches, for one), and the kernel's work is left out. Needs Debian's
 * valgrind; a server runs about 5 times slower uninstrumented and 50 times slower counted.
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { startServer } = require("./proc");
const { runLoad } = require("./scenarios");
const { serverSpec, setUpTool } = require("./server-args");
const { USER_GROUP_BODY } = require("./workload");

const {
  options: { warmup, requests, connections },
  servers: args,
  workDir: WORK_DIR,
  ctx,
} = setUpTool("instructions", { warmup: 3_000, requests: 5_000, connections: 20 }, 1);

/**
 * `callgrind_control <options> <pid>`: switches a running server's counting on or off, or dumps its
 * counts. valgrind names the pipes it listens on after the LOGNAME (or USER) and HOST variables it was
 * started with, and the gateway's HOST is its listening address: callgrind_control gets the server's.
 * @param {{ pid: number, env: NodeJS.ProcessEnv }} server
 * @param {string[]} options
 */
function control(server, ...options) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { PATH: process.env.PATH };
  for (const name of ["LOGNAME", "USER", "HOST"]) if (server.env[name] !== undefined) env[name] = server.env[name];
  const said = execFileSync("callgrind_control", [...options, String(server.pid)], { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (!/\bOK\b/.test(said) || /error|failed/i.test(said)) throw new Error(`callgrind_control ${options.join(" ")}: ${said.trim()}`);
}

/**
 * The instructions counted in every dump callgrind wrote for `prefix` (one at each dump and at exit).
 * @param {string} prefix
 */
function countedInstructions(prefix) {
  let total = 0;
  for (const file of fs.readdirSync(WORK_DIR).filter((f) => f.startsWith(prefix))) {
    const totals = /^totals: (\d+)/m.exec(fs.readFileSync(path.join(WORK_DIR, file), "utf8"));
    if (totals) total += Number(totals[1]);
  }
  return total;
}

/**
 * Counts one server's instructions per request; `i` names its files.
 * @param {string} arg
 * @param {number} i
 */
async function measure(arg, i) {
  const spec = serverSpec(arg, ctx);
  const prefix = `callgrind-${i}.out`;
  for (const file of fs.readdirSync(WORK_DIR).filter((f) => f.startsWith(prefix))) fs.rmSync(path.join(WORK_DIR, file));
  const server = await startServer({
    ...spec,
    command: "valgrind",
    args: [
      "--tool=callgrind",
      "--instr-atstart=no",
      "--smc-check=all-non-file",
      `--callgrind-out-file=${path.join(WORK_DIR, prefix)}`,
      process.execPath,
      ...spec.args,
    ],
    logFile: path.join(WORK_DIR, `server-${i}.log`),
    timeoutMs: 300_000,
  });
  const counting = { pid: server.pid, env: spec.env };
  let counted;
  try {
    const load = { connections, body: USER_GROUP_BODY, maxSeconds: 1_200, timeoutSeconds: 60 };
    await runLoad(server, { ...load, amount: warmup });
    control(counting, "--instr=on");
    counted = await runLoad(server, { ...load, amount: requests });
    control(counting, "--instr=off");
    control(counting, "--dump");
  } finally {
    await server.stop(60_000);
  }
  const failed = counted.requests - (counted.statusCodes["200"] ?? 0) + counted.errors + counted.timeouts;
  if (counted.requests !== requests || failed > 0) throw new Error(`${arg}: ${counted.requests} of ${requests} requests answered, ${failed} failed`);
  return { arg, perRequest: countedInstructions(prefix) / counted.requests, outcomes: counted.outcomes };
}

async function main() {
  /** @type {Awaited<ReturnType<typeof measure>>[]} */
  const results = [];
  for (const [i, arg] of args.entries()) {
    const result = await measure(arg, i);
    results.push(result);
    process.stderr.write(`${arg}: ${Math.round(result.perRequest).toLocaleString("en-US")} instructions per request\n`);
  }
  const first = /** @type {Awaited<ReturnType<typeof measure>>} */ (results[0]);
  const lines = results.map(({ arg, perRequest, outcomes }) => {
    const ratio = perRequest / first.perRequest;
    return `${arg}: ${Math.round(perRequest).toLocaleString("en-US")} instructions per request, ${ratio.toFixed(3)}x ${first.arg}; answers ${JSON.stringify(outcomes)}`;
  });
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
