import { assertNever, describePage } from "./client";
import { describeFailure } from "./describe-failure";
import type {
  BrokersQuery,
  BrokerUserFieldsFragment,
  BrokerUserQuery,
  BrokerUsersQuery,
  CreateBrokerUserMutation,
  DeleteBrokerUserMutation,
  UpdateBrokerUserMutation,
} from "./generated/graphql";

/*
 * What a client tells its user about each Amazon MQ result: an exhaustive switch on __typename, the
 * members' own fields, failures handed to describeFailure. When schema.graphql gains a member and
 * `npm run codegen` runs, the switch stops compiling until the member has a case.
 */

export type CreateBrokerUserResult = CreateBrokerUserMutation["createBrokerUser"];
export type BrokersResult = BrokersQuery["brokers"];
export type BrokerUsersResult = BrokerUsersQuery["brokerUsers"];
export type BrokerUserResult = BrokerUserQuery["brokerUser"];
export type UpdateBrokerUserResult = UpdateBrokerUserMutation["updateBrokerUser"];
export type DeleteBrokerUserResult = DeleteBrokerUserMutation["deleteBrokerUser"];

export function describeBrokerUser(user: BrokerUserFieldsFragment): string {
  const pending = user.pending ? `pending ${user.pending.pendingChange ?? "a change"}` : "nothing pending";
  return `${user.username} on ${user.brokerId}, groups [${user.groups.join(", ")}], ${pending}`;
}

export function describeCreateBrokerUserResult(result: CreateBrokerUserResult): string {
  switch (result.__typename) {
    case "CreateBrokerUserSuccess":
      return `created ${describeBrokerUser(result.brokerUser)}`;
    case "BadRequest":
    case "BrokerNotFound":
    case "BrokerUserAlreadyExists":
    case "Forbidden":
    case "IdempotencyInProgress":
    case "IdempotencyKeyReused":
    case "IdempotencyUnavailable":
    case "InputValidationError":
    case "RateLimited":
    case "UpstreamThrottled":
    case "UpstreamUnavailable":
      return describeFailure(result);
    default:
      return assertNever(result);
  }
}

export function describeBrokersResult(result: BrokersResult): string {
  switch (result.__typename) {
    case "BrokerConnection":
      return describePage("brokers", result);
    case "BadRequest":
    case "Forbidden":
    case "InputValidationError":
    case "RateLimited":
    case "UpstreamThrottled":
    case "UpstreamUnavailable":
      return describeFailure(result);
    default:
      return assertNever(result);
  }
}

export function describeBrokerUsersResult(result: BrokerUsersResult): string {
  switch (result.__typename) {
    case "BrokerUserConnection":
      return describePage("broker users", result);
    case "BadRequest":
    case "BrokerNotFound":
    case "Forbidden":
    case "InputValidationError":
    case "RateLimited":
    case "UpstreamThrottled":
    case "UpstreamUnavailable":
      return describeFailure(result);
    default:
      return assertNever(result);
  }
}

export function describeBrokerUserResult(result: BrokerUserResult): string {
  switch (result.__typename) {
    case "BrokerUser":
      return describeBrokerUser(result);
    case "BadRequest":
    case "BrokerUserNotFound":
    case "Forbidden":
    case "InputValidationError":
    case "RateLimited":
    case "UpstreamThrottled":
    case "UpstreamUnavailable":
      return describeFailure(result);
    default:
      return assertNever(result);
  }
}

export function describeUpdateBrokerUserResult(result: UpdateBrokerUserResult): string {
  switch (result.__typename) {
    case "UpdateBrokerUserSuccess":
      return `updating ${result.username} on ${result.brokerId}: pending until the broker reboots`;
    case "BadRequest":
    case "BrokerUserNotFound":
    case "Conflict":
    case "Forbidden":
    case "IdempotencyInProgress":
    case "IdempotencyKeyReused":
    case "IdempotencyUnavailable":
    case "InputValidationError":
    case "RateLimited":
    case "UpstreamThrottled":
    case "UpstreamUnavailable":
      return describeFailure(result);
    default:
      return assertNever(result);
  }
}

export function describeDeleteBrokerUserResult(result: DeleteBrokerUserResult): string {
  switch (result.__typename) {
    case "DeleteBrokerUserSuccess":
      return `deleting ${result.username} on ${result.brokerId}`;
    case "BadRequest":
    case "BrokerUserNotFound":
    case "Forbidden":
    case "IdempotencyInProgress":
    case "IdempotencyKeyReused":
    case "IdempotencyUnavailable":
    case "InputValidationError":
    case "RateLimited":
    case "UpstreamThrottled":
    case "UpstreamUnavailable":
      return describeFailure(result);
    default:
      return assertNever(result);
  }
}
