import { request as httpRequest } from "node:http";
import {
  CreateUserCommand as CreateCacheUserCommand,
  CreateUserGroupCommand,
  DescribeUserGroupsCommand,
  DescribeUsersCommand,
  ElastiCacheClient,
} from "@aws-sdk/client-elasticache";
import { DescribeBrokerCommand, ListUsersCommand, MqClient } from "@aws-sdk/client-mq";
import { afterEach, describe, expect, it } from "vitest";
import { ElastiCacheCacheUsers } from "../../src/adapters/aws/elasticache-cache-users";
import { ElastiCacheUserGroups } from "../../src/adapters/aws/elasticache-user-groups";
import { MqBrokerUsers } from "../../src/adapters/aws/mq-broker-users";
import { MqBrokers } from "../../src/adapters/aws/mq-brokers";
import { UpstreamGate } from "../../src/adapters/aws/upstream-gate";
import type { CreateBrokerUserRequest } from "../../src/ports/broker-users";
import type { CreateUserGroupRequest } from "../../src/ports/user-groups";
import { SimulatedAccount, type SimulationTime } from "../../src/simulation/account";
import { createUserGroup } from "../../src/simulation/elasticache/simulated-user-groups";
import type { AnswerFault } from "../../src/simulation/fault-script";
import { DEFAULT_SEED, type Seed } from "../../src/simulation/seed";
import { type Emulator, startEmulator } from "../../src/simulation/wire/emulator";
import { isLoopback, parseFaultRule } from "../../src/simulation/wire/fault-control";
import { describeBrokerUsersContract } from "../contract/broker-users.contract";
import { describeBrokersContract } from "../contract/brokers.contract";
import { describeUserGroupLifecycleContract } from "../contract/user-group-lifecycle.contract";
import { describeUserGroupsContract } from "../contract/user-groups.contract";
import { APPLIED_USERS, contractSeed } from "../fixtures/mq-seeds";

const ACTIVEMQ = "b-1f5a2c3d-0000-4000-8000-00000000a001";
const RABBITMQ = "b-1f5a2c3d-0000-4000-8000-00000000b002";
const MISSING_BROKER = "b-00000000-0000-4000-8000-000000000000";
const PASSWORD = "Tr0ub4dor&3-horse";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const gate = (timeoutMs = 5_000) => new UpstreamGate({ maxInflight: 10, queueTimeoutMs: 1_000, timeoutMs });

/** The x-amzn-requestid header of every answer a client received, in order (read below the SDK's deserializer). */
function requestIdsOf(client: ElastiCacheClient | MqClient): string[] {
  const ids: string[] = [];
  (client as MqClient).middlewareStack.add(
    (next) => async (args) => {
      const out = await next(args);
      ids.push((out.response as { headers: Record<string, string> }).headers["x-amzn-requestid"]!);
      return out;
    },
    { step: "deserialize", priority: "low", name: "captureRequestId" },
  );
  return ids;
}

/** A simulated account, its emulator, the real SDK clients pointed at it, and the real AWS adapters on them. */
async function startWorld(seed: Seed = DEFAULT_SEED, timeoutMs?: number, time?: Partial<SimulationTime>) {
  const account = new SimulatedAccount(seed, "us-east-1", time);
  const emulator = await startEmulator(account);
  const config = { region: "us-east-1", endpoint: emulator.url, credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 };
  const elastiCache = new ElastiCacheClient(config);
  const mq = new MqClient(config);
  return {
    account,
    emulator,
    elastiCache,
    mq,
    elastiCacheIds: requestIdsOf(elastiCache),
    mqIds: requestIdsOf(mq),
    userGroups: new ElastiCacheUserGroups(elastiCache, gate(timeoutMs)),
    cacheUsers: new ElastiCacheCacheUsers(elastiCache, gate(timeoutMs)),
    brokerUsers: new MqBrokerUsers(mq, gate(timeoutMs)),
    brokers: new MqBrokers(mq, gate(timeoutMs)),
    close: async () => {
      elastiCache.destroy();
      mq.destroy();
      await emulator.close();
    },
  };
}

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((w) => w.close()));
});
async function world(seed?: Seed, timeoutMs?: number, time?: Partial<SimulationTime>) {
  const w = await startWorld(seed, timeoutMs, time);
  open.push(w);
  return w;
}

