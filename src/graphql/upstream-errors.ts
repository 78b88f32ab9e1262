import { Field, Int, ObjectType } from "type-graphql";
import type { UpstreamFault } from "../ports/result";
import { AwsErrorInterface, awsError, ErrorInterface } from "./error";

@ObjectType("UpstreamThrottled", {
  implements: [ErrorInterface, AwsErrorInterface],
  description:
    "AWS throttled the call and the gateway's retries did not get through, or the deployment's AWS call budget for the service was spent (nothing was sent). Retry after retryAfterSeconds.",
})
export class UpstreamThrottled extends AwsErrorInterface {
  @Field(() => Int, { description: "Seconds to wait before retrying." })
  retryAfterSeconds!: number;

  static of(fault: Extract<UpstreamFault, { code: "UpstreamThrottled" }>): UpstreamThrottled {
    const member = awsError(new UpstreamThrottled(), "AWS is throttling requests; retry after the hinted delay.", fault.requestId);
    member.retryAfterSeconds = fault.retryAfterSeconds;
    return member;
  }
}

@ObjectType("UpstreamUnavailable", {
  implements: [ErrorInterface, AwsErrorInterface],
  description: "AWS failed, timed out or could not be reached. The call may or may not have taken effect.",
})
export class UpstreamUnavailable extends AwsErrorInterface {
  @Field(() => Boolean, { description: "Whether retrying the same call later may succeed." })
  retryable!: boolean;

  static of(fault: Extract<UpstreamFault, { code: "UpstreamUnavailable" }>): UpstreamUnavailable {
    const member = awsError(new UpstreamUnavailable(), "AWS could not complete the call.", fault.requestId);
    member.retryable = fault.retryable;
    return member;
  }
}
