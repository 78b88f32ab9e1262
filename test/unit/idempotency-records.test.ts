import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, fingerprint, recordKey } from "../../src/idempotency/fingerprint";
import { IdempotencyRecords } from "../../src/idempotency/idempotency-records";
import { MemoryRecordStore } from "../../src/idempotency/memory-record-store";
import type { RecordStore } from "../../src/idempotency/record-store";
import { VisibleRecordStore } from "../fixtures/visible-record-store";

const SECRET = "a-server-secret-of-at-least-32-chars";
const PASSWORD = "Correct-Horse-Battery-9";
const INPUT = { brokerId: "b-1", username: "app", password: PASSWORD, consoleAccess: false, groups: ["a", "b"], replicationUser: false };
const SCOPE = { caller: "alice", field: "createBrokerUser", key: "k-1" };

const failing: RecordStore = {
  setIfAbsent: () => Promise.reject(new Error("The client is closed")),
  replace: () => Promise.reject(new Error("The client is closed")),
};

describe("fingerprints", () => {
  it("canonical JSON does not depend on the order of an object's fields, at any depth; lists keep their order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
    expect(canonicalJson({ a: undefined, b: 1 })).toBe(canonicalJson({ b: 1 }));
    expect(canonicalJson({ ids: ["a", "b"] })).not.toBe(canonicalJson({ ids: ["b", "a"] }));
  });

  it("is HMAC-SHA256 of the canonical input under the secret: not a plain hash anyone could test guesses against", () => {
    const print = fingerprint(SECRET, INPUT);
    expect(print).toBe(createHmac("sha256", SECRET).update(canonicalJson(INPUT)).digest("base64url"));
    expect(print).not.toBe(createHash("sha256").update(canonicalJson(INPUT)).digest("base64url"));
    expect(fingerprint("another-secret-of-at-least-32-chars!", INPUT)).not.toBe(print);
    expect(fingerprint(SECRET, { ...INPUT, password: `${PASSWORD}!` })).not.toBe(print);
    expect(fingerprint(SECRET, Object.fromEntries(Object.entries(INPUT).reverse()))).toBe(print);
  });

  it("keys a record by caller, mutation and key, with no two scopes sharing one", () => {
    const keys = [
      recordKey("alice", "createUserGroup", "k"),
      recordKey("bob", "createUserGroup", "k"),
      recordKey("alice", "deleteUserGroup", "k"),
      recordKey("alice", "createUserGroup", "k2"),
      recordKey("a:b", "c", "k"),
      recordKey("a", "b:c", "k"),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k) => /^[\w-]{43}$/.test(k))).toBe(true);
  });
});

