import type { RedisClientType } from "redis";
import type { RecordStore } from "./record-store";

/** Every record's Redis key starts with this: the gateway's other keys in the same Redis are not records. */
const PREFIX = "gateway:idempotency:";

/**
 * Replace-if-equal in one step. Redis 7.0 (Debian's, and what ElastiCache runs) has no SET IFEQ (8.4
 * adds it), and a GET then a SET from here would let another replica's write land in between. An
 * empty value (never a record) deletes.
 */
const REPLACE_SCRIPT = `if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end return 1`;

/**
 * The records in the shared Redis, so that every replica sees each key's claim and answer. A claim is
 * `SET NX PX ... GET`: stored if absent, else the value held, in one command (Redis 7.0 or later).
 * Commands fail at once while Redis is down (the link has no offline queue): the caller refuses keyed mutations.
 */
export class RedisRecordStore implements RecordStore {
  constructor(private readonly client: RedisClientType) {}

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<string | undefined> {
    const held = await this.client.set(PREFIX + key, value, { condition: "NX", expiration: { type: "PX", value: ttlMs }, GET: true });
    return held === null ? undefined : String(held);
  }

  async replace(key: string, expected: string, value: string | undefined, ttlMs: number): Promise<boolean> {
    const done = await this.client.eval(REPLACE_SCRIPT, { keys: [PREFIX + key], arguments: [expected, value ?? "", String(ttlMs)] });
    return done === 1;
  }
}
