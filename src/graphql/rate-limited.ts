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
  static openSubscriptions(limit: number, retryAfterSeconds: number): RateLimited {
    return Object.assign(new RateLimited(), {
      message: `This caller has ${limit} open subscription${limit === 1 ? "" : "s"}, the most it may have; close one and retry.`,
      retryAfterSeconds,
    });
  }
}
