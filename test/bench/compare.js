"use strict";
/**
 * Side by side, at the same time: is build B cheaper than build A?
 *   node test/bench/compare.js [--rounds 12] [--seconds 3] [--connections 50] <server> <server> [...]
 * Servers as server-args.js reads them: `bare`, `gateway` or a bundle's path, with `,KEY=VALUE` environment.
 *
 * Every server takes scenario 2's load (createUserGroup at 50 connections) in the same seconds of each
 * round, so the machine's noise, which moves a server's CPU per request by ±20% from one minute to the
 * next here, falls on all of them at once, and the median of each round's ratio to the first server is
 * what to read. Single rounds still scatter (0.72 to 1.45 for one build against a copy of itself, seen on
 * 2026-11-29): trust a median of many rounds to about 5%, and ask instructions.js about smaller changes.
 * The figures are not the bench's: servers that share the cores miss the processor's caches more, so a
 * change to how much code a request runs shows larger here than in `npm run bench`.
 */
const path = require("node:path");
const { startServer } = require("./proc");
const { median } = require("./report");
const { runLoad } = require("./scenarios");
const { serverSpec, setUpTool } = require("./server-args");
const { USER_GROUP_BODY } = require("./workload");

const {
  options: { rounds, seconds, connections },
  servers: args,
  workDir,
  ctx,
} = setUpTool("compare", { rounds: 12, seconds: 3, connections: 50 }, 2);

async function main() {
  /** @type {import('./proc').Server[]} */
  const servers = [];
  try {
    for (const [i, arg] of args.entries()) servers.push(await startServer({ ...serverSpec(arg, ctx), logFile: path.join(workDir, `server-${i}.log`) }));
    const all = (/** @type {number} */ durationSeconds) =>
      Promise.all(servers.map((server) => runLoad(server, { connections, durationSeconds, body: USER_GROUP_BODY })));
    await all(seconds);
    /** CPU µs per request of each server (by index), one entry per round. @type {number[][]} */
    const cpu = servers.map(() => []);
    /** One server's figures. */
    const of = (/** @type {number} */ i) => /** @type {number[]} */ (cpu[i]);
    for (let r = 0; r < rounds; r++) {
      for (const [i, result] of (await all(seconds)).entries()) of(i).push(result.cpuPerRequestUs);
      process.stderr.write(`round ${r + 1}/${rounds}: ${cpu.map((c) => /** @type {number} */ (c.at(-1)).toFixed(0)).join(" / ")} µs per request\n`);
    }
    const lines = args.map((arg, i) => {
      const ratio = median(of(i).map((us, r) => us / /** @type {number} */ (of(0)[r])));
      return `${arg}: CPU per request median ${median(of(i)).toFixed(1)} µs; against ${args[0]}, each round's ratio's median ${ratio.toFixed(3)}`;
    });
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
