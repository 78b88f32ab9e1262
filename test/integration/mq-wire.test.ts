import {
  DeleteUserCommand,
  DescribeUserCommand,
  ListBrokersCommand,
  ListUsersCommand,
  MqClient,
  type MqServiceException,
  UpdateUserCommand,
} from "@aws-sdk/client-mq";
import { afterEach, describe, expect, it } from "vitest";
import { MqBrokerUsers } from "../../src/adapters/aws/mq-broker-users";
import { MqBrokers } from "../../src/adapters/aws/mq-brokers";
import { UpstreamGate } from "../../src/adapters/aws/upstream-gate";
import { SimulatedAccount } from "../../src/simulation/account";
import { DEFAULT_SEED, type Seed } from "../../src/simulation/seed";
import { startEmulator } from "../../src/simulation/wire/emulator";
import { ACTIVEMQ_BROKER as ACTIVEMQ, RABBITMQ_BROKER as RABBITMQ } from "../fixtures/documents";
import { mqSeed } from "../fixtures/mq-seeds";

const PASSWORD = "Wire-Passw0rd-4711";
const MISSING = "b-00000000-0000-4000-8000-000000000000";

/** The emulator on a simulated account, with the real SDK client and adapters pointed at it. */
async function world(seed: Seed = DEFAULT_SEED) {
  const account = new SimulatedAccount(seed, "us-east-1");
  const emulator = await startEmulator(account);
  const mq = new MqClient({ region: "us-east-1", endpoint: emulator.url, credentials: { accessKeyId: "t", secretAccessKey: "t" }, maxAttempts: 1 });
  const gate = new UpstreamGate({ maxInflight: 10, queueTimeoutMs: 1_000, timeoutMs: 5_000 });
  const w = {
    account,
    emulator,
    mq,
    brokers: new MqBrokers(mq, gate),
    brokerUsers: new MqBrokerUsers(mq, gate),
    raw: (method: string, path: string, body?: string) => fetch(`${emulator.url}${path}`, { method, body }),
    close: async () => {
      mq.destroy();
      await emulator.close();
    },
  };
  open.push(w);
  return w;
}

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((w) => w.close()));
});

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable("the call succeeded"),
    (e: MqServiceException & { ErrorAttribute?: string }) => e,
  );

describe("Amazon MQ ListBrokers on the wire", () => {
  it("answers every BrokerSummary member the SDK reads", async () => {
    const w = await world();
    const output = await w.mq.send(new ListBrokersCommand({}));
    expect(output.BrokerSummaries).toEqual([
      {
        BrokerArn: `arn:aws:mq:us-east-1:000000000000:broker:orders-activemq:${ACTIVEMQ}`,
        BrokerId: ACTIVEMQ,
        BrokerName: "orders-activemq",
        BrokerState: "RUNNING",
        Created: expect.any(Date),
        DeploymentMode: "ACTIVE_STANDBY_MULTI_AZ",
        EngineType: "ACTIVEMQ",
        HostInstanceType: "mq.t3.micro",
      },
      expect.objectContaining({ BrokerId: RABBITMQ, BrokerName: "events-rabbitmq", EngineType: "RABBITMQ", DeploymentMode: "CLUSTER_MULTI_AZ" }),
    ]);
    expect(output.NextToken).toBeUndefined();
  });

  it("pages by 20 when MaxResults is left out, with a NextToken while more follow", async () => {
    const w = await world(mqSeed([], 23));
    const first = await w.mq.send(new ListBrokersCommand({}));
    expect(first.BrokerSummaries).toHaveLength(20);
    const second = await w.mq.send(new ListBrokersCommand({ NextToken: first.NextToken }));
    expect(second.BrokerSummaries).toHaveLength(5);
    expect(second.NextToken).toBeUndefined();
  });

  it.each([
    [{ MaxResults: 4 }, "maxResults"],
    [{ MaxResults: 101 }, "maxResults"],
    [{ MaxResults: 5, NextToken: "bm90LWEtdG9rZW4" }, "nextToken"],
  ])("BadRequestException for %o, naming %s", async (input, attribute) => {
    const w = await world();
    const error = await rejection(w.mq.send(new ListBrokersCommand(input)));
    expect(error).toMatchObject({ name: "BadRequestException", ErrorAttribute: attribute, $metadata: { httpStatusCode: 400 } });
  });

  it("a maxResults that is not a number is refused, naming it", async () => {
    const w = await world();
    const response = await w.raw("GET", "/v1/brokers?maxResults=ten");
    expect([response.status, response.headers.get("x-amzn-errortype"), ((await response.json()) as { errorAttribute?: string }).errorAttribute]).toEqual([
      400,
      "BadRequestException",
      "maxResults",
    ]);
  });

  it("ForbiddenException when the role is denied mq:ListBrokers", async () => {
    const w = await world({ ...DEFAULT_SEED, deniedActions: ["mq:ListBrokers"] });
    expect(await rejection(w.mq.send(new ListBrokersCommand({})))).toMatchObject({ name: "ForbiddenException", $metadata: { httpStatusCode: 403 } });
  });
});

