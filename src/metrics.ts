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

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  operation(report: OperationReport): void {
    const seconds = report.durationMs / 1000;
    const counted = report.outcomes.length > 0 ? report.outcomes.map((o) => [o.field, o.outcome] as const) : [["other", report.errors[0] ?? "OK"] as const];
    for (const [operation, outcome] of counted) {
      this.operations.inc({ operation, outcome });
      this.durations.observe({ operation }, seconds);
    }
  }

  began(field: string): void {
    this.inflight.inc({ service: (COMMANDS[field] ?? UNKNOWN).service });
  }

  ended(record: CallRecord, seconds: number): void {
    const labels = COMMANDS[record.field] ?? UNKNOWN;
    this.inflight.dec({ service: labels.service });
    this.calls.inc({ ...labels, outcome: record.outcome });
    this.attempts.inc(labels, record.attempts ?? 1);
    this.latency.observe(labels, seconds);
    if (record.outcome === "UpstreamThrottled") this.throttles.inc(labels);
  }

  private counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }
}
