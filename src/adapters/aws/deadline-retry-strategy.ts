import { MAXIMUM_RETRY_DELAY, Retry, StandardRetryStrategy } from "@smithy/core/retry";
import { deadlineOf } from "./deadline";

type Token = Awaited<ReturnType<StandardRetryStrategy["acquireInitialRetryToken"]>>;
type ErrorInfo = Parameters<StandardRetryStrategy["refreshRetryTokenForRetry"]>[1];

/** How far past the backoff a Retry-After hint may push the next attempt (as the SDK's standard strategy). */
const RETRY_AFTER_CAP_MS = 5_000;

/** The standard strategy decides; it does not sleep: this strategy picks the delay, the SDK's retry middleware waits it. */
const NO_WAIT = { computeNextBackoffDelay: () => 0, setDelayBase: () => {} };

/**
 * The SDK's standard retries (which errors, how many attempts, the retry quota) and its backoff (full
 * jitter, from a larger base after throttling, at least a Retry-After hint), with one more rule: a retry
 * whose backoff would not end before the call's deadline is not taken, and the attempt's error is the
 * answer. Without it the deadline would often pass during a throttling backoff and turn "slow down"
 * into "unavailable", having waited for nothing.
 */
export class DeadlineRetryStrategy {
  private readonly standard: StandardRetryStrategy;

  constructor(maxAttempts: number) {
    this.standard = new StandardRetryStrategy({ maxAttempts, backoff: NO_WAIT });
  }

  acquireInitialRetryToken(scope: string): Promise<Token> {
    return this.standard.acquireInitialRetryToken(scope);
  }

  async refreshRetryTokenForRetry(token: Token, info: ErrorInfo): Promise<Token> {
    const delay = backoffDelay(token.getRetryCount(), info);
    const deadline = deadlineOf(info.error);
    if (deadline && (deadline.expired || delay >= deadline.remainingMs())) {
      throw new Error("No retry: its backoff would not end before the call's deadline");
    }
    const next = await this.standard.refreshRetryTokenForRetry(token, { error: info.error, errorType: info.errorType });
    return { getRetryCount: () => next.getRetryCount(), getRetryCost: () => next.getRetryCost(), getRetryDelay: () => delay };
  }

  recordSuccess(token: Token): void {
    this.standard.recordSuccess(token);
  }
}

/** The standard strategy's backoff before retry number `retries + 1`. */
export function backoffDelay(retries: number, info: ErrorInfo): number {
  const base = info.errorType === "THROTTLING" ? Retry.throttlingDelay() : Retry.delay();
  const jittered = Math.floor(Math.random() * Math.min(base * 2 ** retries, MAXIMUM_RETRY_DELAY));
  if (!(info.retryAfterHint instanceof Date)) return jittered;
  return Math.max(jittered, Math.min(info.retryAfterHint.getTime() - Date.now(), jittered + RETRY_AFTER_CAP_MS));
}
