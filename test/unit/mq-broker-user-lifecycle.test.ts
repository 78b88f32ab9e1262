import {
  BadRequestException,
  ConflictException,
  DeleteUserCommand,
  DescribeUserCommand,
  ForbiddenException,
  InternalServerErrorException,
  ListUsersCommand,
  MqClient,
  MqServiceException,
  NotFoundException,
  UpdateUserCommand,
} from "@aws-sdk/client-mq";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { MqBrokerUsers } from "../../src/adapters/aws/mq-broker-users";
import { LIST_USERS_FAULTS, UPDATE_USER_FAULTS, USER_CALL_FAULTS } from "../../src/adapters/aws/mq-exceptions";
import { UpstreamGate } from "../../src/adapters/aws/upstream-gate";

const client = new MqClient({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "y" } });
const mock = mockClient(client);
const users = new MqBrokerUsers(client, new UpstreamGate({ maxInflight: 10, queueTimeoutMs: 100, timeoutMs: 5_000 }));

const BROKER = "b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9";
const KEY = { brokerId: BROKER, username: "app-user" };
const PASSWORD = "Tr0ub4dor&3-horse";
const meta = (requestId: string, httpStatusCode: number) => ({ $metadata: { requestId, httpStatusCode } });

beforeEach(() => {
  mock.reset();
});

/** Each new command: how to call the port, and the SDK command it sends. */
const COMMANDS = {
  ListUsers: { command: ListUsersCommand, call: () => users.list(BROKER, { maxRecords: 5 }) },
  DescribeUser: { command: DescribeUserCommand, call: () => users.get(KEY) },
  UpdateUser: { command: UpdateUserCommand, call: () => users.update({ ...KEY, password: PASSWORD }) },
  DeleteUser: { command: DeleteUserCommand, call: () => users.delete(KEY) },
} as const;
type CommandName = keyof typeof COMMANDS;

async function faultOf(name: CommandName, error: Error): Promise<unknown> {
  const { command, call } = COMMANDS[name];
  mock.on(command as never).rejects(error);
  const result = await call();
  if (result.ok) throw new Error("expected a fault");
  return result.fault;
}

describe("MqBrokerUsers: the commands sent", () => {
  it("ListUsers: the broker, AWS's page size and marker", async () => {
    mock.on(ListUsersCommand).resolves({ Users: [] });
    await users.list(BROKER, { maxRecords: 7, marker: "token-1" });
    expect(mock.commandCalls(ListUsersCommand)[0]!.args[0].input).toStrictEqual({ BrokerId: BROKER, MaxResults: 7, NextToken: "token-1" });
  });

  it("ListUsers: no NextToken for the first page", async () => {
    mock.on(ListUsersCommand).resolves({ Users: [] });
    await users.list(BROKER, { maxRecords: 100 });
    expect(mock.commandCalls(ListUsersCommand)[0]!.args[0].input).toStrictEqual({ BrokerId: BROKER, MaxResults: 100, NextToken: undefined });
  });

  it.each([
    ["DescribeUser", DescribeUserCommand, () => users.get(KEY)],
    ["DeleteUser", DeleteUserCommand, () => users.delete(KEY)],
  ] as const)("%s: the broker id and the username", async (_, command, call) => {
    mock.on(command as never).resolves({});
    await call();
    expect(mock.commandCalls(command as never)[0]!.args[0].input).toStrictEqual({ BrokerId: BROKER, Username: "app-user" });
  });

  it("UpdateUser: every field given, password included", async () => {
    mock.on(UpdateUserCommand).resolves({});
    await users.update({ ...KEY, password: PASSWORD, consoleAccess: false, groups: ["ops"], replicationUser: true });
    expect(mock.commandCalls(UpdateUserCommand)[0]!.args[0].input).toStrictEqual({
      BrokerId: BROKER,
      Username: "app-user",
      Password: PASSWORD,
      ConsoleAccess: false,
      Groups: ["ops"],
      ReplicationUser: true,
    });
  });

  it("UpdateUser: a field left out is not sent, so AWS keeps it", async () => {
    mock.on(UpdateUserCommand).resolves({});
    await users.update({ ...KEY, groups: [] });
    const input = mock.commandCalls(UpdateUserCommand)[0]!.args[0].input;
    expect(Object.entries(input).filter(([, v]) => v !== undefined)).toEqual([
      ["BrokerId", BROKER],
      ["Username", "app-user"],
      ["Groups", []],
    ]);
  });
});

