import { describe, expect, it, vi } from "vitest";
import { TurnBatch } from "../../src/server/turn-batch";

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("TurnBatch: bookkeeping once per turn of the event loop", () => {
  it("handles what was added in a turn after that turn, in order, once", async () => {
    const handled: number[] = [];
    const batch = new TurnBatch("test", (n: number) => handled.push(n));
    batch.add(1);
    batch.add(2);
    await Promise.resolve();
    batch.add(3);
    expect(handled, "nothing is handled during the turn").toEqual([]);
    await nextTurn();
    expect(handled).toEqual([1, 2, 3]);
    await nextTurn();
    expect(handled, "nothing is handled twice").toEqual([1, 2, 3]);
  });

  it("starts a new batch for what is added after one was handled", async () => {
    const handled: number[] = [];
    const batch = new TurnBatch("test", (n: number) => handled.push(n));
    batch.add(1);
    await nextTurn();
    batch.add(2);
    await nextTurn();
    expect(handled).toEqual([1, 2]);
  });

  it("flush handles what waits at once, and the turn's end does not handle it again", async () => {
    const handled: number[] = [];
    const batch = new TurnBatch("test", (n: number) => handled.push(n));
    batch.add(1);
    batch.add(2);
    batch.flush();
    expect(handled).toEqual([1, 2]);
    batch.add(3);
    await nextTurn();
    expect(handled).toEqual([1, 2, 3]);
  });

  it("what a handler adds waits for the next turn", async () => {
    const handled: number[] = [];
    const batch: TurnBatch<number> = new TurnBatch("test", (n: number) => {
      handled.push(n);
      if (n < 3) batch.add(n + 1);
    });
    batch.add(1);
    await nextTurn();
    expect(handled).toEqual([1]);
    await nextTurn();
    await nextTurn();
    expect(handled).toEqual([1, 2, 3]);
  });

  it("a handler that throws loses only its item: the rest are handled and one warning names the failure", async () => {
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    const uncaught = vi.fn();
    process.on("uncaughtException", uncaught);
    try {
      const handled: number[] = [];
      const batch = new TurnBatch("test batch", (n: number) => {
        if (n % 2 === 0) throw new Error(`item ${n} refused`);
        handled.push(n);
      });
      for (const n of [1, 2, 3, 4, 5]) batch.add(n);
      await nextTurn();
      expect(handled).toEqual([1, 3, 5]);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn).toHaveBeenCalledWith("test batch: 2 of 5 items failed (item 2 refused)", "TurnBatchWarning");
      batch.add(7);
      await nextTurn();
      expect(handled, "the batch goes on after a failure").toEqual([1, 3, 5, 7]);
      expect(warn, "no warning for a batch without failures").toHaveBeenCalledTimes(1);
      expect(uncaught).not.toHaveBeenCalled();
    } finally {
      process.off("uncaughtException", uncaught);
      warn.mockRestore();
    }
  });
});
