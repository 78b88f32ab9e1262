import { randomUUID } from "node:crypto";
import { type EndSubscription, LocalOpenSubscriptions, type OpenSubscriptions } from "../watch/open-subscriptions";
import type { RedisLink } from "./redis-link";

/** How far replicas' clocks may disagree before one drops another's live subscription from a count. */
const CLOCK_SLACK_MS = 60_000;

/**
 * Each caller's open subscriptions counted in Redis, across replicas: a sorted set per caller whose members
 * are subscriptions, each scored with the time by which it has surely ended (its longest life from now).
 * Counting drops the members past that time first, so the subscriptions of a replica that died stop
 * counting when they would have ended anyway; the set itself expires when its last member would have.
 * Admission adds the member first and counts after (one MULTI, no script), so two callers racing for the
 * last place may both be refused but the cap is never passed. While Redis cannot answer, this process's
 * own count decides; it counts every subscription it serves, however admitted.
 */
export class SharedOpenSubscriptions implements OpenSubscriptions {
  private readonly local: LocalOpenSubscriptions;
  private readonly replica = randomUUID();
  private readonly lifeMs: number;
  private opened = 0;
  /** Ended subscriptions whose removal Redis did not take: sent again with the next admission. */
  private unended: { key: string; member: string }[] = [];

  constructor(
    private readonly redis: RedisLink,
    readonly cap: number,
    maxSeconds: number,
  ) {
    this.local = new LocalOpenSubscriptions(cap);
    this.lifeMs = maxSeconds * 1000 + CLOCK_SLACK_MS;
  }

  async open(caller: string): Promise<EndSubscription | undefined> {
    const key = `ag:subs:${caller}`;
    const member = `${this.replica}:${++this.opened}`;
    let count: number;
    try {
      count = await this.add(key, member);
    } catch {
      return this.local.openNow(caller);
    }
    if (count > this.cap) {
      this.remove(key, member);
      return undefined;
    }
    const endHere = this.local.add(caller);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      endHere();
      this.remove(key, member);
    };
  }

  /** Adds `member` to `key`'s live subscriptions: how many there are with it. */
  private async add(key: string, member: string): Promise<number> {
    const now = Date.now();
    const retried = this.unended.splice(0);
    const multi = this.redis.client.multi();
    for (const old of retried) multi.zRem(old.key, old.member);
    multi
      .zRemRangeByScore(key, "-inf", now)
      .zAdd(key, { score: now + this.lifeMs, value: member })
      .zCard(key)
      .pExpire(key, this.lifeMs);
    try {
      const replies = await multi.exec();
      return Number(replies.at(-2));
    } catch (error) {
      this.unended.push(...retried);
      throw error;
    }
  }

  private remove(key: string, member: string): void {
    this.redis.client.zRem(key, member).catch(() => this.unended.push({ key, member }));
  }
}
