import type { Result } from "../ports/result";
import type { RateLimiter } from "../rate-limiter";
import type { Violation } from "../validation/violation";
import type { GatewayContext } from "./context";
import { InputValidationError } from "./input-validation-error";
import { RateLimited } from "./rate-limited";

export interface MutationPlan<T, F, M> {
  readonly field: string;
  readonly violations: readonly Violation[];
  readonly call: () => Promise<Result<T, F>>;
  readonly success: (value: T) => M;
  readonly fault: (fault: F) => M;
}

/**
 * The path every AWS-calling mutation takes: input rules, then the caller's rate limit, then the port,
 * then the union member; the outcome is recorded for the operation log.
 */
export class MutationRunner {
  constructor(private readonly limiter: RateLimiter) {}

  async run<T, F, M extends object>(context: GatewayContext, plan: MutationPlan<T, F, M>): Promise<M | InputValidationError | RateLimited> {
    if (plan.violations.length > 0) return this.record(context, plan.field, InputValidationError.of("input", plan.violations));
    const wait = this.limiter.take(context.identity?.id ?? "anonymous");
    if (wait > 0) return this.record(context, plan.field, RateLimited.of(wait));
    const result = await plan.call();
    const member = result.ok ? plan.success(result.value) : plan.fault(result.fault);
    return this.record(context, plan.field, member, result.call?.requestId, result.call?.attempts);
  }

  private record<M extends object>(context: GatewayContext, field: string, member: M, awsRequestId?: string, attempts?: number): M {
    context.calls.push({ field, outcome: member.constructor.name, awsRequestId, attempts });
    return member;
  }
}
