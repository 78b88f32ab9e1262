import type { SpanContext } from "@opentelemetry/api";

/**
 * The answer's trace header (W3C Trace Context Level 2): `00-<trace id>-<server span id>-<flags>`, the
 * second part being what a frontend quotes; the flags say whether the trace was recorded (sampled).
 * A name of its own, free of OpenTelemetry code, for CORS to expose.
 */
export const TRACE_RESPONSE = "traceresponse";

export const traceResponse = ({ traceId, spanId, traceFlags }: SpanContext): string => `00-${traceId}-${spanId}-${traceFlags.toString(16).padStart(2, "0")}`;
