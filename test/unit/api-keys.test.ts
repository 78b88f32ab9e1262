import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiKeyEntry, createApiKeyVerifier, parseApiKeys, readApiKeysFile } from "../../src/auth/api-keys";
import { AuthenticationFailed } from "../../src/auth/identity";

const sha256 = (key: string): string => createHash("sha256").update(key).digest("hex");
const KEY_A = "gw_live_4f9a1c2e7b8d";
const KEY_B = "gw_live_0c3e5a7b9d1f";
const A = { id: "ci-pipeline", sha256: sha256(KEY_A), scopes: ["elasticache:CreateUserGroup", "mq:CreateUser"] };
const B = { id: "mq-only", sha256: sha256(KEY_B), scopes: ["mq:CreateUser"] };

/** The message of the Error fn throws; fails the test when fn returns instead. */
function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  throw new Error("expected an Error, but nothing was thrown");
}

describe("parseApiKeys", () => {
  it("reads good entries unchanged", () => {
    expect(parseApiKeys([A, B], "api-keys.json")).toEqual([A, B]);
  });

  it("accepts an empty list (no key is accepted) and an entry with no scopes", () => {
    expect(parseApiKeys([], "api-keys.json")).toEqual([]);
    expect(parseApiKeys([{ ...A, scopes: [] }], "api-keys.json")).toEqual([{ ...A, scopes: [] }]);
  });

  it.each<[string, unknown, string]>([
    ["an object root", { keys: [A] }, "api-keys.json: must be a JSON array"],
    ["a null root", null, "api-keys.json: must be a JSON array"],
    ["an entry that is not an object", [A, "ci"], "api-keys.json: [1] must be an object"],
    ["an entry that is an array", [[]], "api-keys.json: [0] must be an object"],
    ["a missing id", [{ sha256: A.sha256, scopes: [] }], "api-keys.json: [0].id must be a non-empty string"],
    ["a blank id", [{ ...A, id: "  " }], "api-keys.json: [0].id must be a non-empty string"],
    ["a numeric id", [A, { ...B, id: 7 }], "api-keys.json: [1].id must be a non-empty string"],
    ["a missing sha256", [A, B, { id: "c", scopes: [] }], "api-keys.json: [2].sha256 must be 64 lowercase hex characters"],
    ["a short sha256", [{ ...A, sha256: A.sha256.slice(1) }], "api-keys.json: [0].sha256 must be 64 lowercase hex characters"],
    ["an upper-case sha256", [{ ...A, sha256: A.sha256.toUpperCase() }], "api-keys.json: [0].sha256 must be 64 lowercase hex characters"],
    ["a non-hex sha256", [{ ...A, sha256: "g".repeat(64) }], "api-keys.json: [0].sha256 must be 64 lowercase hex characters"],
    ["a base64 sha256", [{ ...A, sha256: createHash("sha256").update(KEY_A).digest("base64") }], "[0].sha256 must be 64"],
    ["missing scopes", [{ id: A.id, sha256: A.sha256 }], "api-keys.json: [0].scopes must be an array of strings"],
    ["scopes as a string", [{ ...A, scopes: "mq:CreateUser" }], "api-keys.json: [0].scopes must be an array of strings"],
    ["a numeric scope", [{ ...A, scopes: ["mq:CreateUser", 1] }], "api-keys.json: [0].scopes[1] must be a non-empty string without spaces"],
    ["an empty scope", [{ ...A, scopes: [""] }], "api-keys.json: [0].scopes[0] must be a non-empty string"],
    ["a scope with a space", [{ ...A, scopes: ["mq:CreateUser elasticache:CreateUserGroup"] }], "api-keys.json: [0].scopes[0]"],
    ["an unknown field (a plain key)", [{ ...A, key: KEY_A }], 'api-keys.json: [0] has an unknown field "key"'],
    ["a duplicate id", [A, { ...B, id: A.id }], "api-keys.json: [1].id is the same as [0].id"],
    ["a duplicate sha256", [A, B, { ...B, id: "other" }], "api-keys.json: [2].sha256 is the same as [1].sha256"],
  ])("rejects %s", (_case, json, problem) => {
    const text = message(() => parseApiKeys(json, "api-keys.json"));
    expect(text).toContain(problem);
    expect(text).not.toContain(KEY_A);
  });
});

describe("readApiKeysFile", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "api-keys-"));
    writeFileSync(join(dir, "good.json"), JSON.stringify([A, B]));
    writeFileSync(join(dir, "broken.json"), "[{");
    writeFileSync(join(dir, "bad.json"), JSON.stringify([A, { ...B, sha256: "abc" }]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a good file", () => {
    expect(readApiKeysFile(join(dir, "good.json"))).toEqual([A, B]);
  });

  it.each<[string, string]>([
    ["missing.json", "cannot read %s (ENOENT)"],
    ["broken.json", "%s is not valid JSON"],
    ["bad.json", "%s: [1].sha256 must be 64 lowercase hex characters"],
  ])("names the path and the problem for %s", (name, expected) => {
    const path = join(dir, name);
    expect(message(() => readApiKeysFile(path))).toContain(expected.replace("%s", path));
  });
});

describe("createApiKeyVerifier", () => {
  const verify = createApiKeyVerifier(parseApiKeys([A, B], "api-keys.json"));

  it.each<[string, string, string, string[]]>([
    ["the first key", KEY_A, "api-key:ci-pipeline", A.scopes],
    ["the second key", KEY_B, "api-key:mq-only", B.scopes],
  ])("accepts %s with its scopes", (_case, key, id, scopes) => {
    const identity = verify(key);
    expect(identity).toEqual({ id, kind: "api-key", scopes: new Set(scopes) });
    const shown = JSON.stringify({ ...identity, scopes: [...identity.scopes] });
    expect(shown).not.toContain(key);
    expect(shown).not.toContain(sha256(key));
  });

  it.each<[string, string]>([
    ["a wrong key", "gw_live_ffffffffffff"],
    ["an empty key", ""],
    ["a key differing in its last character", `${KEY_A.slice(0, -1)}e`],
    ["a key differing in its first character", `G${KEY_A.slice(1)}`],
    ["a key with a trailing space", `${KEY_A} `],
    ["a key one character short", KEY_A.slice(0, -1)],
    ["the key's hash instead of the key", A.sha256],
  ])("refuses %s", (_case, key) => {
    const error = (() => {
      try {
        verify(key);
      } catch (e) {
        return e;
      }
      throw new Error("expected AuthenticationFailed");
    })();
    expect(error).toBeInstanceOf(AuthenticationFailed);
    expect((error as AuthenticationFailed).reason).toBe("unknown-api-key");
    if (key !== "") expect((error as Error).message).not.toContain(key);
  });

  it("refuses an empty key even when the file lists the hash of the empty string", () => {
    const withEmpty: ApiKeyEntry[] = [{ id: "empty", sha256: sha256(""), scopes: ["mq:CreateUser"] }];
    expect(() => createApiKeyVerifier(withEmpty)("")).toThrow(AuthenticationFailed);
  });

  it("refuses every key when there are no entries", () => {
    expect(() => createApiKeyVerifier([])(KEY_A)).toThrow(AuthenticationFailed);
  });
});
