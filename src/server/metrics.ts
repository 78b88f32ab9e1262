import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { UpstreamObserver } from "../graphql/call-runner";
import type { CallRecord } from "../graphql/context";
import { type AwsField, OPERATIONS } from "../operations";
import type { OperationReport } from "./operation-log";
import { TurnBatch } from "./turn-batch";

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Prometheus metrics (prom-client), one registry per gateway. Label values are field names, result
 * `__typename`s and error codes: never caller ids, tokens or input values. Counts and the in-flight gauge
 * are kept as plain numbers on the request path and handed to prom-client when it is scraped (its
 * `collect` hook): prom-client hashes and checks the labels on every update, a cost paid on every
 * request. An AWS call's counts and latency are taken at the end of the event
 * loop's turn (TurnBatch), with the operation's, which the operation log hands over then.
 */
export class GatewayMetrics implements UpstreamObserver {
  readonly registry = new Registry();
  private readonly operations = this.tally(
    "gateway_operations_total",
    "GraphQL operations by AWS-calling field (or other) and outcome (__typename or top-level error code).",
    ["operation", "outcome"],
  );
  private readonly durations = new Histogram({
    name: "gateway_operation_duration_seconds",
    help: "GraphQL operation duration.",
    labelNames: ["operation"],
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly calls = this.tally("gateway_aws_calls_total", "AWS calls by service, command and outcome (__typename).", ["service", "command", "outcome"]);
  private readonly attempts = this.tally("gateway_aws_call_attempts_total", "Attempts the SDK made for AWS calls, retries included.", ["service", "command"]);
  private readonly throttles = this.tally("gateway_aws_throttles_total", "AWS calls that stayed throttled after the SDK's retries.", ["service", "command"]);
  private readonly latency = new Histogram({
    name: "gateway_aws_call_duration_seconds",
    help: "AWS call duration, retries and queueing included.",
    labelNames: ["service", "command"],
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly inflight = new Map<string, number>();
  private readonly finishedCalls = new TurnBatch("AWS call metrics", ([record, seconds]: readonly [CallRecord, number]) => this.countCall(record, seconds));

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const inflight = this.inflight;
    new Gauge({
      name: "gateway_aws_calls_in_flight",
      help: "AWS calls in flight (queued ones included).",
      labelNames: ["service"],
      registers: [this.registry],
      collect() {
        for (const [service, count] of inflight) this.set({ service }, count);
      },
    });
  }

  operation(report: OperationReport): void {
    const seconds = report.durationMs / 1000;
    if (report.outcomes.length === 0) {
      this.operations.add(1, "other", report.errors[0] ?? "OK");
      this.durations.observe({ operation: "other" }, seconds);
    }
    for (const { field, outcome } of report.outcomes) {
      this.operations.add(1, field, outcome);
      this.durations.observe({ operation: field }, seconds);
    }
  }

  began(field: AwsField): void {
    const { service } = OPERATIONS[field];
    this.inflight.set(service, (this.inflight.get(service) ?? 0) + 1);
  }

  ended(record: CallRecord, seconds: number): void {
    const { service } = OPERATIONS[record.field];
    this.inflight.set(service, (this.inflight.get(service) ?? 1) - 1);
    this.finishedCalls.add([record, seconds]);
  }

  private countCall(record: CallRecord, seconds: number): void {
    const { service, command } = OPERATIONS[record.field];
    this.calls.add(1, service, command, record.outcome);
    this.attempts.add(record.attempts ?? 1, service, command);
    this.latency.observe({ service, command }, seconds);
    if (record.outcome === "UpstreamThrottled") this.throttles.add(1, service, command);
  }

  private tally(name: string, help: string, labelNames: readonly string[]): Tally {
    const tally = new Tally(labelNames);
    new Counter({
      name,
      help,
      labelNames,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const { labels, value } of tally.series()) this.inc(labels, value);
      },
    });
    return tally;
  }
}

/** A counter's series as plain numbers, by label values in the order of the label names. */
class Tally {
  private readonly counts = new Map<string, { labels: Record<string, string>; value: number }>();

  constructor(private readonly labelNames: readonly string[]) {}

  add(value: number, ...labelValues: string[]): void {
    const key = labelValues.join("\u0000");
    const series = this.counts.get(key);
    if (series) series.value += value;
    else this.counts.set(key, { labels: Object.fromEntries(this.labelNames.map((name, i) => [name, labelValues[i]!])), value });
  }

  series(): Iterable<{ labels: Record<string, string>; value: number }> {
    return this.counts.values();
  }
}
