import { Field, Int, ObjectType } from "type-graphql";
import { ErrorInterface } from "./error";

@ObjectType("RateLimited", {
  implements: ErrorInterface,
  description: "The caller sent mutations faster than its rate limit; nothing was sent to AWS. Retry after retryAfterSeconds.",
})
export class RateLimited extends ErrorInterface {
  @Field(() => Int, { description: "Seconds until the caller may send another mutation." })
  retryAfterSeconds!: number;

  static of(retryAfterSeconds: number): RateLimited {
    return Object.assign(new RateLimited(), {
      message: `Too many mutations from this caller; retry in ${retryAfterSeconds} s.`,
      retryAfterSeconds,
    });
  }
}
