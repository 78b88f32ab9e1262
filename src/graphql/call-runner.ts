import type { AwsField } from "../operations";
import type { Result } from "../ports/result";
import type { Violation } from "../validation/violation";
import type { CallRecord, GatewayContext } from "./context";
import { InputValidationError } from "./input-validation-error";
import { RateLimited } from "./rate-limited";

/** A caller's rate limit: 0 when the call may go, else the whole seconds until it may. */
export interface CallerLimit {
  take(caller: string): Promise<number>;
}

export interface CallPlan<T, F, M> {
  readonly field: AwsField;
  /** The field's input violations, each path from the argument name down (`inInput` for an `input` argument). */
  readonly violations: readonly Violation[];
  readonly call: () => Promise<Result<T, F>>;
  readonly success: (value: T) => M;
  readonly fault: (fault: F) => M;
}

/** Watches the calls that reach a port (for metrics): when each begins, and how it ended. */
export interface UpstreamObserver {
  began(field: AwsField): void;
  ended(record: CallRecord, seconds: number): void;
}

/**
 * The path every AWS-calling field takes (queries and mutations alike): input rules, then the caller's
 * rate limit, then the port, then the union member; the outcome is recorded for the operation log.
 */
export class CallRunner {
  /**
   * @param typename a member's GraphQL type name: its `__typename`, as the operation log and metrics
   *   report it (a class's own name does not survive bundling: esbuild renames self-referencing classes)
   */
  constructor(
    private readonly limiter: CallerLimit,
    private readonly typename: (member: object) => string,
    private readonly observer?: UpstreamObserver,
  ) {}

  async run<T, F, M extends object>(context: GatewayContext, plan: CallPlan<T, F, M>): Promise<M | InputValidationError | RateLimited> {
    if (plan.violations.length > 0) return this.record(context, plan.field, InputValidationError.of(plan.violations));
    const limited = await this.limit(context, plan.field);
    if (limited) return limited;
    const { member, record } = await this.call(plan);
    context.calls.push(record);
    return member;
  }

  /** Takes a token of the caller's rate limit: RateLimited (recorded) when there is none. */
  async limit(context: GatewayContext, field: AwsField): Promise<RateLimited | undefined> {
    const wait = await this.limiter.take(context.identity?.id ?? "anonymous");
    return wait > 0 ? this.record(context, field, RateLimited.of(wait)) : undefined;
  }

  /**
   * Calls the port, on a caller's behalf or the gateway's own (a subscription's poll): the observer sees
   * the call, and the record says how it ended. A thrown error (masked as INTERNAL_SERVER_ERROR) is
   * observed as that and rethrown.
   */
  async call<T, F, M extends object>(plan: Omit<CallPlan<T, F, M>, "violations">): Promise<{ result: Result<T, F>; member: M; record: CallRecord }> {
    this.observer?.began(plan.field);
    const started = performance.now();
    let ended: CallRecord = { field: plan.field, outcome: "INTERNAL_SERVER_ERROR" };
    try {
      const result = await plan.call();
      const member = result.ok ? plan.success(result.value) : plan.fault(result.fault);
      ended = { field: plan.field, outcome: this.typename(member), awsRequestId: result.call?.requestId, attempts: result.call?.attempts };
      return { result, member, record: ended };
    } finally {
      this.observer?.ended(ended, (performance.now() - started) / 1000);
    }
  }

  /** An answer the gateway gave itself, without calling the port: recorded as the field's outcome. */
  record<M extends object>(context: GatewayContext, field: AwsField, member: M): M {
    context.calls.push({ field, outcome: this.typename(member) });
    return member;
  }
}
