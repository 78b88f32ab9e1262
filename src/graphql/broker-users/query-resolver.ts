import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { callNote, OPERATIONS } from "../../operations";
import type { BrokerUserSummary, BrokerUsers } from "../../ports/broker-users";
import { validateBrokerId, validateBrokerUserKey } from "../../validation/broker-user-input";
import type { CallRunner } from "../call-runner";
import { AFTER_DESCRIPTION, FIRST_DESCRIPTION } from "../connection";
import type { GatewayContext } from "../context";
import { PageCursor } from "../page-cursor";
import { BrokerUserResult, BrokerUsersResult, brokerUserCallFaultMember, brokerUsersFaultMember } from "./read-results";
import { BrokerUser, BrokerUserConnection } from "./types";

/** The broker user queries. */
@Resolver()
export class BrokerUserQueryResolver {
  constructor(
    private readonly port: BrokerUsers,
    private readonly runner: CallRunner,
  ) {}

  @Authorized(OPERATIONS.brokerUsers.scope)
  @Query(() => BrokerUsersResult, {
    description: `A page of an ActiveMQ broker's users, with each one's pending change. ${callNote("brokerUsers")}`,
  })
  async brokerUsers(
    @Arg("brokerId", () => String) brokerId: string,
    @Arg("first", () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first: number | null | undefined,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null | undefined,
    @Ctx() context: GatewayContext,
  ): Promise<BrokerUsersResult> {
    // A cursor belongs to one broker's list.
    const cursor = new PageCursor("brokerUsers", (user: BrokerUserSummary) => user.username, [brokerId]);
    const { plan, violations } = cursor.plan({ first, after });
    return this.runner.run(context, {
      field: "brokerUsers",
      violations: [...validateBrokerId(brokerId), ...violations],
      call: () => this.port.list(brokerId, plan!.request),
      success: (page) => BrokerUserConnection.of(cursor.connection(plan!, page)),
      fault: cursor.faults(brokerUsersFaultMember),
    });
  }

  @Authorized(OPERATIONS.brokerUser.scope)
  @Query(() => BrokerUserResult, {
    description: `One broker user as the broker runs it, and its pending change, never its password. ${callNote("brokerUser")}`,
  })
  async brokerUser(
    @Arg("brokerId", () => String) brokerId: string,
    @Arg("username", () => String) username: string,
    @Ctx() context: GatewayContext,
  ): Promise<BrokerUserResult> {
    const key = { brokerId, username };
    return this.runner.run(context, {
      field: "brokerUser",
      violations: validateBrokerUserKey(key),
      call: () => this.port.get(key),
      success: BrokerUser.of,
      fault: brokerUserCallFaultMember,
    });
  }
}
