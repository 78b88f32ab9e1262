/** Ends one counted subscription; calling it again does nothing. */
export type EndSubscription = () => void;

/** Each caller's open subscriptions, counted to cap them: in this process, or across replicas. */
export interface OpenSubscriptions {
  /** The most subscriptions one caller may have open. */
  readonly cap: number;
  /** Counts one more for `caller` if it has fewer than the cap open: how to end it, or undefined at the cap. */
  open(caller: string): Promise<EndSubscription | undefined>;
}

/** This process's own count, in memory: a caller is kept while it has a subscription open. */
export class LocalOpenSubscriptions implements OpenSubscriptions {
  private readonly counts = new Map<string, number>();

  constructor(readonly cap: number) {}

  async open(caller: string): Promise<EndSubscription | undefined> {
    return this.openNow(caller);
  }

  openNow(caller: string): EndSubscription | undefined {
    return this.count(caller) < this.cap ? this.add(caller) : undefined;
  }

  /** Counts one more whatever the cap: a subscription another count admitted, which this one must know of. */
  add(caller: string): EndSubscription {
    this.counts.set(caller, this.count(caller) + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const left = this.count(caller) - 1;
      if (left > 0) this.counts.set(caller, left);
      else this.counts.delete(caller);
    };
  }

  count(caller: string): number {
    return this.counts.get(caller) ?? 0;
  }
}
