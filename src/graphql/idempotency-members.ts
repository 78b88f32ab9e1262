import { Field, Int, ObjectType } from "type-graphql";
import { ErrorInterface } from "./error";

/*
 * The answers of a mutation sent with an idempotencyKey that the gateway gives itself, without calling
 * AWS. They follow the IETF Idempotency-Key draft (422, 409) and Stripe's behaviour.
 */

@ObjectType("IdempotencyKeyReused", {
  implements: ErrorInterface,
  description:
    "The idempotencyKey was used before by this caller for this mutation with a different input; nothing was sent to AWS. Use a new key for a new request.",
})
export class IdempotencyKeyReused extends ErrorInterface {
  static of(): IdempotencyKeyReused {
    return Object.assign(new IdempotencyKeyReused(), { message: "This idempotency key was used with a different input; use a new key for a new request." });
  }
}

@ObjectType("IdempotencyInProgress", {
  implements: ErrorInterface,
  description: "A request with this idempotencyKey and input is still running; nothing was sent to AWS. Retry after retryAfterSeconds to get its answer.",
})
export class IdempotencyInProgress extends ErrorInterface {
  @Field(() => Int, { description: "Seconds to wait before retrying with the same key and input." })
  retryAfterSeconds!: number;

  static of(retryAfterSeconds: number): IdempotencyInProgress {
    return Object.assign(new IdempotencyInProgress(), {
      message: `A request with this idempotency key is still running; retry in ${retryAfterSeconds} s for its answer.`,
      retryAfterSeconds,
    });
  }
}

@ObjectType("IdempotencyUnavailable", {
  implements: ErrorInterface,
  description:
    "The gateway cannot reach the store of idempotency records, so it refuses a keyed mutation rather than run it unprotected; nothing was sent to AWS. Retry after retryAfterSeconds (a mutation without a key still runs).",
})
export class IdempotencyUnavailable extends ErrorInterface {
  @Field(() => Int, { description: "Seconds to wait before retrying." })
  retryAfterSeconds!: number;

  static of(retryAfterSeconds: number): IdempotencyUnavailable {
    return Object.assign(new IdempotencyUnavailable(), {
      message: `Idempotency keys cannot be honoured right now; retry in ${retryAfterSeconds} s.`,
      retryAfterSeconds,
    });
  }
}

/** The members every mutation's result union has for its idempotencyKey. */
export const IDEMPOTENCY_MEMBERS = [IdempotencyKeyReused, IdempotencyInProgress, IdempotencyUnavailable] as const;

export type IdempotencyMember = IdempotencyKeyReused | IdempotencyInProgress | IdempotencyUnavailable;

/** The description of every mutation input's `idempotencyKey`. */
export const IDEMPOTENCY_KEY_DESCRIPTION =
  "Makes the mutation safe to retry: 1 to 255 characters, new for each request (a UUID, say). A repeat with the same key and " +
  "the same input gets the first answer again, success or AWS fault, without a second AWS call; with a different input it gets " +
  "IdempotencyKeyReused, and while the first is still running IdempotencyInProgress. Keys are kept per caller and per mutation, " +
  "24 hours unless the gateway is configured otherwise. A repeat of a call that ended in UpstreamUnavailable (it may have taken " +
  "effect) is not replayed: a create first reads AWS and answers success when the earlier call created the resource with this input.";

/** The `idempotencyKey` field of a mutation input. */
export const IdempotencyKeyField = () => Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION });
