import { describe, expect, it, vi } from "vitest";
import { EventQueue } from "../../src/watch/event-queue";

describe("EventQueue", () => {
  it("gives what was pushed in order, to a reader that waits or comes later", async () => {
    const queue = new EventQueue<number>();
    const waiting = queue.next();
    queue.push(1);
    queue.push(2);
    expect(await waiting).toEqual({ value: 1, done: false });
    expect(await queue.next()).toEqual({ value: 2, done: false });
  });

  it("lets the reader finish what was pushed after end, then is done; pushes after end are dropped", async () => {
    const queue = new EventQueue<number>();
    queue.push(1);
    queue.end();
    queue.push(2);
    const read: number[] = [];
    for await (const value of queue) read.push(value);
    expect(read).toEqual([1]);
  });

  it("ends a waiting reader when ended", async () => {
    const queue = new EventQueue<number>();
    const waiting = queue.next();
    queue.end();
    expect(await waiting).toEqual({ value: undefined, done: true });
  });

  it("stops at once on the reader's return, even while a next waits, and runs onReturn once", async () => {
    const onReturn = vi.fn();
    const queue = new EventQueue<number>(onReturn);
    queue.push(1);
    await queue.next();
    const waiting = queue.next();
    expect(await queue.return()).toEqual({ value: undefined, done: true });
    expect(await waiting).toEqual({ value: undefined, done: true });
    await queue.return();
    expect(onReturn).toHaveBeenCalledTimes(1);
  });

  it("does not run onReturn when the producer ended it first", async () => {
    const onReturn = vi.fn();
    const queue = new EventQueue<number>(onReturn);
    queue.end();
    await queue.return();
    expect(onReturn).not.toHaveBeenCalled();
  });
});
