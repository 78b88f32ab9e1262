import { Field, InterfaceType, ObjectType } from "type-graphql";

/** Every union member that is not a success implements this, so `... on Error { message }` always works. */
@InterfaceType("Error", { description: "A failure the caller can act on. Members added later also implement it." })
export abstract class ErrorInterface {
  @Field(() => String, { description: "What went wrong, for people. Never contains secrets, account ids or stack traces." })
  message!: string;
}

/** A failure that AWS answered (or that happened on the way to AWS). */
@InterfaceType("AwsError", { implements: ErrorInterface, description: "A failure that comes from AWS." })
export abstract class AwsErrorInterface extends ErrorInterface {
  @Field(() => String, { nullable: true, description: "The AWS request id, when AWS gave one: what AWS support asks for." })
  requestId!: string | null;
}

/** Fills the fields every AWS error member has. */
export function awsError<T extends AwsErrorInterface>(member: T, message: string, requestId: string | undefined): T {
  member.message = message;
  member.requestId = requestId ?? null;
  return member;
}

/**
 * A union member for an AWS fault that says all it needs by its type: a fixed message and the request id.
 * The message is the gateway's own: AWS's text may carry account ids or role ARNs.
 */
export function fixedAwsError(name: string, description: string, message: string) {
  @ObjectType(name, { implements: [ErrorInterface, AwsErrorInterface], description })
  class FixedAwsError extends AwsErrorInterface {
    static of(fault: { readonly requestId?: string }): FixedAwsError {
      return awsError(new FixedAwsError(), message, fault.requestId);
    }
  }
  return FixedAwsError;
}