const group = (over: Partial<CreateUserGroupRequest> = {}): CreateUserGroupRequest => ({
  userGroupId: "new-group",
  engine: "VALKEY",
  userIds: ["app-default", "reader"],
  ...over,
});
const brokerUser = (over: Partial<CreateBrokerUserRequest> = {}): CreateBrokerUserRequest => ({
  brokerId: ACTIVEMQ,
  username: "app.user~1",
  password: PASSWORD,
  consoleAccess: true,
  groups: ["admins"],
  replicationUser: false,
  ...over,
});

describe("contracts: the real AWS adapters on the emulator answer as the local backend does", () => {
  let n = 0;
  const unique = (prefix: string) => `${prefix}-${++n}`;
  describeUserGroupsContract("emulator", async () => {
    const w = await startWorld();
    return { userGroups: w.userGroups, defaultUser: "default", defaultTwin: "app-default", passwordUser: "reader", uniqueId: unique, cleanup: w.close };
  });
  describeUserGroupLifecycleContract("emulator", async () => {
    let now = 0;
    const settleMs = 1_000;
    const w = await startWorld(DEFAULT_SEED, undefined, { settleMs, now: () => now });
    const users = { defaultUser: "default", defaultTwin: "app-default", passwordUser: "reader", otherUser: "writer" };
    const elapse = async () => {
      now += settleMs / 4;
    };
    return { userGroups: w.userGroups, cacheUsers: w.cacheUsers, ...users, uniqueId: unique, elapse, cleanup: w.close };
  });
  describeBrokerUsersContract("emulator", async () => {
    const w = await startWorld(contractSeed());
    const fixture = { activeMqBroker: ACTIVEMQ, rabbitMqBroker: RABBITMQ, missingBroker: MISSING_BROKER, appliedUsers: APPLIED_USERS };
    return { brokerUsers: w.brokerUsers, ...fixture, uniqueName: unique, cleanup: w.close };
  });
  describeBrokersContract("emulator", async () => {
    const w = await startWorld(contractSeed());
    return { brokers: w.brokers, known: DEFAULT_SEED.brokers.map((b) => ({ brokerId: b.brokerId, engineType: b.engineType })), cleanup: w.close };
  });
});

