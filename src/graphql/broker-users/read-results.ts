import { createUnionType, Field, ObjectType, registerEnumType } from "type-graphql";
import type { BrokerUserCallFault, BrokerUserNotFound as BrokerUserNotFoundFault, ListBrokerUsersFault } from "../../ports/broker-users";
import { AwsErrorInterface, awsError, ErrorInterface } from "../error";
import { BadRequest, Forbidden } from "../mq-errors";
import { COMMON_MEMBERS, memberByCode } from "../result-members";
import { UpstreamThrottled, UpstreamUnavailable } from "../upstream-errors";
import { BrokerNotFound } from "./result";
import { BrokerUser, BrokerUserConnection } from "./types";

type Missing = NonNullable<BrokerUserNotFoundFault["missing"]>;

export const BrokerUserMissing = { BROKER: "BROKER", USER: "USER" } as const satisfies Record<Missing, Missing>;
registerEnumType(BrokerUserMissing, {
  name: "BrokerUserMissing",
  description: "What AWS found missing on a call about one broker user.",
  valuesConfig: { BROKER: { description: "No broker has the id." }, USER: { description: "The broker has no user with the username." } },
});

const MESSAGES: Readonly<Record<Missing | "unknown", string>> = {
  BROKER: "No broker with this id exists in the gateway's region.",
  USER: "The broker has no user with this username.",
  unknown: "The broker or the user does not exist.",
};

@ObjectType("BrokerUserNotFound", {
  implements: [ErrorInterface, AwsErrorInterface],
  description:
    "The broker or the user does not exist (AWS NotFoundException). `missing` says which, when AWS said. A deleted user is gone once the broker reboots.",
})
export class BrokerUserNotFound extends AwsErrorInterface {
  @Field(() => BrokerUserMissing, { nullable: true, description: "Null when AWS did not say which." })
  missing!: Missing | null;

  static of(fault: BrokerUserNotFoundFault): BrokerUserNotFound {
    const member = awsError(new BrokerUserNotFound(), MESSAGES[fault.missing ?? "unknown"], fault.requestId);
    member.missing = fault.missing;
    return member;
  }
}

/** A page of a broker's users (the `brokerUsers` query). */
export const BrokerUsersResult = createUnionType({
  name: "BrokerUsersResult",
  types: () => [BrokerUserConnection, BrokerNotFound, BadRequest, Forbidden, ...COMMON_MEMBERS] as const,
});
export type BrokerUsersResult = typeof BrokerUsersResult;

export const brokerUsersFaultMember = memberByCode<ListBrokerUsersFault, BrokerUsersResult>({
  BrokerNotFound: BrokerNotFound.of,
  BadRequest: BadRequest.of,
  Forbidden: Forbidden.of,
  UpstreamThrottled: UpstreamThrottled.of,
  UpstreamUnavailable: UpstreamUnavailable.of,
});

/** One broker user (the `brokerUser` query). */
export const BrokerUserResult = createUnionType({
  name: "BrokerUserResult",
  types: () => [BrokerUser, BrokerUserNotFound, BadRequest, Forbidden, ...COMMON_MEMBERS] as const,
});
export type BrokerUserResult = typeof BrokerUserResult;

export const brokerUserCallFaultMember = memberByCode<BrokerUserCallFault, BrokerUserResult>({
  BrokerUserNotFound: BrokerUserNotFound.of,
  BadRequest: BadRequest.of,
  Forbidden: Forbidden.of,
  UpstreamThrottled: UpstreamThrottled.of,
  UpstreamUnavailable: UpstreamUnavailable.of,
});
