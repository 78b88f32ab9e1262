import { createUnionType, Field, ObjectType } from "type-graphql";
import type { BrokerUserFault, BrokerUser as BrokerUserValue } from "../../ports/broker-users";
import { fixedAwsError } from "../error";
import { BadRequest, Forbidden } from "../mq-errors";
import { MUTATION_MEMBERS, memberByCode } from "../result-members";
import { UpstreamThrottled, UpstreamUnavailable } from "../upstream-errors";
import { BrokerUser } from "./types";

@ObjectType("CreateBrokerUserSuccess")
export class CreateBrokerUserSuccess {
  @Field(() => BrokerUser, { description: "The new user, pending creation (CREATE) until the broker reboots." })
  brokerUser!: BrokerUser;

  static of(brokerUser: BrokerUserValue): CreateBrokerUserSuccess {
    return Object.assign(new CreateBrokerUserSuccess(), { brokerUser: BrokerUser.of(brokerUser) });
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

export const CreateBrokerUserResult = createUnionType({
  name: "CreateBrokerUserResult",
  types: () => [CreateBrokerUserSuccess, BrokerNotFound, BrokerUserAlreadyExists, BadRequest, Forbidden, ...MUTATION_MEMBERS] as const,
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