describe("ElastiCache CreateUserGroup through the wire", () => {
  it("maps every field of the answer, and changes the shared control account", async () => {
    const w = await world();
    const result = await w.userGroups.create(
      group({
        userGroupId: "New-Group",
        tags: [
          { key: "team", value: "a&b <c>" },
          { key: "bare", value: null },
        ],
      }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        userGroupId: "new-group",
        status: "CREATING",
        engine: "VALKEY",
        userIds: ["app-default", "reader"],
        minimumEngineVersion: "7.2",
        pendingChanges: null,
        replicationGroups: [],
        serverlessCaches: [],
        arn: "arn:aws:elasticache:us-east-1:000000000000:usergroup:new-group",
      },
      call: { requestId: w.elastiCacheIds[0], attempts: 1 },
    });
    expect(w.elastiCacheIds[0]).toMatch(UUID);
    expect(w.account.userGroups.get("new-group")?.userIds).toEqual(["app-default", "reader"]);
  });

  it.each<[string, (w: Awaited<ReturnType<typeof startWorld>>) => Promise<CreateUserGroupRequest>, Record<string, unknown>, Seed?]>([
    [
      "UserNotFound, naming the missing ids",
      async () => group({ userIds: ["app-default", "ghost", "Phantom"] }),
      { code: "UserNotFound", userIds: ["ghost", "Phantom"] },
    ],
    ["DuplicateUserName", async () => group({ engine: "REDIS", userIds: ["default", "app-default"] }), { code: "DuplicateUserName" }],
    [
      "UserGroupAlreadyExists",
      async (w) => {
        await w.userGroups.create(group());
        return group({ userGroupId: "NEW-GROUP" });
      },
      { code: "UserGroupAlreadyExists" },
    ],
    ["DefaultUserRequired", async () => group({ userIds: ["reader", "writer"] }), { code: "DefaultUserRequired" }],
    [
      "UserGroupQuotaExceeded",
      async (w) => {
        for (let i = 0; i < 100; i++) createUserGroup(w.account, group({ userGroupId: `filler-${i}` }));
        return group();
      },
      { code: "UserGroupQuotaExceeded" },
    ],
    [
      "TagQuotaPerResourceExceeded",
      async () => group({ tags: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: "v" })) }),
      { code: "TagQuotaPerResourceExceeded" },
    ],
    [
      "InvalidParameterValue (a valkey group with the no-password default user)",
      async () => group({ userIds: ["default"] }),
      { code: "InvalidParameterValue", reason: "A valkey user group can only contain users that authenticate with a password or IAM." },
    ],
    ["ServiceLinkedRoleNotFound", async () => group(), { code: "ServiceLinkedRoleNotFound" }, { ...DEFAULT_SEED, serviceLinkedRole: false }],
  ])("%s", async (_, prepare, fault, seed) => {
    const w = await world(seed);
    const result = await w.userGroups.create(await prepare(w));
    const requestId = w.elastiCacheIds.at(-1);
    expect(result).toEqual({ ok: false, fault: { ...fault, requestId }, call: { requestId, attempts: 1 } });
  });

  it("AccessDenied (403) is no CreateUserGroup fault: the adapter rethrows it", async () => {
    const w = await world({ ...DEFAULT_SEED, deniedActions: ["elasticache:CreateUserGroup"] });
    const error = await w.userGroups.create(group()).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "AccessDenied",
      $metadata: { httpStatusCode: 403, requestId: w.elastiCacheIds[0] },
      message: expect.stringContaining("not authorized to perform: elasticache:CreateUserGroup"),
    });
  });
});

