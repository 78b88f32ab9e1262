import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { CREATE_USER_GROUP } from "../fixtures/documents";
import { startGateway, type TestGateway } from "../fixtures/gateway";

/**
 * Keeps this process's event loop late: every turn runs `busyMs` of synchronous work, as a JS thread with
 * more requests than it can serve does. The gateway under test runs in this process.
 */
function busyLoop(busyMs: number): { stop(): void } {
  let running = true;
  const turn = () => {
    if (!running) return;
    const until = performance.now() + busyMs;
    while (performance.now() < until) {
      // busy: the point of the test
    }
    setTimeout(turn, 1);
  };
  setTimeout(turn, 1);
  return { stop: () => (running = false) };
}

const TYPENAME = { query: "{ __typename }" };

let gateway: TestGateway | undefined;
let busy: { stop(): void } | undefined;
afterEach(async () => {
  busy?.stop();
  await gateway?.close();
});

describe("load shedding on event-loop delay (GATEWAY_SHED_EVENT_LOOP_DELAY_MS)", () => {
  it("answers a late loop's requests with a fast 503, Retry-After and the busy error; health and metrics still answer; it ends when the loop catches up", async () => {
    gateway = await startGateway(DEFAULT_SEED, { GATEWAY_SHED_EVENT_LOOP_DELAY_MS: "5" });
    expect((await gateway.post(TYPENAME)).status).toBe(200);

    busy = busyLoop(40);
    let refused = await gateway.post(TYPENAME);
    // The delay is read every 250 ms: the first requests may come before the first late reading.
    for (let i = 0; i < 40 && refused.status === 200; i++) refused = await gateway.post(TYPENAME);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(refused.json).toEqual({ errors: [{ message: "The gateway is busy; retry shortly.", extensions: { code: "SERVICE_UNAVAILABLE" } }] });
    for (const path of ["/healthz", "/readyz", "/metrics"]) {
      expect((await fetch(`${gateway.origin}${path}`)).status, path).toBe(200);
    }
    expect(gateway.logs.filter((line) => line.includes("refusing new requests")).map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ level: 40, maxDelayMs: 5, msg: "refusing new requests with 503: the event loop is late" }),
    ]);

    busy.stop();
    const endedLine = () => gateway!.logs.map((line) => JSON.parse(line)).find((line) => line.msg === "no longer refusing requests (the event loop is late)");
    let answer = await gateway.post(TYPENAME);
    for (let i = 0; i < 100 && (answer.status === 503 || !endedLine()); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await gateway.post(TYPENAME);
    }
    expect(answer.status).toBe(200);
    expect(endedLine()).toMatchObject({ level: 30 });
    expect(endedLine().refused).toBeGreaterThanOrEqual(1);
  });

  it("is off with 0: a late loop's requests are served", async () => {
    gateway = await startGateway(DEFAULT_SEED, { GATEWAY_SHED_EVENT_LOOP_DELAY_MS: "0" });
    busy = busyLoop(40);
    for (let i = 0; i < 20; i++) expect((await gateway.post(TYPENAME)).status).toBe(200);
  });
});

describe("the in-flight cap (GATEWAY_MAX_CONCURRENT_REQUESTS)", () => {
  it("neither counts nor refuses the health and metrics routes", async () => {
    gateway = await startGateway({ ...DEFAULT_SEED, latencyMs: 500 }, { GATEWAY_MAX_CONCURRENT_REQUESTS: "1" });
    const slow = gateway.post({ query: CREATE_USER_GROUP, variables: { input: { userGroupId: "held", engine: "VALKEY", userIds: ["app-default"] } } });
    // The slow request holds the one slot once it is in flight; a probe at the same time must not take it.
    let refused = await gateway.post(TYPENAME);
    for (let i = 0; i < 20 && refused.status === 200; i++) refused = await gateway.post(TYPENAME);
    expect(refused.status).toBe(503);
    for (const path of ["/healthz", "/readyz", "/metrics"]) {
      expect((await fetch(`${gateway.origin}${path}`)).status, path).toBe(200);
    }
    expect((await slow).status).toBe(200);
  });
});
