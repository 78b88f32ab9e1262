import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { InjectedFault } from "../../src/simulation/fault-script";
import { DEFAULT_SEED, type Seed } from "../../src/simulation/seed";
import { ACTIVEMQ_BROKER, CREATE_BROKER_USER, CREATE_USER_GROUP } from "../fixtures/documents";
import { startEmulatorGateway, type TestGateway } from "../fixtures/gateway";

/** Tight bounds so that every fault resolves quickly: 2 attempts of at most 300 ms, 1.5 s per call. */
const BOUNDS = {
  GATEWAY_UPSTREAM_MAX_ATTEMPTS: "2",
  GATEWAY_UPSTREAM_ATTEMPT_TIMEOUT_MS: "300",
  GATEWAY_UPSTREAM_TIMEOUT_MS: "1500",
};
const SLACK_MS = 1_500;
const PASSWORD = "Resilience-Pa55word";
const HTML_MARKER = "502 Bad Gateway";

let n = 0;
const groupInput = () => ({ input: { userGroupId: `res-${++n}`, engine: "REDIS", userIds: ["default"] } });
const brokerInput = () => ({ input: { brokerId: ACTIVEMQ_BROKER, username: `res-${++n}`, password: PASSWORD } });

describe("upstream faults through the real SDK adapters and the wire emulator", () => {
  let gw: TestGateway;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on("unhandledRejection", onUnhandled);
    gw = await startEmulatorGateway(DEFAULT_SEED, BOUNDS);
  });
  afterEach(() => gw.account.faults.clear());
  afterAll(async () => {
    await gw.close();
    process.off("unhandledRejection", onUnhandled);
    expect(unhandled).toEqual([]);
  });

  /** Sends one mutation with `fault` scripted on every attempt; the member, the time, the logged attempts. */
  async function underFault(service: "elasticache" | "mq", fault: InjectedFault) {
    const [operation, query, variables] =
      service === "elasticache" ? ["elasticache:CreateUserGroup", CREATE_USER_GROUP, groupInput()] : ["mq:CreateUser", CREATE_BROKER_USER, brokerInput()];
    gw.account.faults.add({ operation, fault });
    const before = gw.logs.length;
    const started = Date.now();
    const response = await gw.post({ query, variables });
    const elapsed = Date.now() - started;
    const line = gw.logs
      .slice(before)
      .map((l) => JSON.parse(l))
      .find((l) => l.msg === "graphql operation");
    return { status: response.status, text: response.text, member: Object.values(response.json.data ?? {})[0] as any, elapsed, outcome: line?.outcomes[0] };
  }

  it.each([
    ["elasticache", "throttling", "UpstreamThrottled"],
    ["mq", "throttling", "UpstreamThrottled"],
    ["elasticache", "unavailable", "UpstreamUnavailable"],
    ["mq", "unavailable", "UpstreamUnavailable"],
    ["elasticache", "internal", "UpstreamUnavailable"],
    ["mq", "internal", "UpstreamUnavailable"],
    ["elasticache", "reset", "UpstreamUnavailable"],
    ["mq", "reset", "UpstreamUnavailable"],
    ["elasticache", "html", "UpstreamUnavailable"],
    ["mq", "html", "UpstreamUnavailable"],
  ] as const)("%s %s answers %s after the configured 2 attempts, within the deadline", async (service, kind, typename) => {
    const { status, text, member, elapsed, outcome } = await underFault(service, { kind } as InjectedFault);
    expect(status).toBe(200);
    expect(member.__typename).toBe(typename);
    expect(outcome).toMatchObject({ outcome: typename, attempts: 2 });
    expect(elapsed).toBeLessThan(1_500 + SLACK_MS);
    expect(text).not.toContain(HTML_MARKER);
  });

  it("a garbled ElastiCache answer is UpstreamUnavailable, not retryable: the group was created", async () => {
    const { member, outcome } = await underFault("elasticache", { kind: "malformed" });
    expect(member).toMatchObject({ __typename: "UpstreamUnavailable", retryable: false });
    expect(outcome).toMatchObject({ attempts: 1 });
    expect(gw.account.userGroups.has(`res-${n}`)).toBe(true);
  });

  it("a hang answers UpstreamUnavailable within the deadline, and the sockets are released", async () => {
    // Idle keep-alive sockets from earlier calls may stay open; each hung attempt holds one more until abandoned.
    const before = await gw.emulator!.connections();
    const { member, elapsed } = await underFault("elasticache", { kind: "hang" });
    expect(member).toMatchObject({ __typename: "UpstreamUnavailable", retryable: true });
    expect(elapsed).toBeLessThan(1_500 + SLACK_MS);
    await expect.poll(() => gw.emulator!.connections(), { timeout: 2_000 }).toBeLessThanOrEqual(before);
  });

  it("the whole-call deadline cuts retries short", async () => {
    const slow = await startEmulatorGateway(DEFAULT_SEED, {
      GATEWAY_UPSTREAM_MAX_ATTEMPTS: "10",
      GATEWAY_UPSTREAM_ATTEMPT_TIMEOUT_MS: "400",
      GATEWAY_UPSTREAM_TIMEOUT_MS: "900",
    });
    try {
      slow.account.faults.add({ operation: "mq:CreateUser", fault: { kind: "hang" } });
      const started = Date.now();
      const answer = await slow.graphql(CREATE_BROKER_USER, brokerInput());
      expect(answer.data.createBrokerUser.__typename).toBe("UpstreamUnavailable");
      expect(Date.now() - started).toBeLessThan(900 + SLACK_MS);
    } finally {
      await slow.close();
    }
  });

  it("recovers: a fault on some attempts only is retried away", async () => {
    gw.account.faults.add({ operation: "mq:CreateUser", fault: { kind: "unavailable" }, times: 1 });
    const answer = await gw.graphql(CREATE_BROKER_USER, brokerInput());
    expect(answer.data.createBrokerUser.__typename).toBe("CreateBrokerUserSuccess");
  });

  it("past the in-flight cap, calls wait briefly, then answer UpstreamUnavailable", async () => {
    const capped = await startEmulatorGateway(DEFAULT_SEED, { GATEWAY_UPSTREAM_MAX_INFLIGHT: "1", GATEWAY_UPSTREAM_QUEUE_TIMEOUT_MS: "100" });
    try {
      capped.account.faults.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "latency", ms: 600 } });
      const answers = await Promise.all([capped.graphql(CREATE_USER_GROUP, groupInput()), capped.graphql(CREATE_USER_GROUP, groupInput())]);
      expect(answers.map((a) => a.data.createUserGroup.__typename).sort()).toEqual(["CreateUserGroupSuccess", "UpstreamUnavailable"]);
    } finally {
      await capped.close();
    }
  });
});