describe("ElastiCache CreateUser, DescribeUsers, DescribeUserGroups through the SDK", () => {
  it("creates a user (passwords counted, never answered) that a group can then hold", async () => {
    const w = await world();
    const created = await w.elastiCache.send(
      new CreateCacheUserCommand({
        UserId: "App-Writer",
        UserName: "app",
        Engine: "Valkey",
        AccessString: "on ~app:* +@all",
        Passwords: ["p".repeat(16), "q".repeat(20)],
      }),
    );
    const expected = {
      UserId: "app-writer",
      UserName: "app",
      Status: "active",
      Engine: "valkey",
      MinimumEngineVersion: "7.2",
      AccessString: "on ~app:* +@all",
      UserGroupIds: [],
      Authentication: { Type: "password", PasswordCount: 2 },
      ARN: "arn:aws:elasticache:us-east-1:000000000000:user:app-writer",
    };
    expect(created).toMatchObject(expected);
    expect(JSON.stringify(w.account.users.get("app-writer"))).not.toContain("pppp");

    expect(await w.userGroups.create(group({ userIds: ["app-default", "app-writer"] }))).toMatchObject({ ok: true });
    const described = await w.elastiCache.send(new DescribeUsersCommand({ UserId: "app-writer" }));
    expect(described.Users).toEqual([{ ...expected, UserGroupIds: ["new-group"] }]);
  });

  it("answers CreateUser's faults with the SDK's classes", async () => {
    const w = await world();
    const send = (userId: string, extra: object = {}) =>
      w.elastiCache.send(
        new CreateCacheUserCommand({ UserId: userId, UserName: "n", Engine: "redis", AccessString: "on ~* +@all", NoPasswordRequired: true, ...extra }),
      );
    await expect(send("default")).rejects.toMatchObject({ name: "UserAlreadyExistsFault", $metadata: { httpStatusCode: 400 } });
    await expect(send("1-bad")).rejects.toMatchObject({ name: "InvalidParameterValueException", $fault: "client" });
    await expect(send("nopw", { NoPasswordRequired: false, Passwords: ["short"] })).rejects.toMatchObject({
      name: "InvalidParameterValueException",
      message: "Passwords must be 16 to 128 characters long.",
    });
    expect(await send("iam-user", { NoPasswordRequired: undefined, AuthenticationMode: { Type: "iam" } })).toMatchObject({
      Authentication: { Type: "iam", PasswordCount: 0 },
    });
  });

  it("describes users and groups, and answers UserNotFound / UserGroupNotFound (404) for a name that matches none", async () => {
    const w = await world();
    expect((await w.elastiCache.send(new DescribeUsersCommand({}))).Users?.map((u) => u.UserId)).toEqual(["default", "app-default", "reader", "writer"]);
    expect((await w.elastiCache.send(new DescribeUsersCommand({ Engine: "redis" }))).Users?.map((u) => u.UserId)).toEqual(["default"]);
    await expect(w.elastiCache.send(new DescribeUsersCommand({ UserId: "ghost" }))).rejects.toMatchObject({
      name: "UserNotFoundFault",
      message: "User ghost not found.",
      $metadata: { httpStatusCode: 404 },
    });
    expect((await w.elastiCache.send(new DescribeUserGroupsCommand({}))).UserGroups?.map((g) => g.UserGroupId)).toEqual(["app-group"]);
    await expect(w.elastiCache.send(new DescribeUserGroupsCommand({ UserGroupId: "nope" }))).rejects.toMatchObject({
      name: "UserGroupNotFoundFault",
      $metadata: { httpStatusCode: 404 },
    });
  });

  it("writes PendingChanges only when a group has some", async () => {
    const w = await world();
    await w.userGroups.create(group());
    const base = w.account.userGroups.get("new-group")!;
    w.account.userGroups.set("pending", {
      ...base,
      userGroupId: "pending",
      status: "MODIFYING",
      pendingChanges: { userIdsToAdd: ["writer"], userIdsToRemove: [] },
    });
    const groups = (await w.elastiCache.send(new DescribeUserGroupsCommand({}))).UserGroups!;
    expect(groups[1]).not.toHaveProperty("PendingChanges");
    expect(groups[2]).toMatchObject({ UserGroupId: "pending", Status: "modifying", PendingChanges: { UserIdsToAdd: ["writer"], UserIdsToRemove: [] } });
  });
});

