/** The Amazon MQ faults every MQ command lists: union members of the brokers and broker users fields alike. */
import { Field, ObjectType } from "type-graphql";
import type { Fault } from "../ports/result";
import { AwsErrorInterface, awsError, ErrorInterface, fixedAwsError } from "./error";

@ObjectType("BadRequest", {
  implements: [ErrorInterface, AwsErrorInterface],
  description: "AWS rejected the request (BadRequestException); the message gives AWS's reason.",
})
export class BadRequest extends AwsErrorInterface {
  @Field(() => String, { nullable: true, description: "The input attribute AWS named, when it named one." })
  attribute!: string | null;

  static of(fault: Fault<"BadRequest", { readonly attribute: string | null; readonly reason: string }>): BadRequest {
    const member = awsError(new BadRequest(), fault.reason, fault.requestId);
    member.attribute = fault.attribute;
    return member;
  }
}

export const Forbidden = fixedAwsError(
  "Forbidden",
  "AWS denied the gateway this action (AWS ForbiddenException). An operator must grant it; AWS's message is withheld.",
  "The gateway is not allowed to perform this action. An operator must grant it the permission.",
);
