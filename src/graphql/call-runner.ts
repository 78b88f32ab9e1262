import type { IdempotencyRecords, Settlement } from "../idempotency/idempotency-records";
import { keyedCall, settlementOf } from "../idempotency/keyed-call";
import type { Settle } from "../idempotency/settle-creates";
import type { AwsField } from "../operations";
import type { Result } from "../ports/result";
import type { Violation } from "../validation/violation";
import type { CallRecord, GatewayContext } from "./context";
import { IdempotencyInProgress, IdempotencyKeyReused, type IdempotencyMember, IdempotencyUnavailable } from "./idempotency-members";
import { InputValidationError } from "./input-validation-error";
import { RateLimited } from "./rate-limited";

/** A caller's rate limit: 0 when the call may go, else the whole seconds until it may. */
export interface CallerLimit {
  take(caller: string): Promise<number>;
}

export interface CallPlan<T, F extends { readonly code: string }, M> {
  readonly field: AwsField;
  /** The field's input violations, each path from the argument name down (`inInput` for an `input` argument). */
  readonly violations: readonly Violation[];
  readonly call: () => Promise<Result<T, F>>;
  readonly success: (value: T) => M;
  readonly fault: (fault: F) => M;
  /** A mutation's: what its idempotencyKey guards. */
  readonly idempotency?: IdempotencyPlan<T, F>;
}

export interface IdempotencyPlan<T, F extends { readonly code: string }> {
  /** The caller's idempotencyKey; without one the call is not guarded, and no record is read or written. */
  readonly key: string | null | undefined;
  /** What the record's fingerprint covers: the request as the port takes it (never the key). */
  readonly input: unknown;
  /** A create's: how a call that may have taken effect is settled by reading AWS; other mutations call again. */
  readonly settle?: Settle<T, F>;
}

/** Watches the calls that reach a port (for metrics): when each begins, and how it ended. */
export interface UpstreamObserver {
  began(field: AwsField): void;
  ended(record: CallRecord, seconds: number): void;
}

type GatewayMember = InputValidationError | RateLimited;

/**
 * The path every AWS-calling field takes (queries and mutations alike): input rules, then a mutation's
 * idempotency key (a replay, or a refusal, ends here), then the caller's rate limit, then the port, then
 * the union member; the outcome is recorded for the operation log, and for the key.
 */
export class CallRunner {
  /**
   * @param typename a member's GraphQL type name: its `__typename`, as the operation log and metrics
   *   report it (a class's own name does not survive bundling: esbuild renames self-referencing classes)
   */
  constructor(
    private readonly limiter: CallerLimit,
    private readonly typename: (member: object) => string,
    private readonly records: IdempotencyRecords,
    private readonly observer?: UpstreamObserver,
  ) {}

  run<T, F extends { readonly code: string }, M extends object>(
    context: GatewayContext,
    plan: CallPlan<T, F, M> & { readonly idempotency: IdempotencyPlan<T, F> },
  ): Promise<M | GatewayMember | IdempotencyMember>;
  run<T, F extends { readonly code: string }, M extends object>(context: GatewayContext, plan: CallPlan<T, F, M>): Promise<M | GatewayMember>;
  async run<T, F extends { readonly code: string }, M extends object>(
    context: GatewayContext,
    plan: CallPlan<T, F, M>,
  ): Promise<M | GatewayMember | IdempotencyMember> {
    if (plan.violations.length > 0) return this.record(context, plan.field, InputValidationError.of(plan.violations));
    const key = plan.idempotency?.key;
    if (plan.idempotency && key != null) return this.runKeyed(context, plan, plan.idempotency, key);
    const limited = await this.limit(context, plan.field);
    if (limited) return limited;
    const { member, record } = await this.call(plan);
    context.calls.push(record);
    return member;
  }

  /** Takes a token of the caller's rate limit: RateLimited (recorded) when there is none. */
  async limit(context: GatewayContext, field: AwsField): Promise<RateLimited | undefined> {
    const wait = await this.limiter.take(callerOf(context));
    return wait > 0 ? this.record(context, field, RateLimited.of(wait)) : undefined;
  }

  /**
   * Calls the port, on a caller's behalf or the gateway's own (a subscription's poll): the observer sees
   * the call, and the record says how it ended. A thrown error (masked as INTERNAL_SERVER_ERROR) is
   * observed as that and rethrown.
   */
  async call<T, F extends { readonly code: string }, M extends object>(
    plan: Omit<CallPlan<T, F, M>, "violations">,
  ): Promise<{ result: Result<T, F>; member: M; record: CallRecord }> {
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

  /**
   * A mutation with an idempotency key: a finished call's answer again, or a refusal (another input, still
   * running, no store), or the call, whose outcome the record keeps. A refusal before AWS and a thrown
   * error give the record back as it was.
   */
  private async runKeyed<T, F extends { readonly code: string }, M extends object>(
    context: GatewayContext,
    plan: CallPlan<T, F, M>,
    idempotency: IdempotencyPlan<T, F>,
    key: string,
  ): Promise<M | GatewayMember | IdempotencyMember> {
    const claim = await this.records.claim({ caller: callerOf(context), field: plan.field, key }, idempotency.input);
    switch (claim.kind) {
      case "replay": {
        const { result } = claim;
        return this.record(context, plan.field, result.ok ? plan.success(result.value as T) : plan.fault(result.fault as F));
      }
      case "reused":
        return this.record(context, plan.field, IdempotencyKeyReused.of());
      case "in-progress":
        return this.record(context, plan.field, IdempotencyInProgress.of(claim.retryAfterSeconds));
      case "unavailable":
        return this.record(context, plan.field, IdempotencyUnavailable.of(claim.retryAfterSeconds));
    }
    let settlement: Settlement = { kind: "release" };
    try {
      const limited = await this.limit(context, plan.field);
      if (limited) return limited;
      let doubt = false;
      const call = async (): Promise<Result<T, F>> => {
        const settled = await keyedCall(plan.call, idempotency.settle, claim.inDoubt);
        doubt = settled.doubt;
        return settled.result;
      };
      const { result, member, record } = await this.call({ ...plan, call });
      context.calls.push(record);
      settlement = settlementOf(result, doubt);
      return member;
    } finally {
      await this.records.settle(claim.ticket, settlement);
    }
  }
}

const callerOf = (context: GatewayContext): string => context.identity?.id ?? "anonymous";