describe("Amazon MQ through the wire", () => {
  it("creates a user (URL-encoded username), then DescribeBroker and ListUsers show it pending", async () => {
    const w = await world();
    const result = await w.brokerUsers.create(brokerUser());
    expect(result).toEqual({
      ok: true,
      value: {
        brokerId: ACTIVEMQ,
        username: "app.user~1",
        consoleAccess: true,
        groups: ["admins"],
        replicationUser: false,
        pending: { consoleAccess: true, groups: ["admins"], pendingChange: "CREATE" },
      },
      call: { requestId: w.mqIds[0], attempts: 1 },
    });
    expect(w.account.brokers.get(ACTIVEMQ)?.users.get("app.user~1")).toMatchObject({
      applied: null,
      pending: { change: "CREATE", settings: { consoleAccess: true, groups: ["admins"] } },
    });

    const broker = await w.mq.send(new DescribeBrokerCommand({ BrokerId: ACTIVEMQ }));
    expect(broker).toMatchObject({
      BrokerId: ACTIVEMQ,
      EngineType: "ACTIVEMQ",
      BrokerState: "RUNNING",
      Users: [{ Username: "admin" }, { Username: "app.user~1", PendingChange: "CREATE" }],
    });
    const list = await w.mq.send(new ListUsersCommand({ BrokerId: ACTIVEMQ }));
    expect(list).toMatchObject({ BrokerId: ACTIVEMQ, Users: [{ Username: "admin" }, { Username: "app.user~1", PendingChange: "CREATE" }] });
    expect(JSON.stringify([broker, list])).not.toContain(PASSWORD);
  });

  it.each<[string, CreateBrokerUserRequest, Record<string, unknown>, Seed?]>([
    ["BrokerNotFound", brokerUser({ brokerId: MISSING_BROKER }), { code: "BrokerNotFound" }],
    [
      "BadRequest on a RabbitMQ broker",
      brokerUser({ brokerId: RABBITMQ }),
      { code: "BadRequest", attribute: null, reason: expect.stringContaining("RabbitMQ") },
    ],
    [
      "BadRequest naming the attribute",
      brokerUser({ password: "short" }),
      { code: "BadRequest", attribute: "password", reason: "password must be at least 12 characters long." },
    ],
    ["Forbidden", brokerUser(), { code: "Forbidden" }, { ...DEFAULT_SEED, deniedActions: ["mq:CreateUser"] }],
  ])("%s", async (_, request, fault, seed) => {
    const w = await world(seed);
    const result = await w.brokerUsers.create(request);
    const requestId = w.mqIds.at(-1);
    expect(result).toEqual({ ok: false, fault: { ...fault, requestId }, call: { requestId, attempts: 1 } });
  });

  it("BrokerUserAlreadyExists (409) for a username the broker has", async () => {
    const w = await world();
    await w.brokerUsers.create(brokerUser());
    expect(await w.brokerUsers.create(brokerUser())).toMatchObject({ ok: false, fault: { code: "BrokerUserAlreadyExists", requestId: w.mqIds[1] } });
  });

  it("DescribeBroker and ListUsers answer NotFoundException for a broker that does not exist", async () => {
    const w = await world();
    const notFound = { name: "NotFoundException", ErrorAttribute: "broker-id", $metadata: { httpStatusCode: 404 } };
    await expect(w.mq.send(new DescribeBrokerCommand({ BrokerId: MISSING_BROKER }))).rejects.toMatchObject(notFound);
    await expect(w.mq.send(new ListUsersCommand({ BrokerId: MISSING_BROKER }))).rejects.toMatchObject(notFound);
  });
});

/** How each scripted fault reaches the adapters. */
const UPSTREAM: [AnswerFault["kind"], Record<string, unknown>][] = [
  ["throttling", { code: "UpstreamThrottled", retryAfterSeconds: 1 }],
  ["unavailable", { code: "UpstreamUnavailable", retryable: true }],
  ["internal", { code: "UpstreamUnavailable", retryable: true }],
  ["reset", { code: "UpstreamUnavailable", retryable: true }],
  ["html", { code: "UpstreamUnavailable", retryable: true }],
];

async function control(w: { emulator: Emulator }, method: string, body?: unknown): Promise<Response> {
  return fetch(`${w.emulator.url}/_emulator/faults`, { method, body: typeof body === "string" ? body : JSON.stringify(body) });
}

