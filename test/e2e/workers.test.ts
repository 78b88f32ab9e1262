import { request } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SimulatedAccount } from "../../src/simulation/account";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { type Emulator, startEmulator } from "../../src/simulation/wire/emulator";
import { type BundleProcess, bundleProcess, killBundleProcesses } from "../fixtures/bundle-process";
import { startOtlpReceiver } from "../fixtures/otlp-receiver";
import { startRedis, type TestRedis } from "../fixtures/redis-server";

let redis: TestRedis;
let emulator: Emulator;
beforeAll(async () => {
  [redis, emulator] = await Promise.all([startRedis(), startEmulator(new SimulatedAccount(DEFAULT_SEED, "us-east-1"))]);
});
afterAll(async () => {
  await Promise.all([redis?.stop(), emulator?.close()]);
});
afterEach(killBundleProcesses);

/** GATEWAY_WORKERS=2 as production would run it: the SDK clients on a shared upstream, a shared Redis. */
const workersEnv = () => ({
  GATEWAY_WORKERS: "2",
  GATEWAY_REDIS_URL: redis.url,
  GATEWAY_IDEMPOTENCY_SECRET: "workers-test-secret-0123456789abcdef",
  GATEWAY_BACKEND: "aws",
  AWS_ENDPOINT_URL: emulator.url,
  AWS_REGION: "us-east-1",
  AWS_ACCESS_KEY_ID: "x",
  AWS_SECRET_ACCESS_KEY: "x",
  GATEWAY_ALLOW_ANONYMOUS: "true",
});

/** One GraphQL request on a connection of its own (node:cluster hands each new connection to the next worker). */
function typename(url: string): Promise<{ status: number | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", agent: false, headers: { "content-type": "application/json" } }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode, body }));
    });
    req.on("error", reject);
    req.end(JSON.stringify({ query: "{ __typename }" }));
  });
}

/** The pids in the operation log lines (one per answered GraphQL request) written after `from`. */
function answeringPids(gateway: BundleProcess, from = 0): Set<number> {
  const pids = gateway
    .output()
    .slice(from)
    .split("\n")
    .filter((line) => line.includes('"msg":"graphql operation"'))
    .map((line) => (JSON.parse(line) as { pid: number }).pid);
  return new Set(pids);
}

/** Sends `count` requests one after the other, each answered; the log lines they write are read after. */
async function answerAll(url: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) expect(await typename(url)).toEqual({ status: 200, body: '{"data":{"__typename":"Query"}}\n' });
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("GATEWAY_WORKERS=2 (node:cluster)", () => {
  it("serves one port from two workers, replaces one killed with SIGKILL, and on SIGTERM stops them all and exits 0", { timeout: 90_000 }, async () => {
    const gateway = bundleProcess([], workersEnv());
    const [, url, pidList] = await gateway.waitFor(/listening on (http:\S+)[\s\S]*workers: 2 processes on this port \(GATEWAY_WORKERS\), pids (\d+, \d+)\n/);
    expect(gateway.output().match(/listening on/g), "one banner for both").toHaveLength(1);
    const workers = pidList!.split(", ").map(Number);
    expect(workers).not.toContain(gateway.pid);

    await answerAll(url!, 6);
    // Log lines are written in batches, at least every 250 ms.
    await gateway.waitFor(/(?:"msg":"graphql operation"[\s\S]*){6}/);
    expect(answeringPids(gateway)).toEqual(new Set(workers));

    const killed = workers[0]!;
    const beforeKill = gateway.output().length;
    process.kill(killed, "SIGKILL");
    const [exitLine] = await gateway.waitFor(/.*worker exited unexpectedly; starting a replacement.*\n/, beforeKill);
    expect(JSON.parse(exitLine)).toMatchObject({ worker: killed, signal: "SIGKILL", level: 50 });
    await answerAll(url!, 3); // the other worker answers meanwhile
    const [listeningLine] = await gateway.waitFor(/.*"msg":"replacement worker listening".*\n/, beforeKill);
    const replacement = (JSON.parse(listeningLine) as { worker: number }).worker;
    expect(workers).not.toContain(replacement);

    const beforeReplacement = gateway.output().length;
    await answerAll(url!, 6);
    await gateway.waitFor(/(?:"msg":"graphql operation"[\s\S]*){6}/, beforeReplacement);
    expect(answeringPids(gateway, beforeReplacement)).toEqual(new Set([workers[1], replacement]));

    expect(await gateway.stop("SIGTERM")).toBe(0);
    expect(gateway.output()).toContain('"msg":"shutting down: every worker finishes its requests in flight"');
    expect([workers[1]!, replacement].filter(alive)).toEqual([]);
  });

  it("each worker traces: with OTEL_EXPORTER_OTLP_ENDPOINT every worker exports its spans, the last ones as SIGTERM stops it", {
    timeout: 60_000,
  }, async () => {
    const receiver = await startOtlpReceiver();
    try {
      const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_EXPORTER_OTLP_PROTOCOL: "http/json", OTEL_BSP_SCHEDULE_DELAY: "600000" };
      const gateway = bundleProcess([], { ...workersEnv(), ...tracing });
      const [, url, pidList] = await gateway.waitFor(/listening on (http:\S+)[\s\S]*workers: 2 processes on this port \(GATEWAY_WORKERS\), pids (\d+, \d+)\n/);
      const workers = new Set(pidList!.split(", ").map(Number));
      await answerAll(url!, 4);
      await gateway.waitFor(/(?:"msg":"graphql operation"[\s\S]*){4}/);
      expect(answeringPids(gateway)).toEqual(workers);

      expect(await gateway.stop("SIGTERM")).toBe(0);
      const requests = receiver.spans.filter((span) => span.name === "POST /graphql");
      expect(requests).toHaveLength(4);
      expect(new Set(requests.map((span) => span.resource["process.pid"]))).toEqual(workers);
    } finally {
      await receiver.close();
    }
  });

  it.each([
    ["the local backend", { GATEWAY_WORKERS: "2" }, "GATEWAY_WORKERS above 1 cannot share GATEWAY_BACKEND=local"],
    ["the emulator backend", { GATEWAY_WORKERS: "2", GATEWAY_BACKEND: "emulator" }, "GATEWAY_WORKERS above 1 cannot share GATEWAY_BACKEND=emulator"],
    [
      "the aws backend without Redis",
      { GATEWAY_WORKERS: "2", GATEWAY_BACKEND: "aws", AWS_REGION: "us-east-1", GATEWAY_ALLOW_ANONYMOUS: "true" },
      "GATEWAY_WORKERS above 1 needs GATEWAY_REDIS_URL",
    ],
  ])("refuses to start on %s, in one line that says what to do", async (_, env, message) => {
    const gateway = bundleProcess([], env);
    expect(await gateway.exited).toBe(1);
    const lines = gateway.output().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`access-gateway: ${message}`);
    if (message.includes("cannot share")) expect(lines[0]).toContain("run `npm run emulator`");
  });

  it("stops every worker and exits 1 when the workers cannot start (the port is taken)", { timeout: 60_000 }, async () => {
    const first = bundleProcess([], workersEnv());
    const [, port] = await first.waitFor(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
    const second = bundleProcess([], { ...workersEnv(), PORT: port! });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`access-gateway: cannot listen on 127.0.0.1:${port}: the port is in use (EADDRINUSE)`);
    expect(second.output()).toContain('"msg":"a worker failed to start; stopping"');
    expect(second.output()).not.toContain("listening on");
    expect(await first.stop("SIGTERM")).toBe(0);
  });
});