describe("a burst against a slow upstream", () => {
  it("opens as many sockets as the in-flight cap allows, past the SDK's default of 50", async () => {
    // Calls held 2 s upstream, so all 100 overlap even on a busy machine.
    const seed: Seed = { ...DEFAULT_SEED, latencyMs: 2_000, brokers: [{ brokerId: "b-wide", engineType: "ACTIVEMQ", usernames: [] }] };
    const gw = await startEmulatorGateway(seed, { GATEWAY_UPSTREAM_MAX_INFLIGHT: "120" });
    try {
      let peak = 0;
      const sampling = setInterval(() => void gw.emulator!.connections().then((c) => (peak = Math.max(peak, c))), 20);
      await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          gw.post({ query: CREATE_BROKER_USER, variables: { input: { brokerId: "b-wide", username: `wide-${i}`, password: PASSWORD } } }),
        ),
      );
      clearInterval(sampling);
      expect(peak).toBeGreaterThan(80); // the SDK's default agent would stop at 50
    } finally {
      await gw.close();
    }
  });

  it("completes 500 concurrent mutations with 100 ms upstream latency, with no errors", async () => {
    const brokers = Array.from({ length: 4 }, (_, i) => ({ brokerId: `b-burst-${i}`, engineType: "ACTIVEMQ" as const, usernames: [] }));
    const seed: Seed = { ...DEFAULT_SEED, latencyMs: 100, brokers };
    const gw = await startEmulatorGateway(seed, { GATEWAY_MAX_CONCURRENT_REQUESTS: "1000" });
    try {
      const answers = await Promise.all(
        Array.from({ length: 500 }, (_, i) =>
          gw.post({ query: CREATE_BROKER_USER, variables: { input: { brokerId: `b-burst-${i % 4}`, username: `burst-${i}`, password: PASSWORD } } }),
        ),
      );
      expect(answers.filter((a) => a.status !== 200)).toEqual([]);
      const typenames = answers.map((a) => a.json.data?.createBrokerUser?.__typename);
      expect(typenames.filter((t) => t !== "CreateBrokerUserSuccess")).toEqual([]);
      expect(brokers.reduce((sum, b) => sum + gw.account.brokers.get(b.brokerId)!.users.size, 0)).toBe(500);
    } finally {
      await gw.close();
    }
  }, 60_000);
});
