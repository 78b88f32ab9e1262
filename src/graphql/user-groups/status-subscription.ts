import { Arg, Authorized, Resolver, Root, type SubscribeResolverData, Subscription } from "type-graphql";
import { callNote, OPERATIONS } from "../../operations";
import type { GatewayContext } from "../context";
import { UserGroupResult } from "./result";
import { PollFailed, type StatusEvent, type StatusRequest, USER_GROUP_STATUS_TOPIC } from "./status-stream";

const DESCRIPTION = [
  "The user group's state now, then each change. Completes after a final state (ACTIVE, or UserGroupNotFound once a deletion ends),",
  "after a refusal (InputValidationError, RateLimited), or when the gateway's longest subscription time has passed.",
  "Served over GraphQL over Server-Sent Events at POST /graphql/stream (Accept: text/event-stream).",
  `${callNote("userGroupStatus")} The gateway polls AWS once per interval for all subscribers of a group.`,
].join(" ");

@Resolver()
export class UserGroupStatusResolver {
  @Authorized(OPERATIONS.userGroupStatus.scope)
  @Subscription(() => UserGroupResult, {
    description: DESCRIPTION,
    topics: USER_GROUP_STATUS_TOPIC,
    topicId: ({ args, context }: SubscribeResolverData<unknown, { userGroupId: string }, GatewayContext>): StatusRequest => ({
      userGroupId: args.userGroupId,
      context,
    }),
  })
  userGroupStatus(@Root() event: StatusEvent, @Arg("userGroupId", () => String) _userGroupId: string): UserGroupResult {
    if (event instanceof PollFailed) throw event.error;
    return event;
  }
}
