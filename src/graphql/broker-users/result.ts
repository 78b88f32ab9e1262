import { createUnionType, Field, ObjectType } from "type-graphql";
import type { BrokerUserFault, BrokerUser as BrokerUserValue } from "../../ports/broker-users";
import { AwsErrorInterface, awsError, ErrorInterface, fixedAwsError } from "../error";
import { COMMON_MEMBERS, memberByCode } from "../result-members";
import { UpstreamThrottled, UpstreamUnavailable } from "../upstream-errors";
import { BrokerUser } from "./types";

@ObjectType("CreateBrokerUserSuccess")
export class CreateBrokerUserSuccess {
  @Field(() => BrokerUser)
  brokerUser!: BrokerUser;

  static of(brokerUser: BrokerUserValue): CreateBrokerUserSuccess {
    return Object.assign(new CreateBrokerUserSuccess(), { brokerUser });
  }
}

@ObjectType("BadRequest", {
  implements: [ErrorInterface, AwsErrorInterface],
  description: "AWS rejected the request (BadRequestException); the message gives AWS's reason.",
})
export class BadRequest extends AwsErrorInterface {
  @Field(() => String, { nullable: true, description: "The input attribute AWS named, when it named one." })
  attribute!: string | null;

  static of(fault: Extract<BrokerUserFault, { code: "BadRequest" }>): BadRequest {
    const member = awsError(new BadRequest(), fault.reason, fault.requestId);
    member.attribute = fault.attribute;
    return member;
  }
}

export const BrokerNotFound = fixedAwsError(
  "BrokerNotFound",
  "No broker has this id in the gateway's region (AWS NotFoundException). Check the id.",
  "No broker with this id exists in the gateway's region.",
);
export const BrokerUserAlreadyExists = fixedAwsError(
  "BrokerUserAlreadyExists",
  "The broker already has a user with this username (AWS ConflictException). Choose another username.",
  "The broker already has a user with this username.",
);
export const Forbidden = fixedAwsError(
  "Forbidden",
  "AWS denied the gateway this action (AWS ForbiddenException). An operator must grant it; AWS's message is withheld.",
  "The gateway is not allowed to perform this action. An operator must grant it the permission.",
);

export const CreateBrokerUserResult = createUnionType({
  name: "CreateBrokerUserResult",
  types: () => [CreateBrokerUserSuccess, BrokerNotFound, BrokerUserAlreadyExists, BadRequest, Forbidden, ...COMMON_MEMBERS] as const,
});
export type CreateBrokerUserResult = typeof CreateBrokerUserResult;

export const brokerUserFaultMember = memberByCode<BrokerUserFault, CreateBrokerUserResult>({
  BrokerNotFound: BrokerNotFound.of,
  BrokerUserAlreadyExists: BrokerUserAlreadyExists.of,
  BadRequest: BadRequest.of,
  Forbidden: Forbidden.of,
  UpstreamThrottled: UpstreamThrottled.of,
  UpstreamUnavailable: UpstreamUnavailable.of,
});
