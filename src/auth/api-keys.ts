import { hash, timingSafeEqual } from "node:crypto";
import { readJsonFile } from "../json-file";
import { AuthenticationFailed, type Identity } from "./identity";

/** One line of the API keys file: the key itself is never stored, only its SHA-256. */
export interface ApiKeyEntry {
  readonly id: string;
  /** SHA-256 of the key, 64 lowercase hex characters. */
  readonly sha256: string;
  readonly scopes: readonly string[];
}

type Json = Record<string, unknown>;

const SHA256_HEX = /^[0-9a-f]{64}$/;
const FIELDS = new Set(["id", "sha256", "scopes"]);

/** Reads and checks GATEWAY_API_KEYS_FILE; a plain Error names the path and the problem. */
export function readApiKeysFile(path: string): ApiKeyEntry[] {
  return parseApiKeys(readJsonFile(path), path);
}

/** `source` names where the JSON came from, at the start of every message. */
export function parseApiKeys(json: unknown, source: string): ApiKeyEntry[] {
  const fail = (problem: string): never => {
    throw new Error(`${source}: ${problem}`);
  };
  if (!Array.isArray(json)) fail(`must be a JSON array of {"id", "sha256", "scopes"}`);
  const entries = (json as unknown[]).map((value, i): ApiKeyEntry => {
    const at = `[${i}]`;
    if (typeof value !== "object" || value === null || Array.isArray(value)) return fail(`${at} must be an object`);
    const e = value as Json;
    const unknown = Object.keys(e).find((k) => !FIELDS.has(k));
    if (unknown !== undefined) fail(`${at} has an unknown field "${unknown}" (allowed: id, sha256, scopes)`);
    if (typeof e.id !== "string" || e.id.trim() === "") fail(`${at}.id must be a non-empty string`);
    if (typeof e.sha256 !== "string" || !SHA256_HEX.test(e.sha256)) fail(`${at}.sha256 must be 64 lowercase hex characters (the SHA-256 of the key)`);
    if (!Array.isArray(e.scopes)) fail(`${at}.scopes must be an array of strings`);
    const scopes = e.scopes as unknown[];
    const bad = scopes.findIndex((s) => typeof s !== "string" || !/^\S+$/.test(s));
    if (bad !== -1) fail(`${at}.scopes[${bad}] must be a non-empty string without spaces`);
    return { id: e.id as string, sha256: e.sha256 as string, scopes: scopes as string[] };
  });
  for (const field of ["id", "sha256"] as const) {
    const seen = new Map<string, number>();
    entries.forEach((entry, i) => {
      const first = seen.get(entry[field]);
      if (first !== undefined) fail(`[${i}].${field} is the same as [${first}].${field}`);
      seen.set(entry[field], i);
    });
  }
  return entries;
}

/**
 * Checks a presented key: its SHA-256 is compared with every entry's in constant time, with no early
 * exit, so the time taken says nothing about which entry (if any) was close.
 */
export function createApiKeyVerifier(entries: readonly ApiKeyEntry[]): (key: string) => Identity {
  // Each key's identity is built once: every request with that key gets the same (read-only) object.
  const known = entries.map((entry) => ({
    digest: Buffer.from(entry.sha256, "hex"),
    identity: { id: `api-key:${entry.id}`, kind: "api-key", scopes: new Set(entry.scopes) } satisfies Identity,
  }));
  return (key) => {
    const digest = hash("sha256", key, "buffer");
    let match: Identity | undefined;
    for (const { digest: expected, identity } of known) {
      if (timingSafeEqual(digest, expected) && match === undefined) match = identity;
    }
    if (match === undefined || key === "") throw new AuthenticationFailed("unknown-api-key");
    return match;
  };
}
