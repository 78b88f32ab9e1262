import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Client, createClient, type ExecutionResult } from "graphql-sse";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AWS_SCOPES } from "../../src/operations";
import { BROKERS } from "../fixtures/broker-documents";
import { CREATE_USER_GROUP } from "../fixtures/documents";
import { startReplicas, type TestGateway } from "../fixtures/gateway";
import { startRedis, type TestRedis } from "../fixtures/redis-server";

const PER_MINUTE = 5;
/** A group that stays CREATING for the whole run: subscriptions to it stay open. */
const WATCHED = "shared-limits-watched";

const WATCH = /* GraphQL */ `
  subscription Watch($id: String!) {
    userGroupStatus(userGroupId: $id) {
      __typename
      ... on UserGroup { status }
      ... on RateLimited { retryAfterSeconds }
      ... on Error { message }
    }
  }
`;

/** One API key per caller name, each with every scope: `key(name)` is its header. */
function apiKeys(names: string[]): { file: string; key: (name: string) => Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), "shared-limits-"));
  const secret = (name: string) => `agk_shared_limits_${name}`;
  const sha256 = (key: string) => createHash("sha256").update(key).digest("hex");
  const file = join(dir, "keys.json");
  writeFileSync(file, JSON.stringify(names.map((id) => ({ id, sha256: sha256(secret(id)), scopes: AWS_SCOPES }))));
  return { file, key: (name) => ({ "x-api-key": secret(name) }) };
}

const CALLERS = ["setup", "alice", "bob", "watcher", "outage", "outage-subs", "after", "late"];
const keys = apiKeys(CALLERS);

function env(redis: TestRedis): NodeJS.ProcessEnv {
  return {
    GATEWAY_REDIS_URL: redis.url,
    GATEWAY_IDEMPOTENCY_SECRET: "shared-limits-test-secret-0123456789abcdef",
    GATEWAY_RATE_LIMIT_PER_MINUTE: String(PER_MINUTE),
    GATEWAY_RATE_LIMIT_BURST: String(PER_MINUTE),
    GATEWAY_API_KEYS_FILE: keys.file,
    GATEWAY_SUBSCRIPTIONS_PER_CALLER: "2",
    GATEWAY_SUBSCRIPTION_POLL_MS: "200",
    GATEWAY_LOCAL_SETTLE_MS: "600000",
    GATEWAY_PLAYGROUND: "false",
  };
}

/** `count` brokers queries of `caller`, alternating between the replicas: each answer's type name. */
async function brokers(gateways: TestGateway[], caller: string, count: number): Promise<{ typename: string; retryAfterSeconds?: number }[]> {
  const answers = [];
  for (let i = 0; i < count; i++) {
    const answer = await gateways[i % gateways.length]!.graphql(BROKERS, { first: 1 }, keys.key(caller));
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    answers.push({ typename: answer.data.brokers.__typename, retryAfterSeconds: answer.data.brokers.retryAfterSeconds });
  }
  return answers;
}

const served = (answers: { typename: string }[]) => answers.filter((a) => a.typename === "BrokerConnection").length;

const readiness = async (gw: TestGateway) => {
  const response = await fetch(`${gw.origin}/readyz`);
  return { status: response.status, body: (await response.json()) as { status: string; redis?: string } };
};

