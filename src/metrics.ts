import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { CallRecord } from "./graphql/context";
import type { UpstreamObserver } from "./graphql/mutation-runner";
import type { OperationReport } from "./graphql/operation-log";

/** The AWS command behind each AWS-calling field. Labels come only from fixed sets like this one. */
const COMMANDS: Readonly<Record<string, { service: string; command: string }>> = {
  createUserGroup: { service: "elasticache", command: "CreateUserGroup" },
  createBrokerUser: { service: "mq", command: "CreateUser" },
};
const UNKNOWN = { service: "unknown", command: "unknown" };
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Prometheus metrics (prom-client), one registry per gateway. Label values are field names, result
 * `__typename`s and error codes: never caller ids, tokens or input values.
 */
export class GatewayMetrics implements UpstreamObserver {
  readonly registry = new Registry();
  private readonly operations = this.counter("gateway_operations_total", "GraphQL operations by AWS-calling field (or other) and outcome (__typename or top-level error code).", ["operation", "outcome"]);
  private readonly durations = new Histogram({ name: "gateway_operation_duration_seconds", help: "GraphQL operation duration.", labelNames: ["operation"], buckets: SECONDS, registers: [this.registry] });
  private readonly calls = this.counter("gateway_aws_calls_total", "AWS calls by service, command and outcome (__typename).", ["service", "command", "outcome"]);
  private readonly attempts = this.counter("gateway_aws_call_attempts_total", "Attempts the SDK made for AWS calls, retries included.", ["service", "command"]);
  private readonly throttles = this.counter("gateway_aws_throttles_total", "AWS calls that stayed throttled after the SDK's retries.", ["service", "command"]);
  private readonly latency = new Histogram({ name: "gateway_aws_call_duration_seconds", help: "AWS call duration, retries and queueing included.", labelNames: ["service", "command"], buckets: SECONDS, registers: [this.registry] });
  private readonly inflight = new Gauge({ name: "gateway_aws_calls_in_flight", help: "AWS calls in flight (queued ones included).", labelNames: ["service"], registers: [this.registry] });

  /** Children per metric and label values, so that a request does not hash and check its labels again. */
  private readonly children = new Map<object, Map<string, unknown>>();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  operation(report: OperationReport): void {
    const seconds = report.durationMs / 1000;
    const series = report.outcomes.length > 0 ? report.outcomes.map((o) => [o.field, o.outcome] as const) : [["other", report.errors[0] ?? "OK"] as const];
    for (const [operation, outcome] of series) {
      this.counted(this.operations, operation, outcome).inc();
      this.timed(this.durations, operation).observe(seconds);
    }
  }

  began(field: string): void {
    this.inflight.inc({ service: (COMMANDS[field] ?? UNKNOWN).service });
  }

  ended(record: CallRecord, seconds: number): void {
    const labels = COMMANDS[record.field] ?? UNKNOWN;
    this.inflight.dec({ service: labels.service });
    this.counted(this.calls, labels.service, labels.command, record.outcome).inc();
    this.counted(this.attempts, labels.service, labels.command).inc(record.attempts ?? 1);
    this.timed(this.latency, labels.service, labels.command).observe(seconds);
    if (record.outcome === "UpstreamThrottled") this.counted(this.throttles, labels.service, labels.command).inc();
  }

  private counted(counter: Counter, ...values: string[]): { inc(value?: number): void } {
    return this.memo(counter, values, () => counter.labels(...values));
  }

  private timed(histogram: Histogram, ...values: string[]): { observe(value: number): void } {
    return this.memo(histogram, values, () => histogram.labels(...values));
  }

  private memo<T>(metric: object, values: readonly string[], make: () => T): T {
    let children = this.children.get(metric);
    if (!children) this.children.set(metric, (children = new Map()));
    const key = values.join("\u0000");
    if (!children.has(key)) children.set(key, make());
    return children.get(key) as T;
  }

  private counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }
}