describe("scripted faults, acted out on the wire", () => {
  it.each(UPSTREAM)("%s, scripted on the account, reaches both adapters as %o; no rule runs", async (kind, fault) => {
    const w = await world();
    w.account.faults.add({ operation: "*", fault: { kind } });
    const userGroup = await w.userGroups.create(group());
    const user = await w.brokerUsers.create(brokerUser());
    expect(userGroup).toMatchObject({ ok: false, fault });
    expect(user).toMatchObject({ ok: false, fault });
    if (kind !== "reset") {
      expect(userGroup).toMatchObject({ fault: { requestId: w.elastiCacheIds[0] } });
      expect(user).toMatchObject({ fault: { requestId: w.mqIds[0] } });
    }
    expect(w.account.userGroups.size).toBe(DEFAULT_SEED.userGroups.length);
    expect([...w.account.brokers.get(ACTIVEMQ)!.users.keys()]).toEqual(["admin"]);
  });

  it.each(UPSTREAM)("%s, scripted through the control endpoint for one call of one operation", async (kind, fault) => {
    const w = await world();
    expect((await control(w, "POST", { operation: "elasticache:CreateUserGroup", fault: { kind }, times: 1 })).status).toBe(201);
    expect((await control(w, "POST", { operation: "mq:CreateUser", fault: { kind }, times: 1 })).status).toBe(201);
    expect(await w.userGroups.create(group())).toMatchObject({ ok: false, fault });
    expect(await w.brokerUsers.create(brokerUser())).toMatchObject({ ok: false, fault });
    expect(await w.userGroups.create(group())).toMatchObject({ ok: true });
    expect(await w.brokerUsers.create(brokerUser())).toMatchObject({ ok: true });
  });

  it("throttling answers ElastiCache's 400 Throttling and MQ's 429 with Retry-After", async () => {
    const w = await world();
    w.account.faults.add({ operation: "*", fault: { kind: "throttling" } });
    await expect(w.elastiCache.send(new DescribeUsersCommand({}))).rejects.toMatchObject({
      name: "Throttling",
      message: "Rate exceeded",
      $metadata: { httpStatusCode: 400 },
    });
    const error = await w.mq.send(new ListUsersCommand({ BrokerId: ACTIVEMQ })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TooManyRequestsException", $metadata: { httpStatusCode: 429 } });
    expect((error as { $response: { headers: Record<string, string> } }).$response.headers["retry-after"]).toBe("1");
  });

  it("malformed: HTTP 200 with a truncated body the SDK cannot parse; MQ CreateUser's empty answer is never read", async () => {
    const w = await world();
    w.account.faults.add({ operation: "*", fault: { kind: "malformed" } });
    const error = await w.elastiCache.send(new DescribeUsersCommand({})).catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: expect.stringContaining("XML parse error"),
      $metadata: { httpStatusCode: 200, requestId: w.elastiCacheIds[0] },
    });
    await expect(w.mq.send(new DescribeBrokerCommand({ BrokerId: ACTIVEMQ }))).rejects.toMatchObject({
      name: "SyntaxError",
      $metadata: { httpStatusCode: 200 },
    });
    const raw = await fetch(`${w.emulator.url}/v1/brokers/${ACTIVEMQ}/users/someone`, { method: "POST", body: JSON.stringify({ password: PASSWORD }) });
    expect([raw.status, raw.headers.get("content-type"), await raw.text()]).toEqual([200, "application/json", '{"brokerId":"b-']);
  });

  it("lost: the call is carried out, then the connection is reset without an answer; the SDK sees ECONNRESET", async () => {
    const w = await world();
    expect((await control(w, "POST", { operation: "elasticache:CreateUserGroup", fault: { kind: "lost" }, times: 1 })).status).toBe(201);
    expect((await control(w, "POST", { operation: "mq:CreateUser", fault: { kind: "lost" }, times: 1 })).status).toBe(201);
    await expect(w.elastiCache.send(new CreateUserGroupCommand({ UserGroupId: "lost", Engine: "redis", UserIds: ["default"] }))).rejects.toMatchObject({
      code: "ECONNRESET",
    });
    expect(await w.brokerUsers.create(brokerUser())).toMatchObject({ ok: false, fault: { code: "UpstreamUnavailable", retryable: true } });
    expect(w.account.userGroups.get("lost")).toMatchObject({ status: "CREATING" });
    expect(w.account.brokers.get(ACTIVEMQ)!.users.get(brokerUser().username)).toMatchObject({ pending: { change: "CREATE" } });
    expect(await w.brokerUsers.create(brokerUser())).toMatchObject({ ok: false, fault: { code: "BrokerUserAlreadyExists" } });
  });

  it("latency delays the answer; the call still succeeds", async () => {
    const w = await world();
    w.account.faults.add({ operation: "mq:CreateUser", fault: { kind: "latency", ms: 150 } });
    const started = performance.now();
    expect(await w.brokerUsers.create(brokerUser())).toMatchObject({ ok: true });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("a rule applies to its operation only, `times` counts down, rate 0 never applies", async () => {
    const w = await world();
    w.account.faults.add({ operation: "mq:CreateUser", fault: { kind: "internal" }, rate: 0 });
    w.account.faults.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "unavailable" }, times: 2 });
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push((await w.userGroups.create(group({ userGroupId: `g${i}` }))).ok);
    for (let i = 0; i < 5; i++) outcomes.push((await w.brokerUsers.create(brokerUser({ username: `user-${i}` }))).ok);
    expect(outcomes).toEqual([false, false, true, true, true, true, true, true]);
  });

  it("hang: the call stays pending until the caller aborts it; close() then resolves at once", async () => {
    const w = await world();
    w.account.faults.add({ operation: "elasticache:DescribeUsers", fault: { kind: "hang" } });
    const controller = new AbortController();
    let settled = false;
    const outcome = w.elastiCache.send(new DescribeUsersCommand({}), { abortSignal: controller.signal }).then(
      () => "answered",
      (e: Error) => e.name,
    );
    void outcome.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false);
    controller.abort();
    expect(await outcome).toBe("AbortError");
    const started = performance.now();
    await w.close();
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("hang through the adapter: its gate's deadline turns it into UpstreamUnavailable", async () => {
    const w = await world(DEFAULT_SEED, 200);
    w.account.faults.add({ operation: "mq:CreateUser", fault: { kind: "hang" } });
    expect(await w.brokerUsers.create(brokerUser())).toMatchObject({ ok: false, fault: { code: "UpstreamUnavailable", retryable: true } });
  });

  it("close() destroys a hung connection nobody aborted", async () => {
    const w = await world();
    w.account.faults.add({ operation: "mq:ListUsers", fault: { kind: "hang" } });
    const begin = w.account.begin.bind(w.account);
    const reached = new Promise<void>((resolve) => {
      w.account.begin = (operation) => {
        resolve();
        return begin(operation);
      };
    });
    const ended = new Promise<string>((resolve) => {
      const req = httpRequest(`${w.emulator.url}/v1/brokers/${ACTIVEMQ}/users`, () => resolve("answered"));
      req.on("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      req.end();
    });
    await reached;
    const started = performance.now();
    await w.emulator.close();
    expect(performance.now() - started).toBeLessThan(500);
    expect(await ended).toBe("ECONNRESET");
  });
});

