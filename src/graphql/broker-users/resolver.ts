import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { callNote, OPERATIONS } from "../../operations";
import type { BrokerUsers } from "../../ports/broker-users";
import { validateCreateBrokerUser } from "../../validation/broker-user-input";
import type { CallRunner } from "../call-runner";
import type { GatewayContext } from "../context";
import { inInput } from "../input-validation-error";
import { CreateBrokerUserInput, toCreateBrokerUserRequest } from "./inputs";
import { brokerUserFaultMember, CreateBrokerUserResult, CreateBrokerUserSuccess } from "./result";

@Resolver()
export class BrokerUserResolver {
  constructor(
    private readonly brokerUsers: BrokerUsers,
    private readonly runner: CallRunner,
  ) {}

  @Authorized(OPERATIONS.createBrokerUser.scope)
  @Mutation(() => CreateBrokerUserResult, {
    description: `Creates an Amazon MQ broker user on an ActiveMQ broker. ${callNote("createBrokerUser")}`,
  })
  async createBrokerUser(
    @Arg("input", () => CreateBrokerUserInput) input: CreateBrokerUserInput,
    @Ctx() context: GatewayContext,
  ): Promise<CreateBrokerUserResult> {
    const request = toCreateBrokerUserRequest(input);
    return this.runner.run(context, {
      field: "createBrokerUser",
      violations: inInput(validateCreateBrokerUser(request)),
      call: () => this.brokerUsers.create(request),
      success: CreateBrokerUserSuccess.of,
      fault: brokerUserFaultMember,
    });
  }
}
