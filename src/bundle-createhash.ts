/**
 * What the bundle uses in place of `@apollo/utils.createhash` (package.json's build aliases it here).
 * That package takes Node's crypto only when `module.require` exists, which esbuild's module wrapper does
 * not give, so bundled it fell back to `sha.js`, a SHA-256 in JavaScript, for the hash Apollo keys its
 * parsed-document cache with on every request (test/bench/README.md has what it cost).
 */
export { createHash } from "node:crypto";
