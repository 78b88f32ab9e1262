import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { callNote, OPERATIONS } from "../../operations";
import type { Broker, Brokers } from "../../ports/brokers";
import type { CallRunner } from "../call-runner";
import { AFTER_DESCRIPTION, FIRST_DESCRIPTION } from "../connection";
import type { GatewayContext } from "../context";
import { PageCursor } from "../page-cursor";
import { BrokersResult, brokersFaultMember } from "./result";
import { BrokerConnection } from "./types";

@Resolver()
export class BrokerResolver {
  constructor(
    private readonly port: Brokers,
    private readonly runner: CallRunner,
  ) {}

  @Authorized(OPERATIONS.brokers.scope)
  @Query(() => BrokersResult, { description: `A page of the Amazon MQ brokers in the gateway's region. ${callNote("brokers")}` })
  async brokers(
    @Arg("first", () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first: number | null | undefined,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null | undefined,
    @Ctx() context: GatewayContext,
  ): Promise<BrokersResult> {
    const cursor = new PageCursor("brokers", (broker: Broker) => broker.brokerId);
    const { plan, violations } = cursor.plan({ first, after });
    return this.runner.run(context, {
      field: "brokers",
      violations,
      call: () => this.port.list(plan!.request),
      success: (page) => BrokerConnection.of(cursor.connection(plan!, page)),
      fault: cursor.faults(brokersFaultMember),
    });
  }
}
