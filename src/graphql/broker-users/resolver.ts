import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { settleCreateBrokerUser } from "../../idempotency/settle-creates";
import { callNote, OPERATIONS } from "../../operations";
import type { BrokerUsers } from "../../ports/broker-users";
import { validateBrokerUserKey, validateCreateBrokerUser, validateUpdateBrokerUser } from "../../validation/broker-user-input";
import { validateIdempotencyKey } from "../../validation/idempotency-key";
import type { CallRunner } from "../call-runner";
import type { GatewayContext } from "../context";
import { inInput } from "../input-validation-error";
import {
  DeleteBrokerUserResult,
  DeleteBrokerUserSuccess,
  deleteBrokerUserFaultMember,
  UpdateBrokerUserResult,
  UpdateBrokerUserSuccess,
  updateBrokerUserFaultMember,
} from "./change-results";
import { CreateBrokerUserInput, DeleteBrokerUserInput, toCreateBrokerUserRequest, toUpdateBrokerUserRequest, UpdateBrokerUserInput } from "./inputs";
import { brokerUserFaultMember, CreateBrokerUserResult, CreateBrokerUserSuccess } from "./result";

/** The broker user mutations: each change is pending until the broker reboots. */
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
      violations: inInput([...validateCreateBrokerUser(request), ...validateIdempotencyKey(input.idempotencyKey)]),
      call: () => this.brokerUsers.create(request),
      success: CreateBrokerUserSuccess.of,
      fault: brokerUserFaultMember,
      idempotency: { key: input.idempotencyKey, input: request, settle: settleCreateBrokerUser(this.brokerUsers, request) },
    });
  }

  @Authorized(OPERATIONS.updateBrokerUser.scope)
  @Mutation(() => UpdateBrokerUserResult, {
    description:
      "Changes an Amazon MQ broker user: a new password, console access, groups or replication. The change is pending " +
      `until the broker reboots or its maintenance window; brokerUser shows it. The password is never returned. ${callNote("updateBrokerUser")}`,
  })
  async updateBrokerUser(
    @Arg("input", () => UpdateBrokerUserInput) input: UpdateBrokerUserInput,
    @Ctx() context: GatewayContext,
  ): Promise<UpdateBrokerUserResult> {
    const request = toUpdateBrokerUserRequest(input);
    return this.runner.run(context, {
      field: "updateBrokerUser",
      violations: inInput([...validateUpdateBrokerUser(request), ...validateIdempotencyKey(input.idempotencyKey)]),
      call: () => this.brokerUsers.update(request),
      success: UpdateBrokerUserSuccess.of,
      fault: updateBrokerUserFaultMember,
      idempotency: { key: input.idempotencyKey, input: request },
    });
  }

  @Authorized(OPERATIONS.deleteBrokerUser.scope)
  @Mutation(() => DeleteBrokerUserResult, {
    description:
      "Deletes an Amazon MQ broker user: it is pending deletion until the broker reboots or its maintenance window; " +
      `a user still pending creation is gone at once. ${callNote("deleteBrokerUser")}`,
  })
  async deleteBrokerUser(
    @Arg("input", () => DeleteBrokerUserInput) input: DeleteBrokerUserInput,
    @Ctx() context: GatewayContext,
  ): Promise<DeleteBrokerUserResult> {
    const key = { brokerId: input.brokerId, username: input.username };
    return this.runner.run(context, {
      field: "deleteBrokerUser",
      violations: inInput([...validateBrokerUserKey(key), ...validateIdempotencyKey(input.idempotencyKey)]),
      call: () => this.brokerUsers.delete(key),
      success: DeleteBrokerUserSuccess.of,
      fault: deleteBrokerUserFaultMember,
      idempotency: { key: input.idempotencyKey, input: key },
    });
  }
}
