import { CreateUserCommand, type MqClient } from "@aws-sdk/client-mq";
import type { BrokerUser, BrokerUserFault, BrokerUsers, CreateBrokerUserRequest } from "../../ports/broker-users";
import { fail, ok, type Result } from "../../ports/result";
import { redact } from "../../redact";
import { withDeadline } from "./call-deadline";
import { callInfo, type SdkError, upstreamFault } from "./upstream-fault";
import type { UpstreamGate } from "./upstream-gate";

/** SDK exception name to domain fault code. InternalServerErrorException is an upstream fault. */
export const BROKER_USER_FAULTS = {
  NotFoundException: "BrokerNotFound",
  ConflictException: "BrokerUserAlreadyExists",
  BadRequestException: "BadRequest",
  ForbiddenException: "Forbidden",
} as const satisfies Record<string, BrokerUserFault["code"]>;

/** Amazon MQ CreateUser through the AWS SDK v3. The client must not be given a logger: it would log the password. */
export class MqBrokerUsers implements BrokerUsers {
  constructor(
    private readonly client: MqClient,
    private readonly gate: UpstreamGate,
  ) {}

  // SKELETON: filled in by the lifecycle work.
  get(): never {
    throw new Error("not implemented");
  }
  list(): never {
    throw new Error("not implemented");
  }
  delete(): never {
    throw new Error("not implemented");
  }
  update(): never {
    throw new Error("not implemented");
  }

  async create(request: CreateBrokerUserRequest): Promise<Result<BrokerUser, BrokerUserFault>> {
    let output: { $metadata: SdkError["$metadata"] };
    try {
      const command = new CreateUserCommand({
        BrokerId: request.brokerId,
        Username: request.username,
        Password: request.password,
        ConsoleAccess: request.consoleAccess,
        Groups: [...request.groups],
        ReplicationUser: request.replicationUser,
      });
      output = await this.gate.run((deadline) => this.client.send(withDeadline(command, deadline)));
    } catch (error) {
      const fault = toFault(error as SdkError & { ErrorAttribute?: string }, request);
      if (!fault) throw error;
      return fail(fault, callInfo(error as SdkError));
    }
    const { brokerId, username, consoleAccess, groups, replicationUser } = request;
    return ok({ brokerId, username, consoleAccess, groups, replicationUser, pending: { consoleAccess, groups, pendingChange: "CREATE" } }, callInfo(output));
  }
}

function toFault(error: SdkError & { ErrorAttribute?: string }, request: CreateBrokerUserRequest): BrokerUserFault | undefined {
  const code = Object.hasOwn(BROKER_USER_FAULTS, error.name) ? BROKER_USER_FAULTS[error.name as keyof typeof BROKER_USER_FAULTS] : undefined;
  if (!code) return upstreamFault(error);
  const requestId = error.$metadata?.requestId;
  if (code === "BadRequest") {
    return { code, requestId, attribute: error.ErrorAttribute ?? null, reason: redact(error.message, [request.password]) };
  }
  return { code, requestId };
}