describe("MqBrokerUsers: what AWS answers", () => {
  it("ListUsers: a page of summaries and AWS's next token", async () => {
    mock.on(ListUsersCommand).resolves({
      BrokerId: BROKER,
      Users: [{ Username: "a", PendingChange: "CREATE" }, { Username: "b" }, { Username: "c", PendingChange: "RENAME" as never }],
      NextToken: "next",
      $metadata: { requestId: "req-l", attempts: 2 },
    });
    expect(await users.list(BROKER, { maxRecords: 5 })).toStrictEqual({
      ok: true,
      value: {
        items: [
          { username: "a", pendingChange: "CREATE" },
          { username: "b", pendingChange: null },
          { username: "c", pendingChange: null },
        ],
        nextMarker: "next",
      },
      call: { requestId: "req-l", attempts: 2 },
    });
  });

  it("ListUsers: the last page has no marker, nor has an empty token", async () => {
    mock.on(ListUsersCommand).resolves({ Users: [{ Username: "a", PendingChange: "DELETE" }], NextToken: "" });
    expect(await users.list(BROKER, { maxRecords: 5 })).toMatchObject({ ok: true, value: { items: [{ username: "a", pendingChange: "DELETE" }] } });
    const result = await users.list(BROKER, { maxRecords: 5 });
    expect(result.ok && result.value).not.toHaveProperty("nextMarker");
  });

  it("DescribeUser: the user as the broker runs it, and its pending change", async () => {
    mock.on(DescribeUserCommand).resolves({
      BrokerId: BROKER,
      Username: "app-user",
      ConsoleAccess: false,
      Groups: ["a"],
      ReplicationUser: false,
      Pending: { ConsoleAccess: true, Groups: ["a", "b"], PendingChange: "UPDATE" },
      $metadata: { requestId: "req-d" },
    });
    expect(await users.get(KEY)).toStrictEqual({
      ok: true,
      value: {
        brokerId: BROKER,
        username: "app-user",
        consoleAccess: false,
        groups: ["a"],
        replicationUser: false,
        pending: { consoleAccess: true, groups: ["a", "b"], pendingChange: "UPDATE" },
      },
      call: { requestId: "req-d", attempts: undefined },
    });
  });

  it("DescribeUser: what AWS leaves out is null (or the key asked for); nothing pending is null", async () => {
    mock.on(DescribeUserCommand).resolves({});
    expect(await users.get(KEY)).toMatchObject({
      ok: true,
      value: { brokerId: BROKER, username: "app-user", consoleAccess: null, groups: [], replicationUser: null, pending: null },
    });
  });

  it("DescribeUser: a pending change this gateway does not know is null, its values kept", async () => {
    mock.on(DescribeUserCommand).resolves({ Pending: { PendingChange: "RENAME" as never } });
    expect(await users.get(KEY)).toMatchObject({ ok: true, value: { pending: { consoleAccess: null, groups: [], pendingChange: null } } });
  });

  it.each([
    ["UpdateUser", UpdateUserCommand, () => users.update({ ...KEY, password: PASSWORD })],
    ["DeleteUser", DeleteUserCommand, () => users.delete(KEY)],
  ] as const)("%s: AWS answers nothing, so the key comes back, never the password", async (_, command, call) => {
    mock.on(command as never).resolves({ $metadata: { requestId: "req-u" } });
    const result = await call();
    expect(result).toStrictEqual({ ok: true, value: KEY, call: { requestId: "req-u", attempts: undefined } });
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
  });
});

