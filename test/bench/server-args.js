'use strict';
/** The servers and options the side-by-side tools (compare.js, instructions.js) take on their command line. */
const path = require('node:path');
const { BARE_APOLLO, GATEWAY, NODE_FLAGS, gatewayEnv } = require('./scenarios');

/**
 * `bare` (the bare Apollo baseline), `gateway` (dist/gateway.js as built), or another gateway bundle: a
 * copy of a build's dist/ beside its package.json (the bundle reads its version there), e.g.
 * `mkdir -p /tmp/a && cp -r dist package.json /tmp/a` then `/tmp/a/dist/gateway.js`. `,KEY=VALUE` after a
 * server adds to its environment (`gateway,LOG_LEVEL=warn`).
 */
function serverSpec(arg, ctx) {
  const [which, ...pairs] = arg.split(',');
  const extra = Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  if (which === 'bare') return { name: arg, args: [...NODE_FLAGS, BARE_APOLLO], env: { NODE_ENV: 'production', PORT: '0', ...extra } };
  const entry = which === 'gateway' ? GATEWAY : path.resolve(which);
  return { name: arg, args: [...NODE_FLAGS, entry], env: gatewayEnv(ctx, extra) };
}

/** Takes `--name <number>` out of `args` (what is left are the servers); `fallback` when it is absent. */
function numberOption(args, name, fallback) {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const [, value] = args.splice(at, 2);
  return Number(value);
}

module.exports = { serverSpec, numberOption };
