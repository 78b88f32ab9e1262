import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { RedisLink } from "../../shared-state/redis-link";
import { UpstreamOverBudget } from "./upstream-gate";

const KEY_PREFIX = "access-gateway:aws-calls";

/** The AWS services a budget can bound; part of the budget's key. */
export type BudgetedService = "elasticache" | "mq";

/**
 * The calls per second one AWS service may receive from the whole deployment, in windows of one second:
 * one token per call, whatever the SDK's retries inside the call do (a retry refused halfway would turn
 * a call AWS may have carried out into a refusal; the SDK's retry quota and the call's deadline bound
 * retries).
 */
export class AwsCallBudget {
  constructor(
    private readonly limiter: RateLimiterAbstract,
    private readonly key: string,
  ) {}

  /**
   * Takes a token for one call, waiting for the next window while one comes within `maxWaitMs`.
   * Resolves with the milliseconds waited; rejects with UpstreamOverBudget when no token comes in time.
   */
  async take(maxWaitMs: number): Promise<number> {
    const started = performance.now();
    for (;;) {
      try {
        await this.limiter.consume(this.key);
        return performance.now() - started;
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const nextMs = Math.max(1, refusal.msBeforeNext);
        if (performance.now() - started + nextMs > maxWaitMs) throw new UpstreamOverBudget(Math.ceil(nextMs / 1000));
        await new Promise((resolve) => setTimeout(resolve, nextMs));
      }
    }
  }
}

/**
 * The budget of `service` in `region` (AWS's API rates are per account and region), or undefined when
 * `perSecond` is 0 (off). With a Redis link every replica takes from one count in Redis; while Redis is
 * down or slow, each process takes from its own in-memory count of the same size, so the deployment may
 * then send up to replicas × perSecond. Without a link the budget is this process's own.
 */
export function awsCallBudget(service: BudgetedService, region: string, perSecond: number, redis?: RedisLink): AwsCallBudget | undefined {
  if (perSecond === 0) return undefined;
  const window = { points: perSecond, duration: 1 };
  const own = new RateLimiterMemory(window);
  const limiter = redis
    ? new RateLimiterRedis({
        ...window,
        storeClient: redis.client,
        useRedisPackage: true,
        keyPrefix: KEY_PREFIX,
        // While the link is down the process's own count answers at once, without a command that would fail.
        rejectIfRedisNotReady: true,
        insuranceLimiter: own,
        // Once a window is spent, the calls that follow in it are refused here without asking Redis.
        inMemoryBlockOnConsumed: perSecond,
      })
    : own;
  return new AwsCallBudget(limiter, `${service}:${region}`);
}
