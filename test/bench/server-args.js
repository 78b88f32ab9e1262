"use strict";
/** What the comparison tools (compare.js, instructions.js) share: their command line and their servers. */
const fs = require("node:fs");
const path = require("node:path");
const { BARE_APOLLO, GATEWAY, NODE_FLAGS, gatewayEnv } = require("./scenarios");
const { writeApiKeysFile } = require("./workload");

/**
 * `bare` (the bare Apollo baseline), `gateway` (dist/gateway.js as built), or another gateway bundle: a
 * copy of a build's dist/ beside its package.json (the bundle reads its version there), e.g.
 * `mkdir -p /tmp/a && cp -r dist package.json /tmp/a` then `/tmp/a/dist/gateway.js`. `,KEY=VALUE` after a
 * server adds to its environment (`gateway,LOG_LEVEL=warn`).
 * @param {string} arg
 * @param {{ apiKeysFile: string }} ctx
 * @returns {{ name: string, args: string[], env: NodeJS.ProcessEnv }}
 */
function serverSpec(arg, ctx) {
  const [which = "", ...pairs] = arg.split(",");
  const extra = Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]));
  if (which === "bare") return { name: arg, args: [...NODE_FLAGS, BARE_APOLLO], env: { NODE_ENV: "production", PORT: "0", ...extra } };
  const entry = which === "gateway" ? GATEWAY : path.resolve(which);
  return { name: arg, args: [...NODE_FLAGS, entry], env: gatewayEnv(ctx, extra) };
}

/**
 * A comparison tool's start: reads its command line (`--name <number>` options, with their defaults,
 * then the servers; the usage, and exit, when fewer than `minServers` are given) and makes its folder
 * test/output/bench/<tool>/ with the gateway's API keys file in it (`ctx`, for serverSpec).
 * @template {Record<string, number>} Options
 * @param {string} tool
 * @param {Options} defaults
 * @param {number} minServers
 * @returns {{ options: Options, servers: string[], workDir: string, ctx: { apiKeysFile: string } }}
 */
function setUpTool(tool, defaults, minServers) {
  const args = process.argv.slice(2);
  const options = /** @type {Record<string, number>} */ ({});
  for (const [name, fallback] of Object.entries(defaults)) {
    const at = args.indexOf(`--${name}`);
    options[name] = at < 0 ? fallback : Number(args.splice(at, 2)[1]);
  }
  if (args.length < minServers) {
    const flags = Object.entries(defaults)
      .map(([name, fallback]) => `[--${name} ${fallback}]`)
      .join(" ");
    process.stderr.write(`usage: node test/bench/${tool}.js ${flags} <bare|gateway|bundle.js>[,KEY=VALUE...] [...]\n`);
    process.exit(2);
  }
  const workDir = path.join(__dirname, "..", "output", "bench", tool);
  fs.mkdirSync(workDir, { recursive: true });
  return { options: /** @type {Options} */ (options), servers: args, workDir, ctx: { apiKeysFile: writeApiKeysFile(workDir) } };
}

module.exports = { serverSpec, setUpTool };
