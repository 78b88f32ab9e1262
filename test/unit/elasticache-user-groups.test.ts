import {
  CreateUserGroupCommand,
  DefaultUserRequired,
  DuplicateUserNameFault,
  ElastiCacheClient,
  ElastiCacheServiceException,
  InvalidParameterValueException,
  ServiceLinkedRoleNotFoundFault,
  TagQuotaPerResourceExceeded,
  UserGroupAlreadyExistsFault,
  UserGroupQuotaExceededFault,
  UserNotFoundFault,
} from "@aws-sdk/client-elasticache";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { ElastiCacheUserGroups, USER_GROUP_FAULTS } from "../../src/adapters/aws/elasticache-user-groups";
import { UpstreamGate } from "../../src/adapters/aws/upstream-gate";
import type { CreateUserGroupRequest, UserGroupFault } from "../../src/ports/user-groups";

const client = new ElastiCacheClient({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "y" } });
const mock = mockClient(client);
const groups = new ElastiCacheUserGroups(client, new UpstreamGate({ maxInflight: 10, queueTimeoutMs: 100, timeoutMs: 5_000 }));

const request: CreateUserGroupRequest = {
  userGroupId: "Orders-Group",
  engine: "VALKEY",
  userIds: ["default", "reader"],
  tags: [
    { key: "team", value: "payments" },
    { key: "flag", value: null },
  ],
};

beforeEach(() => {
  mock.reset();
});

/** Runs create() and returns the fault, failing the test when the call succeeded. */
async function faultOf(req: CreateUserGroupRequest = request): Promise<UserGroupFault> {
  const result = await groups.create(req);
  if (result.ok) throw new Error(`expected a fault, got ${JSON.stringify(result.value)}`);
  return result.fault;
}

