/**
 * Bookkeeping done once per turn of the event loop, for everything that was added in it: after the
 * answers of that turn were handed to the socket, and in one loop, so that the code and data it uses stay
 * warm (the operation log line and the metrics cost the gateway 5-10% more CPU done one request at a time,
 * between the other work of each request).
 */
export class TurnBatch<T> {
  private items: T[] = [];

  constructor(private readonly handle: (item: T) => void) {}

  add(item: T): void {
    if (this.items.push(item) === 1) setImmediate(this.flush);
  }

  /** Handles what was added and not handled yet (the turn's end does it by itself). */
  readonly flush = (): void => {
    const items = this.items;
    this.items = [];
    for (const item of items) this.handle(item);
  };
}