describe("Amazon MQ ListUsers, DescribeUser, UpdateUser, DeleteUser on the wire", () => {
  it("ListUsers: AWS's page size, NextToken and summaries, a pending change only where there is one", async () => {
    const w = await world(mqSeed(["u1", "u2", "u3", "u4", "u5", "u6"]));
    await w.brokerUsers.create({ brokerId: ACTIVEMQ, username: "u0", password: PASSWORD, consoleAccess: false, groups: [], replicationUser: false });
    const first = await w.mq.send(new ListUsersCommand({ BrokerId: ACTIVEMQ, MaxResults: 5 }));
    expect(first).toMatchObject({ BrokerId: ACTIVEMQ, MaxResults: 5, NextToken: expect.any(String) });
    expect(first.Users).toEqual([
      { Username: "admin" },
      { Username: "u0", PendingChange: "CREATE" },
      { Username: "u1" },
      { Username: "u2" },
      { Username: "u3" },
    ]);
    const second = await w.mq.send(new ListUsersCommand({ BrokerId: ACTIVEMQ, MaxResults: 5, NextToken: first.NextToken }));
    expect(second.Users).toEqual([{ Username: "u4" }, { Username: "u5" }, { Username: "u6" }]);
    expect(second.NextToken).toBeUndefined();
  });

  it("a user created between two pages is not repeated, one removed is not a gap", async () => {
    const w = await world(mqSeed(["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"]));
    const first = await w.mq.send(new ListUsersCommand({ BrokerId: ACTIVEMQ, MaxResults: 5 }));
    expect(first.Users!.map((u) => u.Username)).toEqual(["a1", "a2", "a3", "a4", "a5"]);
    await w.brokerUsers.create({ brokerId: ACTIVEMQ, username: "a0", password: PASSWORD, consoleAccess: false, groups: [], replicationUser: false });
    await w.brokerUsers.create({ brokerId: ACTIVEMQ, username: "a55", password: PASSWORD, consoleAccess: false, groups: [], replicationUser: false });
    await w.brokerUsers.delete({ brokerId: ACTIVEMQ, username: "a55" });
    const second = await w.mq.send(new ListUsersCommand({ BrokerId: ACTIVEMQ, MaxResults: 5, NextToken: first.NextToken }));
    expect(second.Users!.map((u) => u.Username)).toEqual(["a6", "a7", "a8", "a9", "admin"]);
  });

  it("DescribeUser: an applied user has no Pending; after UpdateUser it has, never a password", async () => {
    const w = await world();
    const before = await w.mq.send(new DescribeUserCommand({ BrokerId: ACTIVEMQ, Username: "admin" }));
    expect(before).toMatchObject({ BrokerId: ACTIVEMQ, Username: "admin", ConsoleAccess: false, Groups: [], ReplicationUser: false });
    expect(before.Pending).toBeUndefined();
    await w.mq.send(new UpdateUserCommand({ BrokerId: ACTIVEMQ, Username: "admin", Password: PASSWORD, ConsoleAccess: true, Groups: ["admins"] }));
    const after = await w.mq.send(new DescribeUserCommand({ BrokerId: ACTIVEMQ, Username: "admin" }));
    expect(after).toMatchObject({ ConsoleAccess: false, Groups: [], Pending: { ConsoleAccess: true, Groups: ["admins"], PendingChange: "UPDATE" } });
    const raw = await (await w.raw("GET", `/v1/brokers/${ACTIVEMQ}/users/admin`)).text();
    expect(raw).not.toContain(PASSWORD);
    expect(Object.keys(JSON.parse(raw)).sort()).toEqual(["brokerId", "consoleAccess", "groups", "pending", "replicationUser", "username"]);
  });

  it("UpdateUser and DeleteUser answer 200 with {}", async () => {
    const w = await world();
    for (const [method, body] of [
      ["PUT", JSON.stringify({ password: PASSWORD })],
      ["DELETE", undefined],
    ] as const) {
      const response = await w.raw(method, `/v1/brokers/${ACTIVEMQ}/users/admin`, body);
      expect([response.status, await response.text()]).toEqual([200, "{}"]);
    }
    expect(await w.mq.send(new DescribeUserCommand({ BrokerId: ACTIVEMQ, Username: "admin" }))).toMatchObject({ Pending: { PendingChange: "DELETE" } });
    // Deleting a user pending deletion again succeeds and changes nothing.
    expect((await w.mq.send(new DeleteUserCommand({ BrokerId: ACTIVEMQ, Username: "admin" }))).$metadata.httpStatusCode).toBe(200);
    expect(await w.mq.send(new DescribeUserCommand({ BrokerId: ACTIVEMQ, Username: "admin" }))).toMatchObject({ Pending: { PendingChange: "DELETE" } });
  });

  it.each([
    ["DescribeUser", () => new DescribeUserCommand({ BrokerId: ACTIVEMQ, Username: "ghost" }), "username"],
    ["UpdateUser", () => new UpdateUserCommand({ BrokerId: ACTIVEMQ, Username: "ghost", ConsoleAccess: true }), "username"],
    ["DeleteUser", () => new DeleteUserCommand({ BrokerId: MISSING, Username: "admin" }), "broker-id"],
    ["ListUsers", () => new ListUsersCommand({ BrokerId: MISSING }), "broker-id"],
  ] as const)("%s: NotFoundException naming %s", async (_, command, attribute) => {
    const w = await world();
    const error = await rejection(w.mq.send(command() as never));
    expect(error).toMatchObject({ name: "NotFoundException", ErrorAttribute: attribute, $metadata: { httpStatusCode: 404 } });
  });

  it("UpdateUser of a user pending deletion: ConflictException naming the username", async () => {
    const w = await world();
    await w.mq.send(new DeleteUserCommand({ BrokerId: ACTIVEMQ, Username: "admin" }));
    const error = await rejection(w.mq.send(new UpdateUserCommand({ BrokerId: ACTIVEMQ, Username: "admin", Password: PASSWORD })));
    expect(error).toMatchObject({ name: "ConflictException", ErrorAttribute: "username", $metadata: { httpStatusCode: 409 } });
    expect(error.message).not.toContain(PASSWORD);
  });

  it.each([
    ["ListUsers", () => new ListUsersCommand({ BrokerId: RABBITMQ })],
    ["DescribeUser", () => new DescribeUserCommand({ BrokerId: RABBITMQ, Username: "someone" })],
    ["DeleteUser", () => new DeleteUserCommand({ BrokerId: RABBITMQ, Username: "someone" })],
  ] as const)("%s on a RabbitMQ broker: BadRequestException", async (_, command) => {
    const w = await world();
    expect(await rejection(w.mq.send(command() as never))).toMatchObject({ name: "BadRequestException", message: expect.stringContaining("RabbitMQ") });
  });

  it.each([
    ['{"consoleAccess":"yes"}', "consoleAccess"],
    ['{"groups":"admins"}', "groups"],
    ['{"replicationUser":1}', "replicationUser"],
    ['{"password":12}', "password"],
  ])("UpdateUser body %s: BadRequestException naming %s", async (body, attribute) => {
    const w = await world();
    const response = await w.raw("PUT", `/v1/brokers/${ACTIVEMQ}/users/admin`, body);
    expect([response.status, response.headers.get("x-amzn-errortype"), ((await response.json()) as { errorAttribute?: string }).errorAttribute]).toEqual([
      400,
      "BadRequestException",
      attribute,
    ]);
    expect(w.account.brokers.get(ACTIVEMQ)!.users.get("admin")!.pending).toBeNull();
  });

  it("a method no route has answers NotFoundException", async () => {
    const w = await world();
    for (const [method, path] of [
      ["PATCH", `/v1/brokers/${ACTIVEMQ}/users/admin`],
      ["POST", "/v1/brokers"],
      ["DELETE", `/v1/brokers/${ACTIVEMQ}/users`],
      ["GET", `/v1/brokers/${ACTIVEMQ}/configurations`],
    ]) {
      const response = await w.raw(method!, path!);
      expect([method, response.status, response.headers.get("x-amzn-errortype")]).toEqual([method, 404, "NotFoundException"]);
    }
  });
});