describe("ElastiCacheUserGroups.create: the command sent", () => {
  it("sends the id, the lower-cased engine, the user ids and the tags as {Key, Value}", async () => {
    mock.on(CreateUserGroupCommand).resolves({});

    await groups.create(request);

    const calls = mock.commandCalls(CreateUserGroupCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toStrictEqual({
      UserGroupId: "Orders-Group",
      Engine: "valkey",
      UserIds: ["default", "reader"],
      Tags: [
        { Key: "team", Value: "payments" },
        { Key: "flag", Value: undefined },
      ],
    });
  });

  it("sends REDIS as redis", async () => {
    mock.on(CreateUserGroupCommand).resolves({});

    await groups.create({ userGroupId: "g", engine: "REDIS" });

    expect(mock.commandCalls(CreateUserGroupCommand)[0]!.args[0].input.Engine).toBe("redis");
  });

  it("leaves UserIds and Tags undefined when the request has none", async () => {
    mock.on(CreateUserGroupCommand).resolves({});

    await groups.create({ userGroupId: "bare", engine: "VALKEY" });

    const input = mock.commandCalls(CreateUserGroupCommand)[0]!.args[0].input;
    expect(input).toStrictEqual({ UserGroupId: "bare", Engine: "valkey", UserIds: undefined, Tags: undefined });
  });

  it("copies the user ids rather than handing AWS the caller's array", async () => {
    mock.on(CreateUserGroupCommand).resolves({});
    const userIds = ["default"];

    await groups.create({ userGroupId: "g", engine: "VALKEY", userIds });

    const sent = mock.commandCalls(CreateUserGroupCommand)[0]!.args[0].input.UserIds;
    expect(sent).toEqual(["default"]);
    expect(sent).not.toBe(userIds);
  });
});

describe("ElastiCacheUserGroups.create: the user group returned", () => {
  it("maps a full CreateUserGroup answer", async () => {
    mock.on(CreateUserGroupCommand).resolves({
      UserGroupId: "orders-group",
      Status: "creating",
      Engine: "valkey",
      UserIds: ["default", "reader"],
      MinimumEngineVersion: "7.2",
      PendingChanges: { UserIdsToAdd: ["reader"], UserIdsToRemove: ["old"] },
      ReplicationGroups: ["rg-1"],
      ServerlessCaches: ["sc-1"],
      ARN: "arn:aws:elasticache:us-east-1:123456789012:usergroup:orders-group",
      $metadata: { requestId: "req-ok", attempts: 2 },
    });

    const result = await groups.create(request);

    expect(result).toStrictEqual({
      ok: true,
      value: {
        userGroupId: "orders-group",
        status: "CREATING",
        engine: "VALKEY",
        userIds: ["default", "reader"],
        minimumEngineVersion: "7.2",
        pendingChanges: { userIdsToAdd: ["reader"], userIdsToRemove: ["old"] },
        replicationGroups: ["rg-1"],
        serverlessCaches: ["sc-1"],
        arn: "arn:aws:elasticache:us-east-1:123456789012:usergroup:orders-group",
      },
      call: { requestId: "req-ok", attempts: 2 },
    });
  });

  it("fills what AWS left out: lower-cased request id, request engine, empty lists, nulls", async () => {
    mock.on(CreateUserGroupCommand).resolves({});

    const result = await groups.create(request);

    expect(result).toStrictEqual({
      ok: true,
      value: {
        userGroupId: "orders-group",
        status: null,
        engine: "VALKEY",
        userIds: [],
        minimumEngineVersion: null,
        pendingChanges: null,
        replicationGroups: [],
        serverlessCaches: [],
        arn: null,
      },
      call: { requestId: undefined, attempts: undefined },
    });
  });

  it.each([
    ["creating", "CREATING"],
    ["active", "ACTIVE"],
    ["modifying", "MODIFYING"],
    ["deleting", "DELETING"],
    ["rebooting", null],
    ["", null],
  ] as const)("maps status %j to %j", async (status, expected) => {
    mock.on(CreateUserGroupCommand).resolves({ Status: status });

    const result = await groups.create(request);

    expect(result.ok && result.value.status).toBe(expected);
  });

  it.each([
    ["valkey", "VALKEY", "VALKEY"],
    ["redis", "VALKEY", "REDIS"],
    ["Redis", "VALKEY", "REDIS"],
    ["memcached", "REDIS", "REDIS"],
  ] as const)("maps engine %j (request %s) to %s", async (engine, requested, expected) => {
    mock.on(CreateUserGroupCommand).resolves({ Engine: engine });

    const result = await groups.create({ userGroupId: "g", engine: requested });

    expect(result.ok && result.value.engine).toBe(expected);
  });

  it("maps PendingChanges with a missing side to an empty list", async () => {
    mock.on(CreateUserGroupCommand).resolves({ PendingChanges: { UserIdsToAdd: ["reader"] } });

    const result = await groups.create(request);

    expect(result.ok && result.value.pendingChanges).toStrictEqual({ userIdsToAdd: ["reader"], userIdsToRemove: [] });
  });

  it("maps an empty PendingChanges object to two empty lists, not null", async () => {
    mock.on(CreateUserGroupCommand).resolves({ PendingChanges: {} });

    const result = await groups.create(request);

    expect(result.ok && result.value.pendingChanges).toStrictEqual({ userIdsToAdd: [], userIdsToRemove: [] });
  });
});

type FaultClass = new (opts: { message: string; $metadata: ElastiCacheServiceException["$metadata"] }) => ElastiCacheServiceException;

const FAULT_CLASSES: ReadonlyArray<readonly [string, FaultClass, UserGroupFault["code"]]> = [
  ["UserNotFoundFault", UserNotFoundFault, "UserNotFound"],
  ["DuplicateUserNameFault", DuplicateUserNameFault, "DuplicateUserName"],
  ["UserGroupAlreadyExistsFault", UserGroupAlreadyExistsFault, "UserGroupAlreadyExists"],
  ["DefaultUserRequired", DefaultUserRequired, "DefaultUserRequired"],
  ["UserGroupQuotaExceededFault", UserGroupQuotaExceededFault, "UserGroupQuotaExceeded"],
  ["TagQuotaPerResourceExceeded", TagQuotaPerResourceExceeded, "TagQuotaPerResourceExceeded"],
  ["InvalidParameterValueException", InvalidParameterValueException, "InvalidParameterValue"],
  ["ServiceLinkedRoleNotFoundFault", ServiceLinkedRoleNotFoundFault, "ServiceLinkedRoleNotFound"],
];

describe("ElastiCacheUserGroups.create: documented faults", () => {
  it("USER_GROUP_FAULTS maps exactly the eight documented CreateUserGroup exceptions", () => {
    expect(USER_GROUP_FAULTS).toStrictEqual({
      UserNotFoundFault: "UserNotFound",
      DuplicateUserNameFault: "DuplicateUserName",
      UserGroupAlreadyExistsFault: "UserGroupAlreadyExists",
      DefaultUserRequired: "DefaultUserRequired",
      UserGroupQuotaExceededFault: "UserGroupQuotaExceeded",
      TagQuotaPerResourceExceeded: "TagQuotaPerResourceExceeded",
      InvalidParameterValueException: "InvalidParameterValue",
      ServiceLinkedRoleNotFoundFault: "ServiceLinkedRoleNotFound",
    });
    expect(Object.keys(USER_GROUP_FAULTS)).toHaveLength(8);
  });

  it.each(FAULT_CLASSES)("USER_GROUP_FAULTS is keyed by the name the SDK gives %s", (name, Fault, code) => {
    const error = new Fault({ message: "m", $metadata: {} });
    expect(error.name).toBe(name);
    expect(USER_GROUP_FAULTS).toHaveProperty(error.name, code);
  });

  it.each(FAULT_CLASSES)("%s becomes the %s fault with the AWS request id", async (_name, Fault, code) => {
    const requestId = `req-${code}`;
    mock.on(CreateUserGroupCommand).rejects(new Fault({ message: "Something is wrong.", $metadata: { requestId, httpStatusCode: 400 } }));

    const fault = await faultOf();

    expect(fault.code).toBe(code);
    expect(fault.requestId).toBe(requestId);
  });

  it.each(FAULT_CLASSES.filter(([, , code]) => code !== "UserNotFound" && code !== "InvalidParameterValue"))(
    "%s carries nothing but its code and the request id",
    async (_name, Fault, code) => {
      mock.on(CreateUserGroupCommand).rejects(new Fault({ message: "arn:aws:iam::123456789012:role/x said no", $metadata: { requestId: "req-1" } }));

      expect(await faultOf()).toStrictEqual({ code, requestId: "req-1" });
    },
  );

  it.each([
    { ids: ["default", "reader", "reader-2"], message: "User reader-2 not found", expected: ["reader-2"] },
    { ids: ["default", "reader", "reader-2"], message: "User reader not found.", expected: ["reader"] },
    { ids: ["default", "ghost", "phantom"], message: "Users ghost, phantom not found.", expected: ["ghost", "phantom"] },
    { ids: ["default", "reader"], message: "User ghost not found.", expected: [] },
    { ids: ["read"], message: "User reader not found.", expected: [] },
    { ids: ["default", "Reader"], message: "User reader not found.", expected: ["Reader"] },
  ])("UserNotFound for ids $ids and message $message names $expected", async ({ ids, message, expected }) => {
    mock.on(CreateUserGroupCommand).rejects(new UserNotFoundFault({ message, $metadata: { requestId: "req-1", httpStatusCode: 404 } }));

    const fault = await faultOf({ userGroupId: "g", engine: "VALKEY", userIds: ids });

    expect(fault).toStrictEqual({ code: "UserNotFound", requestId: "req-1", userIds: expected });
  });

  it("UserNotFound names no user when the request had no user ids", async () => {
    mock
      .on(CreateUserGroupCommand)
      .rejects(new UserNotFoundFault({ message: "User ghost not found.", $metadata: { requestId: "req-1", httpStatusCode: 404 } }));

    const fault = await faultOf({ userGroupId: "g", engine: "VALKEY" });

    expect(fault).toStrictEqual({ code: "UserNotFound", requestId: "req-1", userIds: [] });
  });

  it("InvalidParameterValue carries the AWS message with ARNs and account ids redacted", async () => {
    mock.on(CreateUserGroupCommand).rejects(
      new InvalidParameterValueException({
        message: "Role arn:aws:iam::123456789012:role/x cannot be used by account 123456789012 for user group orders-group.",
        $metadata: { requestId: "req-ipv", httpStatusCode: 400 },
      }),
    );

    const fault = await faultOf();

    expect(fault).toStrictEqual({
      code: "InvalidParameterValue",
      requestId: "req-ipv",
      reason: "Role [arn] cannot be used by account [account] for user group orders-group.",
    });
  });
});

describe("ElastiCacheUserGroups.create: upstream faults", () => {
  it.each([
    {
      name: "throttling",
      error: () =>
        new ElastiCacheServiceException({
          name: "Throttling",
          $fault: "client",
          message: "Rate exceeded",
          $metadata: { httpStatusCode: 400, requestId: "r-thr" },
        }),
      expected: { code: "UpstreamThrottled", retryAfterSeconds: 1, requestId: "r-thr" },
    },
    {
      name: "a 500 InternalFailure",
      error: () =>
        new ElastiCacheServiceException({ name: "InternalFailure", $fault: "server", message: "oops", $metadata: { httpStatusCode: 500, requestId: "r-500" } }),
      expected: { code: "UpstreamUnavailable", retryable: true, requestId: "r-500" },
    },
    {
      name: "a 503 ServiceUnavailable",
      error: () =>
        new ElastiCacheServiceException({
          name: "ServiceUnavailable",
          $fault: "server",
          message: "down",
          $metadata: { httpStatusCode: 503, requestId: "r-503" },
        }),
      expected: { code: "UpstreamUnavailable", retryable: true, requestId: "r-503" },
    },
    {
      name: "a refused connection",
      error: () => Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
      expected: { code: "UpstreamUnavailable", retryable: true },
    },
    {
      name: "a non-transient 501",
      error: () =>
        new ElastiCacheServiceException({ name: "NotImplemented", $fault: "server", message: "no", $metadata: { httpStatusCode: 501, requestId: "r-501" } }),
      expected: { code: "UpstreamUnavailable", retryable: false, requestId: "r-501" },
    },
  ])("$name becomes $expected.code", async ({ error, expected }) => {
    mock.on(CreateUserGroupCommand).rejects(error());

    const fault = await faultOf();

    expect(fault).toEqual(expected);
  });

  it("a throttled call asks the client to wait at least a second", async () => {
    mock
      .on(CreateUserGroupCommand)
      .rejects(
        new ElastiCacheServiceException({ name: "Throttling", $fault: "client", message: "Rate exceeded", $metadata: { httpStatusCode: 400, requestId: "r" } }),
      );

    const fault = await faultOf();

    expect(fault.code).toBe("UpstreamThrottled");
    expect(fault.code === "UpstreamThrottled" && fault.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });
});

describe("ElastiCacheUserGroups.create: errors it does not know", () => {
  it.each([
    {
      name: "an AccessDenied 403",
      error: () =>
        new ElastiCacheServiceException({
          name: "AccessDenied",
          $fault: "client",
          message: "not authorized",
          $metadata: { httpStatusCode: 403, requestId: "r" },
        }),
    },
    {
      name: "an undocumented ElastiCache fault class",
      error: () =>
        new ElastiCacheServiceException({
          name: "InvalidParameterCombinationException",
          $fault: "client",
          message: "combo",
          $metadata: { httpStatusCode: 400, requestId: "r" },
        }),
    },
    { name: "a credentials error", error: () => Object.assign(new Error("Could not load credentials"), { name: "CredentialsProviderError" }) },
    { name: "a TypeError", error: () => new TypeError("Cannot read properties of undefined (reading 'x')") },
    {
      name: "an error named like an Object.prototype property",
      error: () => new ElastiCacheServiceException({ name: "constructor", $fault: "client", message: "odd", $metadata: { httpStatusCode: 400 } }),
    },
  ])("rethrows $name unchanged", async ({ error }) => {
    const err = error();
    mock.on(CreateUserGroupCommand).rejects(err);

    await expect(groups.create(request)).rejects.toBe(err);
  });
});