/** Polls /readyz of every replica (up to 10 s, for reconnection's backoff) until it shows Redis `state`. */
async function untilRedis(gateways: TestGateway[], state: "up" | "down"): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const all = await Promise.all(gateways.map(readiness));
    if (all.every((r) => r.body.redis === state)) return;
    if (Date.now() > deadline) throw new Error(`/readyz did not show redis ${state} within 10 s: ${JSON.stringify(all)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const redisLines = (gw: TestGateway, from = 0) =>
  gw.logs
    .slice(from)
    .map((line) => JSON.parse(line) as { msg: string; level: number })
    .filter((line) => line.msg.startsWith("redis:"));

let clients: Client[] = [];
/** A subscription through graphql-sse's client: its results as they come. */
function watch(gw: TestGateway, caller: string) {
  const client = createClient({ url: `${gw.origin}/graphql/stream`, headers: keys.key(caller), retryAttempts: 0 });
  clients.push(client);
  const results: ExecutionResult[] = [];
  const done = (async () => {
    for await (const result of client.iterate({ query: WATCH, variables: { id: WATCHED } })) results.push(result as ExecutionResult);
  })();
  return { results, done, close: () => client.dispose() };
}

const firstMember = async (w: ReturnType<typeof watch>) => {
  const deadline = Date.now() + 10_000;
  while (w.results.length === 0) {
    if (Date.now() > deadline) throw new Error("no event within 10 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return (w.results[0]!.data as { userGroupStatus: { __typename: string; status?: string; message?: string } }).userGroupStatus;
};

afterEach(() => {
  for (const client of clients) client.dispose();
  clients = [];
});

describe("two replicas sharing one Redis", () => {
  let redis: TestRedis;
  let replicas: Awaited<ReturnType<typeof startReplicas>>;
  let gateways: TestGateway[];

  beforeAll(async () => {
    redis = await startRedis();
    replicas = await startReplicas(2, env(redis));
    gateways = replicas.gateways;
    await untilRedis(gateways, "up");
    const created = await gateways[0]!.graphql(
      CREATE_USER_GROUP,
      { input: { userGroupId: WATCHED, engine: "REDIS", userIds: ["default"] } },
      keys.key("setup"),
    );
    expect(created.data.createUserGroup.__typename).toBe("CreateUserGroupSuccess");
  });
  afterAll(async () => {
    await replicas?.close();
    await redis?.stop();
  });

  it(`admits exactly ${PER_MINUTE} requests a minute of one caller across both; the rest are RateLimited; another caller is not affected`, async () => {
    const answers = await brokers(gateways, "alice", 3 * PER_MINUTE);
    expect(served(answers)).toBe(PER_MINUTE);
    for (const refused of answers.filter((a) => a.typename !== "BrokerConnection")) {
      expect(refused.typename).toBe("RateLimited");
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    }
    expect((await brokers(gateways, "bob", 2)).map((a) => a.typename)).toEqual(["BrokerConnection", "BrokerConnection"]);
  });

  it("caps a caller's open subscriptions across both replicas; one that ends makes room", async () => {
    const first = watch(gateways[0]!, "watcher");
    expect(await firstMember(first)).toMatchObject({ __typename: "UserGroup", status: "CREATING" });
    const second = watch(gateways[1]!, "watcher");
    expect(await firstMember(second)).toMatchObject({ __typename: "UserGroup", status: "CREATING" });
    for (const gw of gateways) {
      const refused = watch(gw, "watcher");
      expect(await firstMember(refused)).toMatchObject({ __typename: "RateLimited", message: expect.stringContaining("2 open subscriptions") });
    }
    first.close();
    await first.done;
    // The server ends the watch when it sees the client go: room comes back soon after.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const again = watch(gateways[1]!, "watcher");
      const member = await firstMember(again);
      if (member.__typename === "UserGroup") break;
      if (Date.now() > deadline) throw new Error("the ended subscription still counts after 10 s");
      await again.done;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  it("answers every request while Redis is killed, falls back to each replica's own limits, and shares again once it is back", async () => {
    await redis.kill();
    // Answered whether or not a replica has noticed yet: each one limits in memory, on its own.
    const outage = await brokers(gateways, "outage", 4 * PER_MINUTE);
    expect(served(outage)).toBe(2 * PER_MINUTE);
    await untilRedis(gateways, "down");
    for (const r of await Promise.all(gateways.map(readiness))) expect(r).toEqual({ status: 200, body: { status: "ready", redis: "down" } });
    // Subscriptions are capped by each replica's own count.
    const subscriptions = [watch(gateways[0]!, "outage-subs"), watch(gateways[0]!, "outage-subs"), watch(gateways[0]!, "outage-subs")];
    expect(await Promise.all(subscriptions.map(firstMember))).toMatchObject([{ status: "CREATING" }, { status: "CREATING" }, { __typename: "RateLimited" }]);
    expect(await firstMember(watch(gateways[1]!, "outage-subs"))).toMatchObject({ status: "CREATING" });
    // Long enough for several reconnection attempts, each of which fails.
    await new Promise((resolve) => setTimeout(resolve, 2_500));

    await redis.restart();
    await untilRedis(gateways, "up");
    for (const r of await Promise.all(gateways.map(readiness))) expect(r).toEqual({ status: 200, body: { status: "ready", redis: "up" } });
    expect(served(await brokers(gateways, "after", 3 * PER_MINUTE))).toBe(PER_MINUTE);

    for (const gw of gateways) {
      // One line at start-up, one when Redis died, one when it came back.
      const lines = redisLines(gw);
      expect(lines.map((line) => line.msg.split(";")[0])).toEqual([
        "redis: connected",
        expect.stringMatching(/^redis: unreachable \(\w+\)$/),
        "redis: connected",
      ]);
      expect(lines.map((line) => line.level)).toEqual([30, 40, 30]);
    }
    for (const line of gateways.flatMap((gw) => gw.logs)) {
      expect(line).not.toContain(redis.password);
      expect(line).not.toContain(redis.url);
    }
  });
});

describe("Redis down at start-up", () => {
  it("starts and serves with in-memory limits, shows Redis down, and shares once Redis is there", async () => {
    const redis = await startRedis();
    await redis.kill();
    const replicas = await startReplicas(2, env(redis));
    try {
      const { gateways } = replicas;
      expect(served(await brokers(gateways, "late", 4 * PER_MINUTE))).toBe(2 * PER_MINUTE);
      await untilRedis(gateways, "down");
      for (const r of await Promise.all(gateways.map(readiness))) expect(r.status).toBe(200);
      await redis.restart();
      await untilRedis(gateways, "up");
      expect(served(await brokers(gateways, "late", 3 * PER_MINUTE))).toBe(PER_MINUTE);
      for (const gw of gateways) {
        expect(redisLines(gw).map((line) => line.msg.split(";")[0])).toEqual([expect.stringMatching(/^redis: unreachable/), "redis: connected"]);
      }
    } finally {
      await replicas.close();
      await redis.stop();
    }
  });
});
