import { Field, Int, ObjectType } from "type-graphql";
import { ErrorInterface } from "./error";

@ObjectType("RateLimited", {
  implements: ErrorInterface,
  description:
    "The caller made AWS-backed requests faster than its rate limit, or has as many open subscriptions as it may; nothing was sent to AWS. Retry after retryAfterSeconds.",
})
export class RateLimited extends ErrorInterface {
  @Field(() => Int, { description: "Seconds until the caller may make another AWS-backed request." })
  retryAfterSeconds!: number;

  static of(retryAfterSeconds: number): RateLimited {
    return Object.assign(new RateLimited(), {
      message: `Too many requests from this caller; retry in ${retryAfterSeconds} s.`,
      retryAfterSeconds,
    });
  }

  /** The caller has as many open subscriptions as it may have: one must end first. */
  /** Too many open subscriptions: the caller's own (`by` "caller"), or the gateway's in all. */
  static openSubscriptions(limit: number, retryAfterSeconds: number, by: "caller" | "gateway"): RateLimited {
    const message =
      by === "caller"
        ? `This caller has ${limit} open subscription${limit === 1 ? "" : "s"}, the most it may have; close one and retry.`
        : `The gateway has ${limit} open subscriptions, the most it serves at once; retry later.`;
    return Object.assign(new RateLimited(), { message, retryAfterSeconds });
  }
}
