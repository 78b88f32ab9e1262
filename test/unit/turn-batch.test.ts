import { describe, expect, it } from "vitest";
import { TurnBatch } from "../../src/turn-batch";

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("TurnBatch: bookkeeping once per turn of the event loop", () => {
  it("handles what was added in a turn after that turn, in order, once", async () => {
    const handled: number[] = [];
    const batch = new TurnBatch((n: number) => handled.push(n));
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
    const batch = new TurnBatch((n: number) => handled.push(n));
    batch.add(1);
    await nextTurn();
    batch.add(2);
    await nextTurn();
    expect(handled).toEqual([1, 2]);
  });

  it("flush handles what waits at once, and the turn's end does not handle it again", async () => {
    const handled: number[] = [];
    const batch = new TurnBatch((n: number) => handled.push(n));
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
    const batch: TurnBatch<number> = new TurnBatch((n: number) => {
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
});