describe("scripted faults name each new action", () => {
  it.each([
    ["mq:ListBrokers", (w: Awaited<ReturnType<typeof world>>) => w.brokers.list({ maxRecords: 5 })],
    ["mq:ListUsers", (w: Awaited<ReturnType<typeof world>>) => w.brokerUsers.list(ACTIVEMQ, { maxRecords: 5 })],
    ["mq:DescribeUser", (w: Awaited<ReturnType<typeof world>>) => w.brokerUsers.get({ brokerId: ACTIVEMQ, username: "admin" })],
    ["mq:UpdateUser", (w: Awaited<ReturnType<typeof world>>) => w.brokerUsers.update({ brokerId: ACTIVEMQ, username: "admin", consoleAccess: true })],
    ["mq:DeleteUser", (w: Awaited<ReturnType<typeof world>>) => w.brokerUsers.delete({ brokerId: ACTIVEMQ, username: "admin" })],
  ])("%s", async (operation, call) => {
    const w = await world();
    w.account.faults.add({ operation, fault: { kind: "throttling" }, times: 1 });
    expect(await call(w)).toMatchObject({ ok: false, fault: { code: "UpstreamThrottled", retryAfterSeconds: 1 } });
    expect(await call(w)).toMatchObject({ ok: true });
  });
});
