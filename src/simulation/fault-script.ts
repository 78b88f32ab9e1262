/** What a scripted fault does to one call. The wire emulator acts each out; the local adapters translate. */
export type InjectedFault =
  /** ElastiCache answers `Throttling` with HTTP 400, Amazon MQ HTTP 429. */
  | { readonly kind: "throttling" }
  /** HTTP 503. */
  | { readonly kind: "unavailable" }
  /** HTTP 500. */
  | { readonly kind: "internal" }
  /** The connection is reset before any answer. */
  | { readonly kind: "reset" }
  /** No answer, ever: the connection stays open. */
  | { readonly kind: "hang" }
  /** HTTP 200 with a body that does not parse: the call was carried out. */
  | { readonly kind: "malformed" }
  /** The call is carried out, then the connection is reset before any answer: a create whose answer was lost. */
  | { readonly kind: "lost" }
  /** HTTP 502 with an HTML error page, as a proxy in front of AWS would answer. */
  | { readonly kind: "html" }
  /** The call is answered normally after `ms` milliseconds. */
  | { readonly kind: "latency"; readonly ms: number };

/** A fault that changes the answer (latency only delays it). */
export type AnswerFault = Exclude<InjectedFault, { kind: "latency" }>;

/** Whether the call is carried out before the fault replaces its answer; other faults stop it before the rules run. */
export const carriedOut = (fault: AnswerFault): boolean => fault.kind === "malformed" || fault.kind === "lost";

/** An AWS action as IAM names it, e.g. "elasticache:CreateUserGroup" or "mq:CreateUser"; "*" matches all. */
export type Operation = string;

export interface FaultRule<F = InjectedFault> {
  readonly operation: Operation;
  readonly fault: F;
  /** How many calls it applies to; unlimited when not given. */
  readonly times?: number;
  /** The share of matching calls it applies to, from 0 to 1; every call when not given. */
  readonly rate?: number;
}

/** Scripted faults, by operation and by count or rate. The first rule that applies to a call wins. */
export class FaultScript<F = InjectedFault> {
  private rules: { rule: FaultRule<F>; remaining: number }[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  add(rule: FaultRule<F>): void {
    if (rule.rate !== undefined && !(rule.rate >= 0 && rule.rate <= 1)) throw new RangeError("rate must be from 0 to 1");
    this.rules.push({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.rules = [];
  }

  /** The rules that still apply, in order, each with the calls it has left when it has a count. */
  list(): (FaultRule<F> & { readonly remaining?: number })[] {
    return this.rules.filter((entry) => entry.remaining > 0).map(({ rule, remaining }) => (rule.times === undefined ? { ...rule } : { ...rule, remaining }));
  }

  /** The fault for this call of `operation`, if one applies; counts it against its rule. */
  take(operation: Operation): F | undefined {
    for (const entry of this.rules) {
      const { rule } = entry;
      if (entry.remaining <= 0 || (rule.operation !== "*" && rule.operation !== operation)) continue;
      if (rule.rate !== undefined && this.random() >= rule.rate) continue;
      entry.remaining -= 1;
      return rule.fault;
    }
    return undefined;
  }
}
