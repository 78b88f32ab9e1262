/**
 * An async iterator fed by pushes: what a subscription's events are read from. `end` lets the reader
 * finish what was pushed, then stop; the reader's `return` (the client left) stops at once, even while
 * a `next` waits, and runs `onReturn`. An async generator could not: its `return` waits for the
 * generator's pending `await`.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly pending: T[] = [];
  private waiting: ((result: IteratorResult<T, undefined>) => void) | undefined;
  private ended = false;

  constructor(private readonly onReturn: () => void = () => {}) {}

  push(value: T): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value, done: false });
    } else this.pending.push(value);
  }

  /** No more values: the reader gets what was pushed, then done. */
  end(): void {
    this.ended = true;
    this.settle();
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.pending.length > 0) return Promise.resolve({ value: this.pending.shift() as T, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T, undefined>> {
    const first = !this.ended;
    this.pending.length = 0;
    this.end();
    if (first) this.onReturn();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private settle(): void {
    if (!this.waiting || this.pending.length > 0) return;
    const resolve = this.waiting;
    this.waiting = undefined;
    resolve({ value: undefined, done: true });
  }
}
