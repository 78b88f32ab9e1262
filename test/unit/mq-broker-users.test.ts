import {
  BadRequestException,
  ConflictException,
  CreateUserCommand,
  ForbiddenException,
  InternalServerErrorException,
  MqClient,
  MqServiceException,
  NotFoundException,
} from "@aws-sdk/client-mq";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { MqBrokerUsers } from "../../src/adapters/aws/mq-broker-users";
import { CREATE_USER_FAULTS } from "../../src/adapters/aws/mq-exceptions";
import { UpstreamGate } from "../../src/adapters/aws/upstream-gate";
import type { BrokerUserFault, CreateBrokerUserRequest } from "../../src/ports/broker-users";

const client = new MqClient({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "y" } });
const mock = mockClient(client);
const users = new MqBrokerUsers(client, new UpstreamGate({ maxInflight: 10, queueTimeoutMs: 100, timeoutMs: 5_000 }));

const PASSWORD = "Tr0ub4dor&3-horse";

const request: CreateBrokerUserRequest = {
  brokerId: "b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9",
  username: "app-user",
  password: PASSWORD,
  consoleAccess: true,
  groups: ["admins", "ops"],
  replicationUser: false,
};

beforeEach(() => {
  mock.reset();
});

async function faultOf(req: CreateBrokerUserRequest = request): Promise<BrokerUserFault> {
  const result = await users.create(req);
  if (result.ok) throw new Error(`expected a fault, got ${JSON.stringify(result.value)}`);
  return result.fault;
}

