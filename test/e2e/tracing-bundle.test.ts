import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { bundleProcess, killBundleProcesses } from "../fixtures/bundle-process";
import { CREATE_BROKER_USER } from "../fixtures/documents";
import { type OtlpReceiver, startOtlpReceiver } from "../fixtures/otlp-receiver";

const PRELOAD = `--require ${join(__dirname, "..", "fixtures", "report-otel-loads.cjs")}`;
const PASSWORD = "CANARY-bundle-trace-pw-51c0";
const MISSING_BROKER = "b-00000000-0000-4000-8000-0000c0ffee00";

/** Starts the bundle with `env`, sends one createBrokerUser (BrokerNotFound from the emulator), answers the response and the process. */
async function oneRequest(env: Record<string, string>) {
  const gateway = bundleProcess([], { GATEWAY_BACKEND: "emulator", NODE_OPTIONS: PRELOAD, ...env });
  const [, url] = await gateway.waitFor(/listening on (http:\S+\/graphql)/);
  const response = await fetch(url!, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: CREATE_BROKER_USER, variables: { input: { brokerId: MISSING_BROKER, username: "bundle-user", password: PASSWORD } } }),
  });
  const { data } = (await response.json()) as { data: { createBrokerUser: { __typename: string } } };
  expect(data.createBrokerUser.__typename).toBe("BrokerNotFound");
  await gateway.waitFor(/"msg":"graphql operation"/);
  return { gateway, response };
}

describe("tracing in the esbuild bundle (dist/gateway.js)", () => {
  let receiver: OtlpReceiver;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
  });
  afterEach(killBundleProcesses);
  afterAll(() => receiver?.close());

  it("with OTEL_EXPORTER_OTLP_ENDPOINT: the spans of a request, exported when SIGTERM shuts the gateway down", async () => {
    const { gateway, response } = await oneRequest({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      OTEL_SERVICE_NAME: "gateway-under-test",
      // Longer than the test: what the receiver gets, the shutdown sent.
      OTEL_BSP_SCHEDULE_DELAY: "600000",
    });
    const traceId = /^00-([0-9a-f]{32})-[0-9a-f]{16}-01$/.exec(response.headers.get("traceresponse") ?? "")?.[1];
    expect(traceId).toBeDefined();
    expect(gateway.output()).toContain(`"traceId":"${traceId}"`);
    // The preload sees the packages tracing needs, outside the bundle: the next test's check can fail.
    expect(gateway.output()).toMatch(/required @opentelemetry\/sdk-node[\s\S]*required @fastify\/otel/);
    expect(receiver.spans.filter((span) => span.traceId === traceId)).toEqual([]);

    expect(await gateway.stop("SIGTERM")).toBe(0);
    const spans = await receiver.trace(traceId!, 3);
    const byName = new Map(spans.map((span) => [span.name, span]));
    expect([...byName.keys()].sort()).toEqual(["POST /graphql", "mq.CreateUser", "mutation CreateBrokerUser"]);
    expect(byName.get("mq.CreateUser")!.parentSpanId).toBe(byName.get("mutation CreateBrokerUser")!.spanId);
    expect(byName.get("mutation CreateBrokerUser")!.parentSpanId).toBe(byName.get("POST /graphql")!.spanId);
    expect(spans[0]!.resource["service.name"]).toBe("gateway-under-test");
    expect(receiver.bodies.join("\n")).not.toContain(PASSWORD);
  });

  it("a collector that never answers holds the exit no longer than GATEWAY_SHUTDOWN_TIMEOUT_MS", async () => {
    const silent = createServer(() => {}); // takes the export, answers never
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const { gateway } = await oneRequest({
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
        GATEWAY_SHUTDOWN_TIMEOUT_MS: "1000",
      });
      const started = Date.now();
      expect(await gateway.stop("SIGTERM")).toBe(0);
      // The exporter's own timeout (OTEL_EXPORTER_OTLP_TIMEOUT) is 10 s.
      expect(Date.now() - started).toBeLessThan(8_000);
      expect(gateway.output()).not.toContain("shutdown deadline passed");
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it("print-subgraph-schema, even with OTEL_EXPORTER_OTLP_ENDPOINT: no OpenTelemetry package is loaded", async () => {
    const printing = bundleProcess(["print-subgraph-schema"], { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, NODE_OPTIONS: PRELOAD });
    expect(await printing.exited).toBe(0);
    expect(printing.output()).toMatch(/type UserGroup\s+@key/);
    expect(printing.output()).not.toContain("required @");
  });

  it("without it: no OpenTelemetry package is loaded, no traceresponse header, no traceId on the log line", async () => {
    const { gateway, response } = await oneRequest({});
    expect(response.headers.get("traceresponse")).toBeNull();
    expect(gateway.output()).not.toContain("traceId");
    expect(gateway.output()).not.toContain("required @");
    expect(await gateway.stop("SIGTERM")).toBe(0);
  });
});
