import { createUnionType, Field, ObjectType } from "type-graphql";
import type { BrokerUserCallFault, BrokerUserKey, UpdateBrokerUserFault } from "../../ports/broker-users";
import { AwsErrorInterface, awsError, ErrorInterface } from "../error";
import { BadRequest, Forbidden } from "../mq-errors";
import { MUTATION_MEMBERS, memberByCode } from "../result-members";
import { UpstreamThrottled, UpstreamUnavailable } from "../upstream-errors";
import { BrokerUserNotFound } from "./read-results";

@ObjectType("UpdateBrokerUserSuccess", {
  description: "AWS accepted the change. It is pending (UPDATE) until the broker reboots or its maintenance window; brokerUser shows it.",
})
export class UpdateBrokerUserSuccess {
  @Field(() => String)
  brokerId!: string;

  @Field(() => String)
  username!: string;

  static of(key: BrokerUserKey): UpdateBrokerUserSuccess {
    return Object.assign(new UpdateBrokerUserSuccess(), { brokerId: key.brokerId, username: key.username });
  }
}

@ObjectType("DeleteBrokerUserSuccess", {
  description: "AWS accepted the deletion: the user is pending deletion (DELETE) until the broker reboots; a user still pending creation is gone at once.",
})
export class DeleteBrokerUserSuccess {
  @Field(() => String)
  brokerId!: string;

  @Field(() => String)
  username!: string;

  static of(key: BrokerUserKey): DeleteBrokerUserSuccess {
    return Object.assign(new DeleteBrokerUserSuccess(), { brokerId: key.brokerId, username: key.username });
  }
}

@ObjectType("Conflict", {
  implements: [ErrorInterface, AwsErrorInterface],
  description: "The user's state does not allow the change (AWS ConflictException), e.g. it is pending deletion; the message gives AWS's reason.",
})
export class Conflict extends AwsErrorInterface {
  static of(fault: Extract<UpdateBrokerUserFault, { code: "Conflict" }>): Conflict {
    return awsError(new Conflict(), fault.reason, fault.requestId);
  }
}

export const UpdateBrokerUserResult = createUnionType({
  name: "UpdateBrokerUserResult",
  types: () => [UpdateBrokerUserSuccess, BrokerUserNotFound, Conflict, BadRequest, Forbidden, ...MUTATION_MEMBERS] as const,
});
export type UpdateBrokerUserResult = typeof UpdateBrokerUserResult;

export const updateBrokerUserFaultMember = memberByCode<UpdateBrokerUserFault, UpdateBrokerUserResult>({
  BrokerUserNotFound: BrokerUserNotFound.of,
  Conflict: Conflict.of,
  BadRequest: BadRequest.of,
  Forbidden: Forbidden.of,
  UpstreamThrottled: UpstreamThrottled.of,
  UpstreamUnavailable: UpstreamUnavailable.of,
});

export const DeleteBrokerUserResult = createUnionType({
  name: "DeleteBrokerUserResult",
  types: () => [DeleteBrokerUserSuccess, BrokerUserNotFound, BadRequest, Forbidden, ...MUTATION_MEMBERS] as const,
});
export type DeleteBrokerUserResult = typeof DeleteBrokerUserResult;

export const deleteBrokerUserFaultMember = memberByCode<BrokerUserCallFault, DeleteBrokerUserResult>({
  BrokerUserNotFound: BrokerUserNotFound.of,
  BadRequest: BadRequest.of,
  Forbidden: Forbidden.of,
  UpstreamThrottled: UpstreamThrottled.of,
  UpstreamUnavailable: UpstreamUnavailable.of,
});