describe("MqBrokerUsers: every exception the model lists", () => {
  it("maps exactly the exceptions each command's model lists (InternalServerErrorException is upstream)", () => {
    expect(LIST_USERS_FAULTS).toStrictEqual({ NotFoundException: "BrokerNotFound", BadRequestException: "BadRequest", ForbiddenException: "Forbidden" });
    expect(USER_CALL_FAULTS).toStrictEqual({ NotFoundException: "BrokerUserNotFound", BadRequestException: "BadRequest", ForbiddenException: "Forbidden" });
    expect(UPDATE_USER_FAULTS).toStrictEqual({ ...USER_CALL_FAULTS, ConflictException: "Conflict" });
  });

  it.each<CommandName>(["ListUsers", "DescribeUser", "UpdateUser", "DeleteUser"])(
    "%s: BadRequestException is BadRequest with the attribute and AWS's reason, redacted",
    async (name) => {
      const error = new BadRequestException({
        message: `Groups rejected for arn:aws:mq:us-east-1:123456789012:broker:x:${BROKER}`,
        ErrorAttribute: "groups",
        ...meta("req-br", 400),
      });
      const fault = await faultOf(name, error);
      expect(fault).toStrictEqual({ code: "BadRequest", requestId: "req-br", attribute: "groups", reason: "Groups rejected for [arn]" });
    },
  );

  it("UpdateUser: a BadRequestException reason never carries the new password", async () => {
    const error = new BadRequestException({ message: `Password '${PASSWORD}' is too weak.`, ErrorAttribute: "password", ...meta("req-pw", 400) });
    const fault = await faultOf("UpdateUser", error);
    expect(fault).toStrictEqual({ code: "BadRequest", requestId: "req-pw", attribute: "password", reason: "Password '[redacted]' is too weak." });
  });

  it.each<CommandName>(["ListUsers", "DescribeUser", "UpdateUser", "DeleteUser"])(
    "%s: ForbiddenException is Forbidden, keeping nothing of AWS's message",
    async (name) => {
      const message = "User: arn:aws:iam::123456789012:role/x is not authorized to perform: mq:DescribeUser";
      const fault = await faultOf(name, new ForbiddenException({ message, ErrorAttribute: "broker-id", ...meta("req-fb", 403) }));
      expect(fault).toStrictEqual({ code: "Forbidden", requestId: "req-fb" });
    },
  );

  it.each<CommandName>(["ListUsers", "DescribeUser", "UpdateUser", "DeleteUser"])(
    "%s: InternalServerErrorException is a retryable UpstreamUnavailable",
    async (name) => {
      const fault = await faultOf(name, new InternalServerErrorException({ message: "internal", ...meta("req-500", 500) }));
      expect(fault).toStrictEqual({ code: "UpstreamUnavailable", retryable: true, requestId: "req-500" });
    },
  );

  it("ListUsers: NotFoundException is BrokerNotFound", async () => {
    const fault = await faultOf("ListUsers", new NotFoundException({ message: "Can't find requested broker", ErrorAttribute: "broker-id", ...meta("r", 404) }));
    expect(fault).toStrictEqual({ code: "BrokerNotFound", requestId: "r" });
  });

  it.each<[string, "BROKER" | "USER" | null, { ErrorAttribute?: string; message: string }]>([
    ["the attribute broker-id", "BROKER", { ErrorAttribute: "broker-id", message: "Not found: user and broker" }],
    ["the attribute username", "USER", { ErrorAttribute: "username", message: "Can't find requested broker." }],
    ["the attribute BrokerId, in another case", "BROKER", { ErrorAttribute: "BrokerId", message: "x" }],
    ["no attribute, a message about the broker", "BROKER", { message: "Can't find requested broker [b-1]. Make sure your broker exists." }],
    ["no attribute, a message about the user", "USER", { message: "Can't find requested user [u]. Make sure your user exists." }],
    ["no attribute, a message naming both", null, { message: "User u not found on broker b-1." }],
    ["an attribute it does not know and a message naming neither", null, { ErrorAttribute: "path", message: "Not Found" }],
  ])("DescribeUser, UpdateUser, DeleteUser: NotFoundException with %s is BrokerUserNotFound, missing %s", async (_, missing, detail) => {
    for (const name of ["DescribeUser", "UpdateUser", "DeleteUser"] as const) {
      const fault = await faultOf(name, new NotFoundException({ ...detail, ...meta("req-nf", 404) }));
      expect(fault, name).toStrictEqual({ code: "BrokerUserNotFound", requestId: "req-nf", missing });
    }
  });

  it("UpdateUser: ConflictException is Conflict with AWS's reason, redacted", async () => {
    const error = new ConflictException({ message: `User pending deletion; password ${PASSWORD} not applied (account 123456789012)`, ...meta("req-cf", 409) });
    expect(await faultOf("UpdateUser", error)).toStrictEqual({
      code: "Conflict",
      requestId: "req-cf",
      reason: "User pending deletion; password [redacted] not applied (account [account])",
    });
  });

  it("a 429 is UpstreamThrottled with the Retry-After seconds", async () => {
    const error = Object.assign(
      new MqServiceException({ name: "TooManyRequestsException", $fault: "client", message: "Too many", $metadata: { httpStatusCode: 429, requestId: "r" } }),
      { $response: { statusCode: 429, headers: { "retry-after": "3" } } },
    );
    expect(await faultOf("DeleteUser", error)).toStrictEqual({ code: "UpstreamThrottled", retryAfterSeconds: 3, requestId: "r" });
  });
});

