import { assertNever } from "./client";
import type { BrokerUserMissing, FailureFieldsFragment } from "./generated/graphql";

const MISSING = {
  BROKER: "no broker has this id",
  USER: "the broker has no user with this username",
} as const satisfies Record<BrokerUserMissing, string>;

/**
 * What a client tells its user about any failure, from the fields `FailureFields` selects: every result's
 * describe function hands its failure members here. Covers every type that implements Error.
 */
export function describeFailure(failure: FailureFieldsFragment): string {
  switch (failure.__typename) {
    case "InputValidationError":
      return `fix the input: ${failure.violations.map((v) => `${v.path.join(".")} ${v.constraint}`).join("; ")}`;
    case "UserNotFound":
      return `create these users first: ${failure.userIds.join(", ")}`;
    case "BadRequest":
      return `AWS rejected the request${failure.attribute ? ` (${failure.attribute})` : ""}: ${failure.message}`;
    case "BrokerUserNotFound":
      return failure.missing ? `${MISSING[failure.missing]}: ${failure.message}` : `BrokerUserNotFound: ${failure.message}`;
    case "RateLimited":
      return `slow down: retry in ${failure.retryAfterSeconds} s`;
    case "UpstreamThrottled":
      return `AWS is throttling: retry in ${failure.retryAfterSeconds} s`;
    case "UpstreamUnavailable":
      return `AWS is unavailable: ${failure.retryable ? "retry later" : "do not retry"}; the call may have taken effect`;
    case "IdempotencyKeyReused":
      return "this idempotency key was used for another input: use a new key";
    case "IdempotencyInProgress":
      return `the first request with this idempotency key is still running: retry in ${failure.retryAfterSeconds} s for its answer`;
    case "IdempotencyUnavailable":
      return `keyed requests are refused for now: retry in ${failure.retryAfterSeconds} s, or send it without a key`;
    case "BrokerNotFound":
    case "BrokerUserAlreadyExists":
    case "Conflict":
    case "DefaultUserRequired":
    case "DuplicateUserName":
    case "Forbidden":
    case "InvalidParameterCombination":
    case "InvalidParameterValue":
    case "InvalidUserGroupState":
    case "ServiceLinkedRoleNotFound":
    case "TagQuotaPerResourceExceeded":
    case "UserGroupAlreadyExists":
    case "UserGroupNotFound":
    case "UserGroupQuotaExceeded":
      return `${failure.__typename}: ${failure.message}`;
    default:
      return assertNever(failure);
  }
}