describe("fault control endpoint", () => {
  it("adds rules (201), clears them (204), refuses methods other than GET (405)", async () => {
    const w = await world();
    const rule = { operation: "*", fault: { kind: "latency", ms: 5 }, times: 3, rate: 0.5 };
    const added = await control(w, "POST", rule);
    expect([added.status, await added.json()]).toEqual([201, rule]);
    await control(w, "POST", { operation: "mq:CreateUser", fault: { kind: "internal" } });
    expect((await control(w, "DELETE")).status).toBe(204);
    expect(await w.brokerUsers.create(brokerUser())).toMatchObject({ ok: true });
    expect((await control(w, "PUT")).status).toBe(405);
  });

  it.each([
    ["not JSON", "{"],
    ["not an object", [1]],
    ["no operation", { fault: { kind: "internal" } }],
    ["an unknown kind", { operation: "*", fault: { kind: "explode" } }],
    ["a rate above 1", { operation: "*", fault: { kind: "internal" }, rate: 2 }],
    ["negative times", { operation: "*", fault: { kind: "internal" }, times: -1 }],
    ["latency without ms", { operation: "*", fault: { kind: "latency" } }],
  ])("answers 400 to a rule with %s", async (_, body) => {
    const w = await world();
    const response = await control(w, "POST", body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ message: expect.any(String) });
  });

  it("parses a rule without the optional fields", () => {
    expect(parseFaultRule('{"operation":"mq:CreateUser","fault":{"kind":"hang"}}')).toEqual({ operation: "mq:CreateUser", fault: { kind: "hang" } });
  });

  it.each([
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["::1", true],
    ["::ffff:127.0.0.1", true],
    ["10.0.0.1", false],
    ["::ffff:10.0.0.1", false],
    ["128.0.0.1", false],
    ["fe80::1", false],
    [undefined, false],
  ])("loopback(%s) is %s", (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});

describe("wire robustness: AWS-shaped errors for anything else, and the emulator keeps serving", () => {
  const post = (w: { emulator: Emulator }, path: string, body: string, contentType = "application/x-www-form-urlencoded") =>
    fetch(`${w.emulator.url}${path}`, { method: "POST", body, headers: { "content-type": contentType } });

  it.each([
    ["an unknown action", "Action=DeleteEverything&Version=2015-02-02", 400, "InvalidAction"],
    ["another version", "Action=CreateUserGroup&Version=2014-01-01", 400, "InvalidAction"],
    ["a body that is not a form", "%%%\u0000&&==&\uFFFD", 400, "InvalidAction"],
    ["a missing parameter", "Action=CreateUserGroup&Version=2015-02-02&UserGroupId=g", 400, "MissingParameter"],
    ["an unknown engine", "Action=CreateUserGroup&Version=2015-02-02&UserGroupId=g&Engine=memcached", 400, "InvalidParameterValue"],
  ])("Query: %s answers an AWS Query error in XML, the request id in header and body", async (_, body, status, code) => {
    const w = await world();
    const response = await post(w, "/", body);
    const requestId = response.headers.get("x-amzn-requestid")!;
    expect(requestId).toMatch(UUID);
    expect([response.status, response.headers.get("content-type")]).toEqual([status, "text/xml"]);
    const xml = await response.text();
    expect(xml).toMatch(
      new RegExp(
        `^<ErrorResponse xmlns="http://elasticache.amazonaws.com/doc/2015-02-02/"><Error><Type>Sender</Type><Code>${code}</Code>` +
          `<Message>[^<]+</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>\n$`,
      ),
    );
  });

  it("Query: GET / is refused; the SDK is still served afterwards", async () => {
    const w = await world();
    const response = await fetch(`${w.emulator.url}/`);
    expect([response.status, (await response.text()).includes("<Code>InvalidAction</Code>")]).toEqual([400, true]);
    expect((await w.elastiCache.send(new DescribeUsersCommand({}))).Users).toHaveLength(4);
  });

  it.each([
    ["an unknown path", "GET", "/v2/anything", "", 404, "NotFoundException"],
    ["an unknown MQ route", "DELETE", `/v1/brokers/${ACTIVEMQ}`, "", 404, "NotFoundException"],
    ["a path that is not URL-encoded", "GET", "/v1/brokers/%E0%A4%A", "", 400, "BadRequestException"],
    ["a body that is not JSON", "POST", `/v1/brokers/${ACTIVEMQ}/users/someone`, `{"password":"${PASSWORD}"`, 400, "BadRequestException"],
    ["a body that is not an object", "POST", `/v1/brokers/${ACTIVEMQ}/users/someone`, "[]", 400, "BadRequestException"],
    ["a password that is not a string", "POST", `/v1/brokers/${ACTIVEMQ}/users/someone`, '{"password":12}', 400, "BadRequestException"],
    ["groups that are not strings", "POST", `/v1/brokers/${ACTIVEMQ}/users/someone`, `{"password":"${PASSWORD}","groups":[1]}`, 400, "BadRequestException"],
  ])("REST-JSON: %s answers an Amazon MQ error, never echoing the body", async (_, method, path, body, status, name) => {
    const w = await world();
    const response = await fetch(`${w.emulator.url}${path}`, { method, body: method === "GET" ? undefined : body });
    expect(response.headers.get("x-amzn-requestid")).toMatch(UUID);
    expect([response.status, response.headers.get("x-amzn-errortype")]).toEqual([status, name]);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ message: expect.any(String) });
    expect(text).not.toContain(PASSWORD);
  });

  it("a body larger than 1 MiB answers 413", async () => {
    const w = await world();
    expect((await post(w, "/", "a".repeat(1024 * 1024 + 1))).status).toBe(413);
    expect((await post(w, `/v1/brokers/${ACTIVEMQ}/users/x`, "a".repeat(1024 * 1024 + 1), "application/json")).status).toBe(413);
  });

  it("no password ever appears in an answer, even for a rejected one", async () => {
    const w = await world();
    const bad = `${PASSWORD},`;
    const result = await w.brokerUsers.create(brokerUser({ password: bad }));
    expect(result).toMatchObject({ ok: false, fault: { code: "BadRequest", attribute: "password" } });
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
  });
});
