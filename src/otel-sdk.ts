import { hostname } from "node:os";
import { NodeSDK, resources } from "@opentelemetry/sdk-node";
import type { Env } from "./env";

/** The process's tracer provider, once started. */
export interface Tracing {
  /** Exports the spans still waiting and stops; resolves after `withinMs` at the latest, whatever the collector does. */
  shutdown(withinMs?: number): Promise<void>;
}

/**
 * OpenTelemetry's Node SDK for traces only, configured by the standard OTEL_* variables it reads itself
 * (exporter, protocol, headers, sampler, propagators, batch delays, resource). The gateway names itself
 * `access-gateway` with its version, unless OTEL_SERVICE_NAME or OTEL_RESOURCE_ATTRIBUTES say otherwise,
 * and adds only what tells replicas apart, `host.name` and `process.pid`: the SDK's default detectors
 * would export the command line and the user running it, and the machine's id. OTEL_NODE_RESOURCE_DETECTORS,
 * when set, chooses the detectors as usual.
 * No metrics or logs: /metrics and the log lines carry those. No require-hook instrumentations: they do
 * not see modules inside the bundle; the gateway adds its spans itself (request-tracing.ts, call-tracing.ts).
 */
export function startTracing(version: string, env: Env): Tracing {
  const sdk = new NodeSDK({
    resource: resources
      .defaultResource()
      .merge(
        resources.resourceFromAttributes({ "service.name": "access-gateway", "service.version": version, "host.name": hostname(), "process.pid": process.pid }),
      ),
    ...(env.OTEL_NODE_RESOURCE_DETECTORS ? {} : { resourceDetectors: [resources.envDetector] }),
    instrumentations: [],
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  return {
    shutdown: (withinMs = Number.POSITIVE_INFINITY) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => {
        if (Number.isFinite(withinMs)) timer = setTimeout(resolve, Math.max(0, withinMs));
      });
      return Promise.race([sdk.shutdown(), late]).finally(() => clearTimeout(timer));
    },
  };
}