describe("IdempotencyRecords", () => {
  const records = (store: RecordStore = new MemoryRecordStore()) => new IdempotencyRecords(store, { secret: SECRET, ttlMs: 60_000, pendingMs: 5_000 });

  it("claims a new key, answers a repeat in progress, then replays the outcome written over the claim", async () => {
    const r = records();
    const claim = await r.claim(SCOPE, INPUT);
    expect(claim).toMatchObject({ kind: "claimed", inDoubt: false });
    expect(await r.claim(SCOPE, INPUT)).toEqual({ kind: "in-progress", retryAfterSeconds: 1 });
    if (claim.kind !== "claimed") throw new Error("not claimed");
    await r.settle(claim.ticket, { kind: "done", result: { ok: false, fault: { code: "BrokerNotFound", requestId: "r-1" } } });
    expect(await r.claim(SCOPE, INPUT)).toEqual({ kind: "replay", result: { ok: false, fault: { code: "BrokerNotFound", requestId: "r-1" } } });
  });

  it("answers reused for the same key with another input, whatever the record's state", async () => {
    const r = records();
    const claim = await r.claim(SCOPE, INPUT);
    const other = { ...INPUT, groups: ["a"] };
    expect(await r.claim(SCOPE, other)).toEqual({ kind: "reused" });
    if (claim.kind !== "claimed") throw new Error("not claimed");
    await r.settle(claim.ticket, { kind: "in-doubt" });
    expect(await r.claim(SCOPE, other)).toEqual({ kind: "reused" });
  });

  it("keeps records apart by caller and by mutation", async () => {
    const r = records();
    await r.claim(SCOPE, INPUT);
    expect(await r.claim({ ...SCOPE, caller: "bob" }, INPUT)).toMatchObject({ kind: "claimed" });
    expect(await r.claim({ ...SCOPE, field: "updateBrokerUser" }, INPUT)).toMatchObject({ kind: "claimed" });
  });

  it("gives an in-doubt key to one repeat at a time; a release gives the doubt back", async () => {
    const r = records();
    const first = await r.claim(SCOPE, INPUT);
    if (first.kind !== "claimed") throw new Error("not claimed");
    await r.settle(first.ticket, { kind: "in-doubt" });
    const [a, b] = await Promise.all([r.claim(SCOPE, INPUT), r.claim(SCOPE, INPUT)]);
    expect([a.kind, b.kind].sort()).toEqual(["claimed", "in-progress"]);
    const settling = a.kind === "claimed" ? a : b;
    if (settling.kind !== "claimed") throw new Error("not claimed");
    expect(settling.inDoubt).toBe(true);
    await r.settle(settling.ticket, { kind: "release" });
    expect(await r.claim(SCOPE, INPUT)).toMatchObject({ kind: "claimed", inDoubt: true });
  });

  it("frees a new key on release, and writes nothing over a claim it no longer holds", async () => {
    const store = new MemoryRecordStore();
    const r = records(store);
    const claim = await r.claim(SCOPE, INPUT);
    if (claim.kind !== "claimed") throw new Error("not claimed");
    await r.settle(claim.ticket, { kind: "release" });
    const next = await r.claim(SCOPE, INPUT);
    expect(next).toMatchObject({ kind: "claimed", inDoubt: false });
    await r.settle(claim.ticket, { kind: "done", result: { ok: true, value: "stale" } });
    expect(await r.claim(SCOPE, INPUT)).toMatchObject({ kind: "in-progress" });
  });

  it("lets a claim lapse after pendingMs: a replica that died mid-call does not hold the key for good", async () => {
    const clock = { now: 0 };
    const r = new IdempotencyRecords(new MemoryRecordStore(100, () => clock.now), { secret: SECRET, pendingMs: 5_000 });
    await r.claim(SCOPE, INPUT);
    clock.now += 5_000;
    expect(await r.claim(SCOPE, INPUT)).toMatchObject({ kind: "claimed" });
  });

  it("answers unavailable when the store fails, and settles without throwing", async () => {
    const r = records(failing);
    expect(await r.claim(SCOPE, INPUT)).toEqual({ kind: "unavailable", retryAfterSeconds: 2 });
    const ticket = { key: "k", fingerprint: "f", claim: "c", before: undefined };
    await expect(r.settle(ticket, { kind: "in-doubt" })).resolves.toBeUndefined();
  });

  it("never writes the password, nor anything from which it follows without the secret", async () => {
    const store = new VisibleRecordStore();
    const r = records(store);
    const claim = await r.claim(SCOPE, INPUT);
    if (claim.kind !== "claimed") throw new Error("not claimed");
    await r.settle(claim.ticket, { kind: "done", result: { ok: true, value: { brokerId: "b-1", username: "app" } } });
    const written = store.written.join("\n");
    expect(store.written).toHaveLength(2);
    expect(written).not.toContain(PASSWORD);
    expect(written).not.toContain(Buffer.from(PASSWORD).toString("base64"));
    // The plain hash of the input, which a guess could be tested against, is not written either.
    expect(written).not.toContain(createHash("sha256").update(canonicalJson(INPUT)).digest("base64url"));
  });
});
