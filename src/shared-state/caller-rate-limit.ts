import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { CallerLimit } from "../graphql/call-runner";
import type { RedisLink } from "./redis-link";

/** What GATEWAY_RATE_LIMIT_PER_MINUTE and GATEWAY_RATE_LIMIT_BURST configure. */
export interface RateLimitSettings {
  /** Calls a caller may make per minute; 0 turns the limit off. */
  readonly perMinute: number;
  /** Calls a caller may make at once: at most this many per window of `burst * 60 / perMinute` seconds. */
  readonly burst: number;
}

export interface RateWindow {
  readonly name: string;
  readonly points: number;
  readonly seconds: number;
}

/**
 * The windows a call must fit in: a minute of `perMinute` calls, and, when `burst` is below that, a short
 * window of `burst` calls, so that a caller cannot spend its minute in one go. The short window has the
 * minute's own rate; it is whole seconds (Redis expires keys by the second), so when it would be shorter
 * than a second it is one second of `perMinute / 60` calls.
 */
export function rateWindows({ perMinute, burst }: RateLimitSettings): RateWindow[] {
  if (perMinute === 0) return [];
  const minute = { name: "rate", points: perMinute, seconds: 60 };
  if (burst >= perMinute) return [minute];
  const seconds = Math.max(1, Math.ceil((burst * 60) / perMinute));
  return [{ name: "burst", points: Math.max(burst, Math.floor((perMinute * seconds) / 60)), seconds }, minute];
}

/**
 * Each caller's rate limit, on rate-limiter-flexible's fixed windows (a window starts with the caller's
 * first call in it, so calls at the end of one and the start of the next can come close together). With
 * Redis the windows are counted there, for all replicas together: N replicas admit N per minute, not N
 * times N. Without it, or while Redis is down or slow, each process counts in memory, so the limit is then
 * per process. Memory keeps a caller only until its window ends.
 */
export class CallerRateLimit implements CallerLimit {
  private readonly limiters: RateLimiterAbstract[];

  constructor(settings: RateLimitSettings, redis?: RedisLink) {
    this.limiters = rateWindows(settings).map(({ name, points, seconds }) => {
      const memory = new RateLimiterMemory({ keyPrefix: `ag:${name}`, points, duration: seconds });
      if (!redis) return memory;
      return new RateLimiterRedis({
        storeClient: redis.client,
        useRedisPackage: true,
        // Not connected: straight to memory, without waiting for the command to fail.
        rejectIfRedisNotReady: true,
        keyPrefix: `ag:${name}`,
        points,
        duration: seconds,
        insuranceLimiter: memory,
      });
    });
  }

  /** Counts a call of `caller`: 0 when it may go, else the whole seconds until it may (at least 1). */
  async take(caller: string): Promise<number> {
    for (const [index, limiter] of this.limiters.entries()) {
      try {
        await limiter.consume(caller);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        // A refused call costs the caller nothing: the windows it passed get their point back.
        await Promise.all(this.limiters.slice(0, index).map((passed) => passed.reward(caller)));
        return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      }
    }
    return 0;
  }
}
