import { type Env, list, text } from "./env";

const OTLP_URL = { test: /^https?:\/\/\S+$/, rule: "an http(s) URL such as http://collector:4318" };

/**
 * Whether the gateway exports traces: OpenTelemetry's own variables decide, as every OTel SDK reads them.
 * An OTLP endpoint turns tracing on, unless the SDK is switched off (OTEL_SDK_DISABLED, case-insensitive
 * as the specification has it) or the trace exporter is `none` alone; the SDK reads the other OTEL_*
 * variables itself (service name, sampler, propagators, protocol, headers, batch delays).
 */
export function tracingEnabled(env: Env): boolean {
  const endpoint = text(env, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", OTLP_URL) ?? text(env, "OTEL_EXPORTER_OTLP_ENDPOINT", OTLP_URL);
  if (endpoint === undefined || env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return false;
  const exporters = list(env, "OTEL_TRACES_EXPORTER");
  return !(exporters.length > 0 && exporters.every((name) => name === "none"));
}
