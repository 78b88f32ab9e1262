#!/usr/bin/env node
"use strict";
/*
 * npm run schema:diff [-- <git ref> | -- <old.graphql> <new.graphql>]
 *
 * Compares the public contract with an earlier one using `graphql-inspector diff old new`:
 *   no argument   schema.graphql at HEAD~1 against the working schema.graphql
 *   <ref>         schema.graphql at that commit, tag or branch against the working schema.graphql
 *   <old> <new>   two schema files
 * Run it from the project root (npm run does). Exit 0 when nothing breaks (dangerous changes included),
 * 1 when something breaks, 2 on a usage error or a ref that does not exist. Works offline: the schemas
 * are files and git objects. When there is no previous commit (a fresh repository, a shallow clone) it
 * says so and exits 0.
 */
const { spawnSync } = require("node:child_process");
const { mkdtempSync, rmSync, writeFileSync, existsSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { dirname, join } = require("node:path");

const SCHEMA = "schema.graphql";
const cliPackage = require.resolve("@graphql-inspector/cli/package.json");
const INSPECTOR = join(dirname(cliPackage), require(cliPackage).bin["graphql-inspector"]);
const REPORT = join(__dirname, "schema-diff-report.js");

/** @param {string[]} args */
function main(args) {
  if (args.length === 2) return diff(/** @type {string} */ (args[0]), /** @type {string} */ (args[1]));
  if (args.length > 2 || args[0] === "-h" || args[0] === "--help") {
    console.error("usage: schema-diff.js [<git ref> | <old.graphql> <new.graphql>]  (default ref: HEAD~1)");
    return 2;
  }
  if (!existsSync(SCHEMA)) {
    console.error(`schema-diff: no ${SCHEMA} here; run it from the project root.`);
    return 2;
  }
  const ref = args[0] ?? "HEAD~1";
  const git = (/** @type {string[]} */ ...gitArgs) => spawnSync("git", gitArgs, { encoding: "utf8" });
  if (git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`).status !== 0) {
    if (args[0] !== undefined) {
      console.error(`schema-diff: no commit ${ref} in this repository.`);
      return 2;
    }
    console.log(`schema-diff: there is no previous commit (${ref}) to compare ${SCHEMA} with: nothing to check.`);
    return 0;
  }
  const old = git("show", `${ref}:./${SCHEMA}`);
  if (old.status !== 0) {
    console.log(`schema-diff: ${ref} has no ${SCHEMA}: nothing to compare with.`);
    return 0;
  }
  const dir = mkdtempSync(join(tmpdir(), "schema-diff-"));
  try {
    const oldFile = join(dir, `${SCHEMA.replace(".graphql", "")}@${ref.replace(/[^\w.-]/g, "_")}.graphql`);
    writeFileSync(oldFile, old.stdout);
    console.log(`schema-diff: ${SCHEMA} at ${ref} -> working ${SCHEMA}`);
    return diff(oldFile, SCHEMA);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * graphql-inspector's own report of the changes, then ours (schema-diff-report.js), which sets the exit code.
 * @param {string} oldFile
 * @param {string} newFile
 */
function diff(oldFile, newFile) {
  for (const file of [oldFile, newFile]) {
    if (!existsSync(file)) {
      console.error(`schema-diff: no such file: ${file}`);
      return 2;
    }
  }
  const run = spawnSync(process.execPath, [INSPECTOR, "diff", oldFile, newFile, "--onComplete", REPORT], { stdio: "inherit" });
  return run.status ?? 1;
}

process.exitCode = main(process.argv.slice(2));
