import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IdempotencyRecords } from "../../src/idempotency/idempotency-records";
import { RedisRecordStore } from "../../src/idempotency/redis-record-store";
import { connectRedis, type RedisLink } from "../../src/shared-state/redis-link";
import { describeRecordStoreContract } from "../contract/record-store.contract";
import { startRedis, type TestRedis } from "../fixtures/redis-server";

let redis: TestRedis;
let link: RedisLink;

/** Until the link reports `state` (it reconnects by itself), at most 10 s. */
async function linkIs(state: "up" | "down"): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (link.state() !== state) {
    if (Date.now() > deadline) throw new Error(`the Redis link is not ${state} after 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  redis = await startRedis();
  link = connectRedis(redis.url);
  await linkIs("up");
});
afterAll(async () => {
  await link?.close();
  await redis?.stop();
});

describeRecordStoreContract("redis", () => new RedisRecordStore(link.client));

describe("RedisRecordStore", () => {
  it("keeps each record under the gateway's prefix, with the time to live it was given (claim and replacement)", async () => {
    const store = new RedisRecordStore(link.client);
    await store.setIfAbsent("ttl-key", "claim", 30_000);
    const ttl = await link.client.pTTL("gateway:idempotency:ttl-key");
    expect(ttl).toBeGreaterThan(25_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
    await store.replace("ttl-key", "claim", "answer", 3_600_000);
    expect(await link.client.pTTL("gateway:idempotency:ttl-key")).toBeGreaterThan(3_500_000);
    expect(await link.client.get("gateway:idempotency:ttl-key")).toBe("answer");
    expect(await link.client.exists("ttl-key")).toBe(0);
  });

  it("fails while Redis is down (the link keeps no queue), so a keyed request is refused; works again once Redis is back", async () => {
    const records = new IdempotencyRecords(new RedisRecordStore(link.client), { secret: "a-secret-of-at-least-32-characters!" });
    const scope = { caller: "alice", field: "createUserGroup", key: "k-down" };
    await redis.kill();
    await linkIs("down");
    expect(await records.claim(scope, { a: 1 })).toEqual({ kind: "unavailable", retryAfterSeconds: 2 });
    await redis.restart();
    await linkIs("up");
    expect(await records.claim(scope, { a: 1 })).toMatchObject({ kind: "claimed", inDoubt: false });
  });
});
