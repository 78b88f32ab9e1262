import { Arg, Mutation, Resolver } from "type-graphql";
import type { BrokerUsers } from "../../ports/broker-users";
import { validateCreateBrokerUser } from "../../validation/broker-user-rules";
import { InputValidationError } from "../input-validation-error";
import { CreateBrokerUserInput, toCreateBrokerUserRequest } from "./inputs";
import { brokerUserFaultMember, CreateBrokerUserResult, CreateBrokerUserSuccess } from "./result";

@Resolver()
export class BrokerUserResolver {
  constructor(private readonly brokerUsers: BrokerUsers) {}

  @Mutation(() => CreateBrokerUserResult, { description: "Creates an Amazon MQ broker user (AWS CreateUser) on an ActiveMQ broker." })
  async createBrokerUser(@Arg("input", () => CreateBrokerUserInput) input: CreateBrokerUserInput): Promise<CreateBrokerUserResult> {
    const request = toCreateBrokerUserRequest(input);
    const violations = validateCreateBrokerUser(request);
    if (violations.length > 0) return InputValidationError.of("input", violations);
    const result = await this.brokerUsers.create(request);
    return result.ok ? CreateBrokerUserSuccess.of(result.value) : brokerUserFaultMember(result.fault);
  }
}
