import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config-error";
import { tracingEnabled } from "../../src/config-tracing";

const ENDPOINT = "http://collector:4318";

describe("tracingEnabled: OpenTelemetry's own variables turn traces on", () => {
  it.each([
    [{}, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT }, true],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${ENDPOINT}/v1/traces` }, true],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: "" }, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT, OTEL_SDK_DISABLED: "true" }, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT, OTEL_SDK_DISABLED: "TRUE" }, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT, OTEL_SDK_DISABLED: "false" }, true],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT, OTEL_TRACES_EXPORTER: "none" }, false],
    // The SDK uses OTLP when "none" comes with another exporter.
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT, OTEL_TRACES_EXPORTER: "none,otlp" }, true],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT, OTEL_TRACES_EXPORTER: "otlp" }, true],
  ])("%j: %s", (env, enabled) => {
    expect(tracingEnabled(env)).toBe(enabled);
  });

  it.each(["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"])("%s that is not a URL: a ConfigError naming it", (name) => {
    expect(() => tracingEnabled({ [name]: "collector:4318" })).toThrow(new ConfigError(`${name} must be an http(s) URL such as http://collector:4318`));
  });
});
