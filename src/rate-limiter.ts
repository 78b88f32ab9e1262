import type { CallerLimit } from "./graphql/call-runner";

/** Sweeps idle buckets once this many callers are tracked, so memory stays bounded. */
const SWEEP_AT = 10_000;

/**
 * A token bucket per caller, in memory: `burst` calls at once, refilled at `perMinute`.
 * `perMinute` 0 turns the limit off.
 */
export class RateLimiter implements CallerLimit {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  /** The size that triggers the next sweep: doubles when a sweep frees little, so sweeps stay rare. */
  private sweepAt = SWEEP_AT;

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async take(key: string): Promise<number> {
    return this.takeNow(key);
  }

  /** Takes a token for `key`: 0 when the call may go, else the whole seconds until a token is back. */
  takeNow(key: string): number {
    if (this.perMinute === 0) return 0;
    const now = this.now();
    const bucket = this.refilled(this.buckets.get(key), now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      if (this.buckets.size > this.sweepAt) this.sweep(now);
      return 0;
    }
    this.buckets.set(key, bucket);
    return Math.max(1, Math.ceil(((1 - bucket.tokens) * 60_000) / this.perMinute / 1000));
  }

  private refilled(bucket: { tokens: number; at: number } | undefined, now: number) {
    if (!bucket) return { tokens: this.burst, at: now };
    const tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000);
    return { tokens, at: now };
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) if (this.refilled(bucket, now).tokens >= this.burst) this.buckets.delete(key);
    this.sweepAt = Math.max(SWEEP_AT, this.buckets.size * 2);
  }
}
