import { describe, expect, it } from "vitest";
import type { RecordStore } from "../../src/idempotency/record-store";

const TTL_MS = 60_000;

/** What every store of idempotency records does, in memory or in Redis: the same answers to the same calls. */
export function describeRecordStoreContract(name: string, setup: () => RecordStore): void {
  describe(`RecordStore contract: ${name}`, () => {
    let n = 0;
    const key = () => `contract-${name}-${Date.now()}-${++n}`;

    it("stores a value when the key holds none, and answers the value held otherwise, keeping it", async () => {
      const store = setup();
      const k = key();
      expect(await store.setIfAbsent(k, "first", TTL_MS)).toBeUndefined();
      expect(await store.setIfAbsent(k, "second", TTL_MS)).toBe("first");
      expect(await store.setIfAbsent(k, "third", TTL_MS)).toBe("first");
    });

    it("replaces a value only while the key holds the expected one", async () => {
      const store = setup();
      const k = key();
      await store.setIfAbsent(k, "claim", TTL_MS);
      expect(await store.replace(k, "claim", "answer", TTL_MS)).toBe(true);
      expect(await store.replace(k, "claim", "late writer", TTL_MS)).toBe(false);
      expect(await store.setIfAbsent(k, "other", TTL_MS)).toBe("answer");
    });

    it("deletes the key when the replacement is undefined, so the next claim stores", async () => {
      const store = setup();
      const k = key();
      await store.setIfAbsent(k, "claim", TTL_MS);
      expect(await store.replace(k, "claim", undefined, TTL_MS)).toBe(true);
      expect(await store.setIfAbsent(k, "again", TTL_MS)).toBeUndefined();
    });

    it("replaces nothing under a key that holds nothing", async () => {
      const store = setup();
      const k = key();
      expect(await store.replace(k, "claim", "answer", TTL_MS)).toBe(false);
      expect(await store.setIfAbsent(k, "fresh", TTL_MS)).toBeUndefined();
    });

    it("keeps keys apart, and values as given (JSON with any characters)", async () => {
      const store = setup();
      const [a, b] = [key(), key()];
      const value = JSON.stringify({ state: "done", text: "ünïcødé \" ' \\ 🙂" });
      await store.setIfAbsent(a, value, TTL_MS);
      expect(await store.setIfAbsent(b, "b", TTL_MS)).toBeUndefined();
      expect(await store.setIfAbsent(a, "x", TTL_MS)).toBe(value);
    });
  });
}