describe("MqBrokerUsers: errors the model does not list are rethrown", () => {
  it.each<[CommandName, string, () => Error]>([
    ["ListUsers", "a ConflictException (not in ListUsers' model)", () => new ConflictException({ message: "x", ...meta("r", 409) })],
    ["DescribeUser", "a ConflictException (not in DescribeUser's model)", () => new ConflictException({ message: "x", ...meta("r", 409) })],
    ["DeleteUser", "a ConflictException (not in DeleteUser's model)", () => new ConflictException({ message: "x", ...meta("r", 409) })],
    [
      "UpdateUser",
      "an UnauthorizedException",
      () => new MqServiceException({ name: "UnauthorizedException", $fault: "client", message: "no", $metadata: { httpStatusCode: 401 } }),
    ],
    ["DescribeUser", "a TypeError", () => new TypeError("x is not a function")],
    [
      "ListUsers",
      "an error named like an Object.prototype property",
      () => new MqServiceException({ name: "constructor", $fault: "client", message: "odd", $metadata: { httpStatusCode: 400 } }),
    ],
  ])("%s: %s", async (name, _, error) => {
    const err = error();
    const { command, call } = COMMANDS[name];
    mock.on(command as never).rejects(err);
    await expect(call()).rejects.toBe(err);
  });

  it("takes the request's password out of what it rethrows, which the log will hold", async () => {
    const quoted = new MqServiceException({
      name: "UnauthorizedException",
      $fault: "client",
      message: `request {"password":"${PASSWORD}"} refused`,
      $metadata: { httpStatusCode: 401 },
    });
    mock.on(COMMANDS.UpdateUser.command as never).rejects(quoted);
    const thrown = (await COMMANDS.UpdateUser.call().catch((error: unknown) => error)) as Error;
    expect(thrown).toBe(quoted);
    expect(`${thrown.message} ${thrown.stack}`).not.toContain(PASSWORD);
    expect(thrown.message).toContain("[redacted]");
  });
});
