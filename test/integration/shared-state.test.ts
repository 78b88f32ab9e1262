import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CallerRateLimit } from "../../src/shared-state/caller-rate-limit";
import { connectRedis, type RedisLink } from "../../src/shared-state/redis-link";
import { SharedOpenSubscriptions } from "../../src/shared-state/shared-open-subscriptions";
import { startRedis, type TestRedis } from "../fixtures/redis-server";

/** Waits (up to 10 s) until every link reports `state`: reconnection has its own backoff. */
async function until(links: RedisLink[], state: "up" | "down"): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (links.some((link) => link.state() !== state)) {
    if (Date.now() > deadline) throw new Error(`Redis links not ${state} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** `count` calls of `caller`, alternating between the limits (as a load balancer would): how many went. */
async function admitted(limits: CallerRateLimit[], caller: string, count: number): Promise<{ went: number; waits: number[] }> {
  const waits = [];
  for (let i = 0; i < count; i++) waits.push(await limits[i % limits.length]!.take(caller));
  return { went: waits.filter((wait) => wait === 0).length, waits: waits.filter((wait) => wait > 0) };
}

let redis: TestRedis;
let links: RedisLink[];
beforeAll(async () => {
  redis = await startRedis();
  links = [connectRedis(redis.url), connectRedis(redis.url)];
  await until(links, "up");
});
afterAll(async () => {
  await Promise.all(links.map((link) => link.close()));
  await redis.stop();
});

describe("CallerRateLimit on Redis", () => {
  it("admits exactly perMinute calls of a caller across two processes; another caller has its own", async () => {
    const limits = links.map((link) => new CallerRateLimit({ perMinute: 5, burst: 5 }, link));
    const alice = await admitted(limits, "jwt:alice", 12);
    expect(alice.went).toBe(5);
    for (const wait of alice.waits) expect(wait).toBeGreaterThan(55);
    expect((await admitted(limits, "jwt:bob", 12)).went).toBe(5);
  });

  it("keeps the burst window across processes too", async () => {
    const limits = links.map((link) => new CallerRateLimit({ perMinute: 60, burst: 4 }, link));
    const { went, waits } = await admitted(limits, "jwt:burst", 10);
    expect(went).toBe(4);
    for (const wait of waits) expect(wait).toBeLessThanOrEqual(4);
  });
});

describe("SharedOpenSubscriptions", () => {
  it("caps a caller's open subscriptions across processes; one that ends makes room on any", async () => {
    const [a, b] = links.map((link) => new SharedOpenSubscriptions(link, 2, 60)) as [SharedOpenSubscriptions, SharedOpenSubscriptions];
    const first = await a.open("jwt:carol");
    expect(first).toBeDefined();
    expect(await b.open("jwt:carol")).toBeDefined();
    expect(await a.open("jwt:carol")).toBeUndefined();
    expect(await b.open("jwt:carol")).toBeUndefined();
    expect(await b.open("jwt:dave"), "another caller").toBeDefined();
    first!();
    first!(); // ending twice frees one place only
    await until(links, "up");
    const again = await b.open("jwt:carol");
    expect(again).toBeDefined();
    expect(await a.open("jwt:carol")).toBeUndefined();
  });

  it("does not count what a dead replica left once its subscriptions would have ended; does count a live one's", async () => {
    const client = links[0]!.client;
    await client.zAdd("ag:subs:jwt:erin", [
      { score: Date.now() - 1, value: "dead-replica:1" },
      { score: Date.now() - 1, value: "dead-replica:2" },
    ]);
    const counts = new SharedOpenSubscriptions(links[0]!, 2, 60);
    expect(await counts.open("jwt:erin")).toBeDefined();
    expect(await client.zCard("ag:subs:jwt:erin")).toBe(1);
    await client.zAdd("ag:subs:jwt:erin", { score: Date.now() + 60_000, value: "live-replica:1" });
    expect(await counts.open("jwt:erin")).toBeUndefined();
    const ttl = await client.pTTL("ag:subs:jwt:erin");
    expect(ttl).toBeGreaterThan(60_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
  });

  it("sends an ending Redis did not take with the next admission", async () => {
    // A link whose first ZREM fails, as one sent while Redis is unreachable does.
    let failures = 1;
    const client = new Proxy(links[0]!.client, {
      get: (target, name, receiver) =>
        name === "zRem" && failures-- > 0 ? async () => Promise.reject(new Error("The client is closed")) : Reflect.get(target, name, receiver),
    });
    const a = new SharedOpenSubscriptions({ ...links[0]!, client }, 1, 60);
    const b = new SharedOpenSubscriptions(links[1]!, 1, 60);
    const end = await a.open("jwt:frank");
    expect(end).toBeDefined();
    end!();
    await new Promise(setImmediate); // the refused removal is queued
    expect(await b.open("jwt:frank"), "the ended subscription still counts").toBeUndefined();
    expect(await a.open("jwt:grace")).toBeDefined(); // sends the removal along
    expect(await b.open("jwt:frank")).toBeDefined();
  });
});

describe("Redis down and back", () => {
  it("falls back to each process's own count and memory, then shares again without a restart", async () => {
    const limits = links.map((link) => new CallerRateLimit({ perMinute: 3, burst: 3 }, link));
    const counts = links.map((link) => new SharedOpenSubscriptions(link, 2, 60));
    expect(await counts[0]!.open("jwt:heidi")).toBeDefined();
    expect(await counts[1]!.open("jwt:heidi")).toBeDefined();

    await redis.kill();
    await until(links, "down");
    // Each process limits on its own: 3 each.
    expect((await admitted(limits, "jwt:ivan", 10)).went).toBe(6);
    // Each process knows its own open one: one more place each.
    expect(await counts[0]!.open("jwt:heidi")).toBeDefined();
    expect(await counts[0]!.open("jwt:heidi")).toBeUndefined();
    expect(await counts[1]!.open("jwt:heidi")).toBeDefined();

    await redis.restart();
    await until(links, "up");
    expect((await admitted(limits, "jwt:ivan", 10)).went).toBe(3);
    expect(await counts[0]!.open("jwt:judy")).toBeDefined();
    expect(await counts[1]!.open("jwt:judy")).toBeDefined();
    expect(await counts[0]!.open("jwt:judy")).toBeUndefined();
  });
});
