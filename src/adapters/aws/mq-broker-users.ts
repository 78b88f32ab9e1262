import {
  CreateUserCommand,
  DeleteUserCommand,
  DescribeUserCommand,
  type DescribeUserCommandOutput,
  ListUsersCommand,
  type ListUsersCommandOutput,
  type MqClient,
  UpdateUserCommand,
} from "@aws-sdk/client-mq";
import type {
  BrokerUser,
  BrokerUserCallFault,
  BrokerUserFault,
  BrokerUserKey,
  BrokerUserSummary,
  BrokerUsers,
  CreateBrokerUserRequest,
  ListBrokerUsersFault,
  PendingChange,
  UpdateBrokerUserFault,
  UpdateBrokerUserRequest,
} from "../../ports/broker-users";
import type { InvalidMarker, Page, PageRequest } from "../../ports/page";
import type { Result } from "../../ports/result";
import { markedPage, markerRefusal, nextTokenRefused } from "../page-markers";
import { withDeadline } from "./call-deadline";
import { mqCall } from "./mq-call";
import { CREATE_USER_FAULTS, LIST_USERS_FAULTS, UPDATE_USER_FAULTS, USER_CALL_FAULTS } from "./mq-exceptions";
import type { UpstreamGate } from "./upstream-gate";

const PENDING_CHANGES: Readonly<Record<string, PendingChange>> = { CREATE: "CREATE", UPDATE: "UPDATE", DELETE: "DELETE" };

/**
 * Amazon MQ broker users through the AWS SDK v3: CreateUser, ListUsers, DescribeUser, UpdateUser and
 * DeleteUser. The client must not be given a logger: it would log the password.
 */
export class MqBrokerUsers implements BrokerUsers {
  constructor(
    private readonly client: MqClient,
    private readonly gate: UpstreamGate,
  ) {}

  create(request: CreateBrokerUserRequest): Promise<Result<BrokerUser, BrokerUserFault>> {
    const command = new CreateUserCommand({
      BrokerId: request.brokerId,
      Username: request.username,
      Password: request.password,
      ConsoleAccess: request.consoleAccess,
      Groups: [...request.groups],
      ReplicationUser: request.replicationUser,
    });
    const { brokerId, username, consoleAccess, groups, replicationUser } = request;
    // AWS answers nothing but success: the user is what was asked for, pending creation.
    const created = (): BrokerUser => ({
      brokerId,
      username,
      consoleAccess,
      groups,
      replicationUser,
      pending: { consoleAccess, groups, pendingChange: "CREATE" },
    });
    return mqCall(this.gate, (deadline) => this.client.send(withDeadline(command, deadline)), CREATE_USER_FAULTS, created, [request.password]);
  }

  async list(brokerId: string, page: PageRequest): Promise<Result<Page<BrokerUserSummary>, ListBrokerUsersFault | InvalidMarker>> {
    const command = new ListUsersCommand({ BrokerId: brokerId, MaxResults: page.maxRecords, NextToken: page.marker });
    return markerRefusal(
      page,
      await mqCall(this.gate, (deadline) => this.client.send(withDeadline(command, deadline)), LIST_USERS_FAULTS, toUserPage),
      nextTokenRefused,
    );
  }

  get(key: BrokerUserKey): Promise<Result<BrokerUser, BrokerUserCallFault>> {
    const command = new DescribeUserCommand({ BrokerId: key.brokerId, Username: key.username });
    return mqCall(
      this.gate,
      (deadline) => this.client.send(withDeadline(command, deadline)),
      USER_CALL_FAULTS,
      (output) => toBrokerUser(output, key),
    );
  }

  update(request: UpdateBrokerUserRequest): Promise<Result<BrokerUserKey, UpdateBrokerUserFault>> {
    const command = new UpdateUserCommand({
      BrokerId: request.brokerId,
      Username: request.username,
      Password: request.password,
      ConsoleAccess: request.consoleAccess,
      Groups: request.groups && [...request.groups],
      ReplicationUser: request.replicationUser,
    });
    const secrets = request.password === undefined ? [] : [request.password];
    const key = { brokerId: request.brokerId, username: request.username };
    return mqCall(
      this.gate,
      (deadline) => this.client.send(withDeadline(command, deadline)),
      UPDATE_USER_FAULTS,
      () => key,
      secrets,
    );
  }

  delete(key: BrokerUserKey): Promise<Result<BrokerUserKey, BrokerUserCallFault>> {
    const command = new DeleteUserCommand({ BrokerId: key.brokerId, Username: key.username });
    return mqCall(
      this.gate,
      (deadline) => this.client.send(withDeadline(command, deadline)),
      USER_CALL_FAULTS,
      () => ({ ...key }),
    );
  }
}

const pendingChange = (value: string | undefined): PendingChange | null => (value === undefined ? null : (PENDING_CHANGES[value.toUpperCase()] ?? null));

function toUserPage(output: ListUsersCommandOutput): Page<BrokerUserSummary> {
  const items = (output.Users ?? []).map((u) => ({ username: u.Username ?? "", pendingChange: pendingChange(u.PendingChange) }));
  return markedPage(items, output.NextToken);
}

function toBrokerUser(output: DescribeUserCommandOutput, key: BrokerUserKey): BrokerUser {
  const pending = output.Pending;
  return {
    brokerId: output.BrokerId ?? key.brokerId,
    username: output.Username ?? key.username,
    consoleAccess: output.ConsoleAccess ?? null,
    groups: output.Groups ?? [],
    replicationUser: output.ReplicationUser ?? null,
    pending: pending
      ? { consoleAccess: pending.ConsoleAccess ?? null, groups: pending.Groups ?? [], pendingChange: pendingChange(pending.PendingChange) }
      : null,
  };
}
