'use strict';
/**
 * Side by side, at the same time: is build B cheaper than build A?
 *   node test/bench/compare.js [--rounds 12] [--seconds 3] [--connections 50] <server> <server> [...]
 * A server is `bare` (the bare Apollo baseline), `gateway` (dist/gateway.js as built), or another
 * gateway bundle: a copy of a build's dist/ beside its package.json (the bundle reads its version
 * there), e.g. `mkdir -p /tmp/a && cp -r dist package.json /tmp/a` then `/tmp/a/dist/gateway.js`.
 * `,KEY=VALUE` after a server adds to its environment (`gateway,LOG_LEVEL=warn`).
 *
 * Every server takes scenario 2's load (createUserGroup at 50 connections) in the same seconds of each
 * round, so the machine's noise, which moves a server's CPU per request by ±20% from one minute to the
 * next here, falls on all of them at once; each round's ratio to the first server is then steady to a
 * few percent, and the median of those ratios is what to read. The figures are not the bench's: servers
 * that share the cores miss the processor's caches more, so a change to how much code a request runs
 * shows larger here than in `npm run bench`.
 */
const path = require('node:path');
const { startServer } = require('./proc');
const { median } = require('./report');
const { BARE_APOLLO, GATEWAY, NODE_FLAGS, gatewayEnv, runLoad } = require('./scenarios');
const { USER_GROUP_BODY, writeApiKeysFile } = require('./workload');

const ROOT = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const [, value] = args.splice(at, 2);
  return Number(value);
};
const rounds = option('rounds', 12);
const seconds = option('seconds', 3);
const connections = option('connections', 50);
if (args.length < 2) {
  process.stderr.write('usage: node test/bench/compare.js [--rounds N] [--seconds S] [--connections C] <bare|gateway|bundle.js>[,KEY=VALUE...] <...> [...]\n');
  process.exit(2);
}

/** `bare`, `gateway` or a bundle's path, with its `,KEY=VALUE` environment. */
function serverSpec(arg, ctx) {
  const [which, ...pairs] = arg.split(',');
  const extra = Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  if (which === 'bare') return { name: arg, args: [...NODE_FLAGS, BARE_APOLLO], env: { NODE_ENV: 'production', PORT: '0', ...extra } };
  const entry = which === 'gateway' ? GATEWAY : path.resolve(which);
  return { name: arg, args: [...NODE_FLAGS, entry], env: gatewayEnv(ctx, extra) };
}

async function main() {
  const workDir = path.join(ROOT, 'test', 'output', 'bench', 'compare');
  require('node:fs').mkdirSync(workDir, { recursive: true });
  const ctx = { apiKeysFile: writeApiKeysFile(workDir) };
  const servers = [];
  try {
    for (const [i, arg] of args.entries()) servers.push(await startServer({ ...serverSpec(arg, ctx), logFile: path.join(workDir, `server-${i}.log`) }));
    const all = (durationSeconds) => Promise.all(servers.map((server) => runLoad(server, { connections, durationSeconds, body: USER_GROUP_BODY })));
    await all(seconds);
    const cpu = servers.map(() => []);
    for (let r = 0; r < rounds; r++) {
      (await all(seconds)).forEach((result, i) => cpu[i].push(result.cpuPerRequestUs));
      process.stderr.write(`round ${r + 1}/${rounds}: ${cpu.map((c) => c.at(-1).toFixed(0)).join(' / ')} µs per request\n`);
    }
    const lines = args.map((arg, i) => {
      const ratio = median(cpu[i].map((us, r) => us / cpu[0][r]));
      return `${arg}: CPU per request median ${median(cpu[i]).toFixed(1)} µs; against ${args[0]}, each round's ratio's median ${ratio.toFixed(3)}`;
    });
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
