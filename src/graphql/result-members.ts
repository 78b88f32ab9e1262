import { IDEMPOTENCY_MEMBERS } from "./idempotency-members";
import { InputValidationError } from "./input-validation-error";
import { RateLimited } from "./rate-limited";
import { UpstreamThrottled, UpstreamUnavailable } from "./upstream-errors";

/** The members every AWS-calling field's result union has besides its own: the gateway's and the upstream's. */
export const COMMON_MEMBERS = [InputValidationError, RateLimited, UpstreamThrottled, UpstreamUnavailable] as const;

/** The members every mutation's result union has besides its own: the common ones and its idempotency key's. */
export const MUTATION_MEMBERS = [...COMMON_MEMBERS, ...IDEMPOTENCY_MEMBERS] as const;

/** What turns each domain fault code into its union member: the compiler checks that every code has one. */
export type MembersByCode<F extends { readonly code: string }, M> = { readonly [C in F["code"]]: (fault: Extract<F, { code: C }>) => M };

/** Domain fault to union member, by the fault's code. */
export const memberByCode =
  <F extends { readonly code: string }, M>(members: MembersByCode<F, M>) =>
  (fault: F): M =>
    (members[fault.code as F["code"]] as (fault: F) => M)(fault);
