import { describe, expect, it } from "vitest";
import { MemoryRecordStore } from "../../src/idempotency/memory-record-store";
import { describeRecordStoreContract } from "../contract/record-store.contract";

describeRecordStoreContract("memory", () => new MemoryRecordStore());

/** A store on a clock the test moves. */
function clocked(maxRecords = 100) {
  const clock = { now: 1_000_000 };
  return { clock, store: new MemoryRecordStore(maxRecords, () => clock.now) };
}

describe("MemoryRecordStore: expiry and its cap", () => {
  it("forgets a record once its time is up, and a replaced one after its new time", async () => {
    const { clock, store } = clocked();
    await store.setIfAbsent("k", "claim", 1_000);
    clock.now += 999;
    expect(await store.setIfAbsent("k", "other", 1_000)).toBe("claim");
    expect(await store.replace("k", "claim", "answer", 5_000)).toBe(true);
    clock.now += 4_999;
    expect(await store.setIfAbsent("k", "other", 1_000)).toBe("answer");
    clock.now += 1;
    expect(await store.setIfAbsent("k", "fresh", 1_000)).toBeUndefined();
  });

  it("does not replace an expired record", async () => {
    const { clock, store } = clocked();
    await store.setIfAbsent("k", "claim", 1_000);
    clock.now += 1_000;
    expect(await store.replace("k", "claim", "answer", 1_000)).toBe(false);
    expect(await store.setIfAbsent("k", "fresh", 1_000)).toBeUndefined();
  });

  it("holds at most its cap: the oldest record goes first, a replaced one counts as new", async () => {
    const { store } = clocked(3);
    for (const k of ["a", "b", "c"]) await store.setIfAbsent(k, k, 60_000);
    await store.replace("a", "a", "a2", 60_000);
    await store.setIfAbsent("d", "d", 60_000);
    expect(store.size).toBe(3);
    expect(await store.setIfAbsent("c", "x", 60_000)).toBe("c");
    expect(await store.setIfAbsent("a", "x", 60_000)).toBe("a2");
    expect(await store.setIfAbsent("d", "x", 60_000)).toBe("d");
    expect(await store.setIfAbsent("b", "x", 60_000)).toBeUndefined();
  });

  it("sweeps expired records out before it evicts a live one", async () => {
    const { clock, store } = clocked(3);
    await store.setIfAbsent("live", "live", 3_600_000);
    await store.setIfAbsent("short-1", "s", 1_000);
    await store.setIfAbsent("short-2", "s", 1_000);
    clock.now += 120_000; // past the records' time and the sweep interval
    await store.setIfAbsent("new", "new", 1_000);
    expect(store.size).toBe(2);
    expect(await store.setIfAbsent("live", "x", 1_000)).toBe("live");
  });
});