describe("MqBrokerUsers.create: the command sent", () => {
  it("sends every field of the request, password included", async () => {
    mock.on(CreateUserCommand).resolves({});

    await users.create(request);

    const calls = mock.commandCalls(CreateUserCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toStrictEqual({
      BrokerId: "b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9",
      Username: "app-user",
      Password: PASSWORD,
      ConsoleAccess: true,
      Groups: ["admins", "ops"],
      ReplicationUser: false,
    });
  });

  it("sends the opposite booleans and no groups as given", async () => {
    mock.on(CreateUserCommand).resolves({});

    await users.create({ ...request, consoleAccess: false, replicationUser: true, groups: [] });

    const input = mock.commandCalls(CreateUserCommand)[0]!.args[0].input;
    expect(input).toMatchObject({ ConsoleAccess: false, ReplicationUser: true, Groups: [] });
  });
});

describe("MqBrokerUsers.create: success", () => {
  it("returns the broker user, pending CREATE, without the password", async () => {
    mock.on(CreateUserCommand).resolves({ $metadata: { requestId: "req-ok", attempts: 1 } });

    const result = await users.create(request);

    expect(result).toStrictEqual({
      ok: true,
      value: {
        brokerId: "b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9",
        username: "app-user",
        consoleAccess: true,
        groups: ["admins", "ops"],
        replicationUser: false,
        pending: { consoleAccess: true, groups: ["admins", "ops"], pendingChange: "CREATE" },
      },
      call: { requestId: "req-ok", attempts: 1 },
    });
    expect(result.ok && result.value).not.toHaveProperty("password");
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
  });
});

describe("MqBrokerUsers.create: documented faults", () => {
  it("CREATE_USER_FAULTS maps exactly the four documented client exceptions", () => {
    expect(CREATE_USER_FAULTS).toStrictEqual({
      NotFoundException: "BrokerNotFound",
      ConflictException: "BrokerUserAlreadyExists",
      BadRequestException: "BadRequest",
      ForbiddenException: "Forbidden",
    });
    expect(Object.keys(CREATE_USER_FAULTS)).toHaveLength(4);
  });

  it.each([
    [
      "NotFoundException",
      () => new NotFoundException({ message: "Broker not found", $metadata: { requestId: "req-nf", httpStatusCode: 404 } }),
      "BrokerNotFound",
      "req-nf",
    ],
    [
      "ConflictException",
      () => new ConflictException({ message: "User app-user exists", $metadata: { requestId: "req-cf", httpStatusCode: 409 } }),
      "BrokerUserAlreadyExists",
      "req-cf",
    ],
  ] as const)("%s becomes %s with the request id and nothing else", async (_name, error, code, requestId) => {
    mock.on(CreateUserCommand).rejects(error());

    expect(await faultOf()).toStrictEqual({ code, requestId });
  });

  it("BadRequestException becomes BadRequest with the attribute and the message, password redacted", async () => {
    mock.on(CreateUserCommand).rejects(
      new BadRequestException({
        message: `Password '${PASSWORD}' is invalid: '${PASSWORD}' must not contain '&'.`,
        ErrorAttribute: "password",
        $metadata: { requestId: "req-br", httpStatusCode: 400 },
      }),
    );

    const fault = await faultOf();

    expect(fault).toStrictEqual({
      code: "BadRequest",
      requestId: "req-br",
      attribute: "password",
      reason: "Password '[redacted]' is invalid: '[redacted]' must not contain '&'.",
    });
    expect(JSON.stringify(fault)).not.toContain(PASSWORD);
  });

  it("BadRequestException without ErrorAttribute has a null attribute", async () => {
    mock
      .on(CreateUserCommand)
      .rejects(new BadRequestException({ message: "Broker b-1 is not running.", $metadata: { requestId: "req-br2", httpStatusCode: 400 } }));

    expect(await faultOf()).toStrictEqual({ code: "BadRequest", requestId: "req-br2", attribute: null, reason: "Broker b-1 is not running." });
  });

  it("BadRequestException reason also has ARNs and account ids redacted", async () => {
    mock.on(CreateUserCommand).rejects(
      new BadRequestException({
        message: "Broker arn:aws:mq:us-east-1:123456789012:broker:b-1 of account 123456789012 rejects the request.",
        ErrorAttribute: "brokerId",
        $metadata: { requestId: "req-br3", httpStatusCode: 400 },
      }),
    );

    const fault = await faultOf();

    expect(fault.code === "BadRequest" && fault.reason).toBe("Broker [arn] of account [account] rejects the request.");
  });

  it("ForbiddenException becomes Forbidden and carries nothing of the AWS message", async () => {
    const message = "User: arn:aws:iam::123456789012:role/x is not authorized to perform: mq:CreateUser";
    mock
      .on(CreateUserCommand)
      .rejects(new ForbiddenException({ message, ErrorAttribute: "brokerId", $metadata: { requestId: "req-fb", httpStatusCode: 403 } }));

    const result = await users.create(request);

    expect(result).toStrictEqual({ ok: false, fault: { code: "Forbidden", requestId: "req-fb" }, call: { requestId: "req-fb", attempts: undefined } });
    const json = JSON.stringify(result);
    for (const leak of ["arn:aws", "123456789012", "role/x", "not authorized", "brokerId"]) expect(json).not.toContain(leak);
  });
});

describe("MqBrokerUsers.create: upstream faults", () => {
  it("InternalServerErrorException becomes a retryable UpstreamUnavailable", async () => {
    mock.on(CreateUserCommand).rejects(new InternalServerErrorException({ message: "internal", $metadata: { requestId: "req-500", httpStatusCode: 500 } }));

    expect(await faultOf()).toStrictEqual({ code: "UpstreamUnavailable", retryable: true, requestId: "req-500" });
  });

  it("a 429 becomes UpstreamThrottled with the Retry-After seconds", async () => {
    const error = Object.assign(
      new MqServiceException({
        name: "TooManyRequestsException",
        $fault: "client",
        message: "Too many requests",
        $metadata: { httpStatusCode: 429, requestId: "req-429" },
      }),
      { $response: { statusCode: 429, headers: { "retry-after": "7" } } },
    );
    mock.on(CreateUserCommand).rejects(error);

    expect(await faultOf()).toStrictEqual({ code: "UpstreamThrottled", retryAfterSeconds: 7, requestId: "req-429" });
  });

  it("a refused connection becomes a retryable UpstreamUnavailable", async () => {
    mock.on(CreateUserCommand).rejects(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));

    const fault = await faultOf();

    expect(fault).toMatchObject({ code: "UpstreamUnavailable", retryable: true });
  });
});

describe("MqBrokerUsers.create: errors it does not know", () => {
  it.each([
    {
      name: "an UnauthorizedException",
      error: () =>
        new MqServiceException({
          name: "UnauthorizedException",
          $fault: "client",
          message: "unauthorized",
          $metadata: { httpStatusCode: 401, requestId: "r" },
        }),
    },
    { name: "a credentials error", error: () => Object.assign(new Error("Could not load credentials"), { name: "CredentialsProviderError" }) },
    { name: "a TypeError", error: () => new TypeError("x is not a function") },
    {
      name: "an error named like an Object.prototype property",
      error: () => new MqServiceException({ name: "toString", $fault: "client", message: "odd", $metadata: { httpStatusCode: 400 } }),
    },
  ])("rethrows $name unchanged", async ({ error }) => {
    const err = error();
    mock.on(CreateUserCommand).rejects(err);

    await expect(users.create(request)).rejects.toBe(err);
  });
});
