import { isThrottlingError } from "@smithy/core/retry";
import type { SdkError } from "./upstream-fault";

/** An attempt's abort signal, as the SDK's HTTP handler reads it (its `reason` becomes the abort error's cause). */
export interface AttemptSignal {
  aborted: boolean;
  reason: unknown;
  onabort: ((this: AttemptSignal) => void) | null;
}

/** On an attempt's error: the deadline of the call it belongs to (read by the retry strategy). */
const OF_CALL = Symbol("deadline of the call");

/**
 * One call's deadline, all attempts and backoffs included: the signals that abort its attempts' requests,
 * the time left, and what its attempts answered. When the deadline passes after an attempt AWS throttled, that
 * throttling is the call's answer: the caller should slow down, not take the upstream for unreachable.
 */
export class Deadline {
  private readonly endsAt: number;
  private attempts = 0;
  private lastFailure: SdkError | undefined;
  /** The signals handed to this call's attempts, aborted together at the deadline. */
  private readonly signals: AttemptSignal[] = [];
  /** Why the call ended, once the deadline has passed. */
  private ended: { reason: unknown } | undefined;

  constructor(timeoutMs: number) {
    this.endsAt = performance.now() + timeoutMs;
  }

  remainingMs(): number {
    return this.endsAt - performance.now();
  }

  /** Whether the deadline has passed (expire was called). */
  get expired(): boolean {
    return this.ended !== undefined;
  }

  /** Ends the call: aborts every attempt's request with `reason`. */
  expire(reason: unknown): void {
    this.ended = { reason };
    for (const signal of this.signals) {
      signal.aborted = true;
      signal.reason = reason;
      signal.onabort?.call(signal);
    }
  }

  /**
   * A signal for one attempt's HTTP request, aborted at the deadline. It has the shape of the SDK's own
   * AbortSignal type (`aborted`, `onabort`), which its HTTP handler takes: a plain object, not an
   * AbortController, whose event target costs more to make and to listen to than the rest of the gate.
   */
  attemptSignal(): AttemptSignal {
    const signal: AttemptSignal = { aborted: this.expired, reason: this.ended?.reason, onabort: null };
    this.signals.push(signal);
    return signal;
  }

  /** Called as each attempt (the first or a retry) sends its request. */
  attemptStarted(): void {
    this.attempts += 1;
  }

  /**
   * Called with each failed attempt's error: marks it with this deadline, and remembers it as the last
   * answer unless the deadline has passed (then the failure is the abort itself, which says nothing).
   */
  attemptFailed(error: unknown): void {
    if (typeof error !== "object" || error === null) return;
    Object.defineProperty(error, OF_CALL, { value: this, configurable: true });
    if (!this.expired) this.lastFailure = error as SdkError;
  }

  /** The last answer before the deadline, when it was throttling, with the attempts made (else undefined). */
  throttling(): SdkError | undefined {
    const error = this.lastFailure;
    if (!error || !isThrottlingError(error)) return undefined;
    error.$metadata = { ...error.$metadata, attempts: this.attempts };
    return error;
  }
}

/** The deadline of the call a failed attempt belonged to, if the attempt was sent with one. */
export function deadlineOf(error: unknown): Deadline | undefined {
  return typeof error === "object" && error !== null ? (error as { [OF_CALL]?: Deadline })[OF_CALL] : undefined;
}
