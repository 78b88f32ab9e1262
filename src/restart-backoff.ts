/** A worker up at least this long counts as having started well: the next death starts a new streak. */
export const STABLE_MS = 10_000;
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 15_000;

/**
 * How long to wait before replacing a worker that died: at once after a death that ends a stable run,
 * then doubling from FIRST_DELAY_MS up to MAX_DELAY_MS while replacements keep dying young, so that a
 * crash loop (a bad deploy, a dependency that kills every worker) does not fork as fast as it can.
 */
export class RestartBackoff {
  private streak = 0;

  /** The delay before replacing a worker that was up `uptimeMs`. */
  next(uptimeMs: number): number {
    if (uptimeMs >= STABLE_MS) this.streak = 0;
    const delay = this.streak === 0 ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (this.streak - 1));
    this.streak += 1;
    return delay;
  }
}
