import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SimulatedAccount } from "../../src/simulation/account";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { BROKER_USERS } from "../fixtures/broker-documents";
import { startReplicas, type TestGateway } from "../fixtures/gateway";
import { startRedis, type TestRedis } from "../fixtures/redis-server";
import { USER_GROUPS } from "../fixtures/user-group-documents";

const MQ_PER_SECOND = 5;
const ELASTICACHE_PER_SECOND = 20;
const BROKER = DEFAULT_SEED.brokers[0]!.brokerId;

let redis: TestRedis;
let replicas: Awaited<ReturnType<typeof startReplicas>>;
/** The calls the emulator carried out, by AWS action. */
let served: (action: string) => number;

beforeEach(async () => {
  // A Redis and replicas of their own per test: no earlier window of the budget is still open.
  redis = await startRedis();
  replicas = await startReplicas(2, {
    GATEWAY_REDIS_URL: redis.url,
    GATEWAY_IDEMPOTENCY_SECRET: "a-test-secret-of-at-least-32-characters",
    GATEWAY_AWS_CALLS_PER_SECOND_MQ: String(MQ_PER_SECOND),
    GATEWAY_AWS_CALLS_PER_SECOND_ELASTICACHE: String(ELASTICACHE_PER_SECOND),
  });
  served = countCalls(replicas.account);
  await linksAre("up");
});

afterEach(async () => {
  await replicas.close();
  await redis.stop();
});

function countCalls(account: SimulatedAccount): (action: string) => number {
  const begin = vi.spyOn(account, "begin");
  return (action) => begin.mock.calls.filter(([operation]) => operation === action).length;
}

async function linksAre(state: "up" | "down"): Promise<void> {
  await vi.waitFor(() => expect(replicas.gateways.map((g) => g.redis?.state())).toEqual([state, state]), { timeout: 10_000, interval: 20 });
}

/** `count` requests at once, dealt in turn to the replicas; their answers' typenames and the time from the first sent to the last answered. */
async function burst(count: number, query: string, variables: Record<string, unknown>, gateways: readonly TestGateway[] = replicas.gateways) {
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: count }, (_, i) => gateways[i % gateways.length]!.graphql(query, variables)));
  const elapsedMs = performance.now() - started;
  return { typenames: answers.map((answer) => Object.values(answer.data)[0] as { __typename: string }).map((field) => field.__typename), elapsedMs };
}

/**
 * The most a budget of `perSecond` lets through while calls are taken during `elapsedMs`, the first one
 * opening the first window: windows of one second, one after another, so at most ⌊elapsed / 1 s⌋ + 1.
 */
const allowed = (perSecond: number, elapsedMs: number): number => perSecond * (Math.floor(elapsedMs / 1_000) + 1);

const count = (typenames: readonly string[], typename: string): number => typenames.filter((t) => t === typename).length;

describe("the account-wide AWS call budget, two replicas on one Redis", () => {
  it("lets the replicas together send at most the MQ budget per second; the rest answer UpstreamThrottled without an AWS call", async () => {
    const { typenames, elapsedMs } = await burst(30, BROKER_USERS, { brokerId: BROKER });
    const successes = count(typenames, "BrokerUserConnection");
    expect(successes + count(typenames, "UpstreamThrottled")).toBe(30);
    expect(served("mq:ListUsers")).toBe(successes);
    expect(successes).toBeGreaterThanOrEqual(MQ_PER_SECOND);
    expect(successes).toBeLessThanOrEqual(allowed(MQ_PER_SECOND, elapsedMs));
  });

  it("keeps the ElastiCache budget apart: ElastiCache calls go on while MQ's is spent", async () => {
    const [mq, elastiCache] = await Promise.all([burst(30, BROKER_USERS, { brokerId: BROKER }), burst(15, USER_GROUPS, {})]);
    expect(count(mq.typenames, "UpstreamThrottled")).toBeGreaterThan(0);
    expect(served("mq:ListUsers")).toBeLessThanOrEqual(allowed(MQ_PER_SECOND, mq.elapsedMs));
    expect(elastiCache.typenames).toEqual(Array(15).fill("UserGroupConnection"));
    expect(served("elasticache:DescribeUserGroups")).toBe(15);
  });

  it("while Redis is down, each replica keeps a budget of its own and every request is still answered; shared again once Redis is back", async () => {
    await redis.kill();
    await linksAre("down");
    const alone = await burst(30, BROKER_USERS, { brokerId: BROKER });
    const successes = count(alone.typenames, "BrokerUserConnection");
    expect(successes + count(alone.typenames, "UpstreamThrottled")).toBe(30);
    expect(served("mq:ListUsers")).toBe(successes);
    // Each replica had 15 requests and a budget of 5 of its own.
    expect(successes).toBeGreaterThanOrEqual(2 * MQ_PER_SECOND);
    expect(successes).toBeLessThanOrEqual(2 * allowed(MQ_PER_SECOND, alone.elapsedMs));

    await redis.restart();
    await linksAre("up");
    // Redis came back empty: the replicas' own counts no longer answer, the shared one does.
    const before = served("mq:ListUsers");
    const shared = await burst(30, BROKER_USERS, { brokerId: BROKER });
    expect(served("mq:ListUsers") - before).toBe(count(shared.typenames, "BrokerUserConnection"));
    expect(served("mq:ListUsers") - before).toBeLessThanOrEqual(allowed(MQ_PER_SECOND, shared.elapsedMs));
  });
});
