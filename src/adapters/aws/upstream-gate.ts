import type { AwsCallBudget } from "./aws-call-budget";
import { Deadline } from "./deadline";

/** A call refused because the service already had its maximum of calls in flight for too long. */
export class UpstreamBusy extends Error {
  override readonly name = "UpstreamBusy";
}

/** A call refused without being sent: the service's budget of calls per second stayed spent while it could wait. */
export class UpstreamOverBudget extends Error {
  override readonly name = "UpstreamOverBudget";
  /** What the operation log and the metrics read: no attempt reached AWS. */
  readonly $metadata = { attempts: 0 };

  constructor(readonly retryAfterSeconds: number) {
    super(`the budget of AWS calls per second is spent; retry after ${retryAfterSeconds} s`);
  }
}

/** The whole-call deadline passed (all attempts and backoff included). */
export class UpstreamDeadline extends Error {
  override readonly name = "UpstreamDeadline";
}

/**
 * Bounds the calls to one AWS service: at most `maxInflight` at once, the rest waiting in line at most
 * `queueTimeoutMs` (then UpstreamBusy), and each call aborted at `timeoutMs` (then UpstreamDeadline, or
 * the throttling error when AWS's last answer before the deadline was throttling). With a budget, a call
 * first takes a token of the service's calls per second (aws-call-budget.ts).
 */
export class UpstreamGate {
  private inflight = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limits: { readonly maxInflight: number; readonly queueTimeoutMs: number; readonly timeoutMs: number },
    private readonly budget?: AwsCallBudget,
  ) {}

  async run<T>(call: (deadline: Deadline) => Promise<T>): Promise<T> {
    // The token before the slot, so that calls waiting for the next second hold no slot; the two waits
    // share queueTimeoutMs, the longest a call waits before it is sent or refused.
    const waitedMs = this.budget ? await this.budget.take(this.limits.queueTimeoutMs) : 0;
    await this.enter(this.limits.queueTimeoutMs - waitedMs);
    // Not AbortSignal.timeout(): its timer stays armed for the whole deadline after the call has ended,
    // so under load thousands of signals and timers stay alive, and it costs more than this.
    const deadline = new Deadline(this.limits.timeoutMs);
    // The call ends at the deadline even where the SDK does not watch the signal (a retry's backoff
    // sleep: the retry strategy starts none that would end later, but a busy event loop can stretch
    // one); whatever it still does then fails at once, since its next request is aborted.
    let expire!: (reason: unknown) => void;
    const expired = new Promise<never>((_, reject) => (expire = reject));
    const timer = setTimeout(() => {
      const reason = new DOMException("The deadline passed.", "TimeoutError");
      deadline.expire(reason);
      expire(reason);
    }, this.limits.timeoutMs);
    try {
      return await Promise.race([call(deadline), expired]);
    } catch (error) {
      if (deadline.expired) throw deadline.throttling() ?? new UpstreamDeadline(`no answer within ${this.limits.timeoutMs} ms`, { cause: error });
      throw error;
    } finally {
      clearTimeout(timer);
      this.leave();
    }
  }

  private enter(queueTimeoutMs: number): Promise<void> {
    if (this.inflight < this.limits.maxInflight) {
      this.inflight += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const admit = () => {
        clearTimeout(timer);
        this.inflight += 1;
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(admit), 1);
        reject(new UpstreamBusy(`${this.limits.maxInflight} calls already in flight`));
      }, queueTimeoutMs);
      this.waiting.push(admit);
    });
  }

  private leave(): void {
    this.inflight -= 1;
    this.waiting.shift()?.();
  }
}
