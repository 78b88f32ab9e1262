/**
 * Bookkeeping done once per turn of the event loop, for everything that was added in it: after the
 * answers of that turn were handed to the socket, and in one loop, so that the code and data it uses stay
 * warm (the operation log line and the metrics cost the gateway measurably more CPU done one request at a
 * time, between the other work of each request).
 *
 * A handler that throws loses only its own item: the others are still handled, and the failure becomes
 * one process warning per batch (on standard error) instead of an uncaught exception that would end the
 * process, since no request is left to answer with it.
 */
export class TurnBatch<T> {
  private items: T[] = [];

  /** @param name what the batch does, for the warning (`operation log`) */
  constructor(
    private readonly name: string,
    private readonly handle: (item: T) => void,
  ) {}

  add(item: T): void {
    if (this.items.push(item) === 1) setImmediate(this.flush);
  }

  /** Handles what was added and not handled yet (the turn's end does it by itself). */
  readonly flush = (): void => {
    const items = this.items;
    this.items = [];
    let failed = 0;
    let first: unknown;
    for (const item of items) {
      try {
        this.handle(item);
      } catch (error) {
        if (failed++ === 0) first = error;
      }
    }
    if (failed > 0) {
      const reason = first instanceof Error ? first.message : String(first);
      process.emitWarning(`${this.name}: ${failed} of ${items.length} items failed (${reason})`, "TurnBatchWarning");
    }
  };
}
