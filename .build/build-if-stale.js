// @ts-check
"use strict";
/**
 * Runs `npm run build` only when dist/gateway.js is missing or older than one of its inputs: a file or a
 * folder under src/ (a folder's time changes when a file in it is added, removed or renamed),
 * tsconfig.json, package.json, package-lock.json, or node_modules/.package-lock.json (which every
 * `npm ci` and `npm install` rewrites). `npm start`, `npm run dev`, `npm run schema` and `npm run bench`
 * go through it; `npm test` always builds.
 */
const { spawnSync } = require("node:child_process");
const { readdirSync, statSync } = require("node:fs");
const { join, relative } = require("node:path");

const ROOT = join(__dirname, "..");
const OUTPUT = join(ROOT, "dist", "gateway.js");
const INPUTS = ["src", "tsconfig.json", "package.json", "package-lock.json", join("node_modules", ".package-lock.json")];

/** @param {string} path @returns {number | undefined} */
const mtime = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs;

/**
 * The first path at or under `path` modified after `time`, if any.
 * @param {string} path
 * @param {number} time
 * @returns {string | undefined}
 */
function newerThan(path, time) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (stat.mtimeMs > time) return path;
  if (!stat.isDirectory()) return undefined;
  for (const entry of readdirSync(path)) {
    const newer = newerThan(join(path, entry), time);
    if (newer) return newer;
  }
  return undefined;
}

/**
 * Why dist/gateway.js must be built, or undefined when it is newer than all its inputs.
 * @returns {string | undefined}
 */
function staleReason() {
  const built = mtime(OUTPUT);
  if (built === undefined) return "dist/gateway.js is missing";
  for (const input of INPUTS) {
    const newer = newerThan(join(ROOT, input), built);
    if (newer) return `${relative(ROOT, newer)} changed`;
  }
  return undefined;
}

/**
 * Builds when stale; says which it did on standard error. True when dist/gateway.js is up to date.
 * @returns {boolean}
 */
function buildIfStale() {
  const reason = staleReason();
  if (reason === undefined) {
    process.stderr.write("build: dist/gateway.js is up to date\n");
    return true;
  }
  process.stderr.write(`build: ${reason}, running npm run build\n`);
  // Under npm, npm_execpath is npm's own script: run it with this node, whatever npm is on PATH.
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, "run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" })
    : spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  return result.status === 0;
}

module.exports = { buildIfStale, staleReason };

if (require.main === module && !buildIfStale()) process.exit(1);
