import { AsyncLocalStorage } from "node:async_hooks";

/** One subscriber of a shared poll. */
export interface Watcher<S> {
  /** A state that differs from the one before it. */
  next(state: S): void;
  /** The poll itself failed (a bug, not an upstream fault): the poll of this key ends. */
  fail(error: unknown): void;
}

export interface SharedPollOptions<S> {
  /** Time from the end of one poll to the start of the next, while all is well. */
  readonly intervalMs: number;
  /** The longest wait between polls while the upstream is in trouble. */
  readonly maxBackoffMs: number;
  /** States that compare the same are sent once: only changes reach the watchers. */
  readonly same: (a: S, b: S) => boolean;
  /**
   * Undefined for a state that says all is well; for one that says the upstream is in trouble
   * (throttling, unavailable), the least time to wait before polling again (its retry hint, or 0).
   */
  readonly trouble: (state: S) => number | undefined;
}

/**
 * Polls each watched key on its own, once per interval, however many watchers it has: they share each
 * poll's state. A new watcher gets the latest known state at once, or the first poll's. While the
 * upstream is in trouble the wait doubles, up to `maxBackoffMs`, and is never shorter than its hint.
 * When a key's last watcher leaves, its polling stops.
 */
export class SharedPoll<K, S> {
  private readonly polls = new Map<K, KeyPoll<S>>();

  constructor(
    private readonly fetch: (key: K) => Promise<S>,
    private readonly options: SharedPollOptions<S>,
  ) {}

  /** Starts watching `key`; the function returned stops. */
  watch(key: K, watcher: Watcher<S>): () => void {
    let poll = this.polls.get(key);
    if (!poll) {
      poll = new KeyPoll(
        () => this.fetch(key),
        this.options,
        () => this.polls.delete(key),
      );
      this.polls.set(key, poll);
    }
    return poll.add(watcher);
  }

  /** How many keys are being polled. */
  get size(): number {
    return this.polls.size;
  }
}

/**
 * Runs a function in the async context of this module's loading, which is no request's: a key's polls
 * serve all its watchers, so they run outside the first one's context (its trace, which a timer chain
 * would otherwise carry to every later poll long after that watcher left).
 */
const detached = AsyncLocalStorage.snapshot();

class KeyPoll<S> {
  private readonly watchers = new Set<Watcher<S>>();
  private latest: { readonly state: S } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private troubles = 0;
  private ended = false;

  constructor(
    private readonly fetch: () => Promise<S>,
    private readonly options: SharedPollOptions<S>,
    private readonly onEnd: () => void,
  ) {
    detached(() => void this.poll());
  }

  add(watcher: Watcher<S>): () => void {
    this.watchers.add(watcher);
    const known = this.latest;
    // In a microtask: the watcher holds its way out before its first state arrives. A newer state that
    // reached the watcher meanwhile (a poll ending in between) is not followed by this older one.
    if (known) queueMicrotask(() => this.latest === known && this.watchers.has(watcher) && watcher.next(known.state));
    return () => {
      if (this.watchers.delete(watcher) && this.watchers.size === 0) this.end();
    };
  }

  private async poll(): Promise<void> {
    this.timer = undefined;
    let state: S;
    try {
      state = await this.fetch();
    } catch (error) {
      if (this.ended) return;
      const watchers = [...this.watchers];
      this.end();
      for (const watcher of watchers) watcher.fail(error);
      return;
    }
    if (this.ended) return;
    if (!this.latest || !this.options.same(this.latest.state, state)) {
      this.latest = { state };
      // A copy: a watcher that got its last state leaves while this runs.
      for (const watcher of [...this.watchers]) watcher.next(state);
    }
    if (!this.ended) this.timer = setTimeout(() => void this.poll(), this.delayAfter(state));
  }

  private delayAfter(state: S): number {
    const { intervalMs, maxBackoffMs, trouble } = this.options;
    const hintMs = trouble(state);
    if (hintMs === undefined) {
      this.troubles = 0;
      return intervalMs;
    }
    this.troubles += 1;
    return Math.max(hintMs, intervalMs, Math.min(maxBackoffMs, intervalMs * 2 ** this.troubles));
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.timer);
    this.watchers.clear();
    this.onEnd();
  }
}
