import {
  DefaultUserRequired,
  DeleteUserGroupCommand,
  DescribeUserGroupsCommand,
  DescribeUsersCommand,
  DuplicateUserNameFault,
  ElastiCacheClient,
  ElastiCacheServiceException,
  InvalidParameterCombinationException,
  InvalidParameterValueException,
  InvalidUserGroupStateFault,
  ModifyUserGroupCommand,
  ServiceLinkedRoleNotFoundFault,
  UserGroupNotFoundFault,
  UserNotFoundFault,
} from "@aws-sdk/client-elasticache";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { DESCRIBE_USERS_FAULTS, ElastiCacheCacheUsers } from "../../src/adapters/aws/elasticache-cache-users";
import {
  DELETE_USER_GROUP_FAULTS,
  DESCRIBE_USER_GROUPS_FAULTS,
  ElastiCacheUserGroups,
  MODIFY_USER_GROUP_FAULTS,
} from "../../src/adapters/aws/elasticache-user-groups";
import { UpstreamGate } from "../../src/adapters/aws/upstream-gate";
import type { Result } from "../../src/ports/result";

const client = new ElastiCacheClient({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "y" } });
const mock = mockClient(client);
const gate = new UpstreamGate({ maxInflight: 10, queueTimeoutMs: 100, timeoutMs: 5_000 });
const groups = new ElastiCacheUserGroups(client, gate);
const users = new ElastiCacheCacheUsers(client, gate);

beforeEach(() => {
  mock.reset();
});

const ANSWERED_GROUP = {
  UserGroupId: "app-group",
  Status: "modifying",
  Engine: "valkey",
  UserIds: ["app-default", "reader"],
  MinimumEngineVersion: "7.2",
  PendingChanges: { UserIdsToAdd: ["writer"], UserIdsToRemove: ["reader"] },
  ReplicationGroups: [],
  ServerlessCaches: [],
  ARN: "arn:aws:elasticache:us-east-1:123456789012:usergroup:app-group",
};
const MAPPED_GROUP = {
  userGroupId: "app-group",
  status: "MODIFYING",
  engine: "VALKEY",
  userIds: ["app-default", "reader"],
  minimumEngineVersion: "7.2",
  pendingChanges: { userIdsToAdd: ["writer"], userIdsToRemove: ["reader"] },
  replicationGroups: [],
  serverlessCaches: [],
  arn: "arn:aws:elasticache:us-east-1:123456789012:usergroup:app-group",
};

describe("the commands sent", () => {
  it("get: DescribeUserGroups with the id only", async () => {
    mock.on(DescribeUserGroupsCommand).resolves({ UserGroups: [ANSWERED_GROUP] });
    await groups.get("App-Group");
    expect(mock.commandCalls(DescribeUserGroupsCommand)[0]!.args[0].input).toStrictEqual({ UserGroupId: "App-Group" });
  });

  it("list: DescribeUserGroups with MaxRecords and Marker as given", async () => {
    mock.on(DescribeUserGroupsCommand).resolves({ UserGroups: [] });
    await groups.list({ maxRecords: 20 });
    await groups.list({ maxRecords: 100, marker: "m-1" });
    expect(mock.commandCalls(DescribeUserGroupsCommand).map((c) => c.args[0].input)).toStrictEqual([
      { MaxRecords: 20, Marker: undefined },
      { MaxRecords: 100, Marker: "m-1" },
    ]);
  });

  it("modify: ModifyUserGroup with copies of both lists, an empty one left out (AWS takes at least one id or none)", async () => {
    mock.on(ModifyUserGroupCommand).resolves(ANSWERED_GROUP);
    const add = ["writer"];
    await groups.modify({ userGroupId: "app-group", userIdsToAdd: add, userIdsToRemove: ["reader"] });
    await groups.modify({ userGroupId: "app-group", userIdsToAdd: [], userIdsToRemove: ["reader"] });
    const inputs = mock.commandCalls(ModifyUserGroupCommand).map((c) => c.args[0].input);
    expect(inputs).toStrictEqual([
      { UserGroupId: "app-group", UserIdsToAdd: ["writer"], UserIdsToRemove: ["reader"] },
      { UserGroupId: "app-group", UserIdsToAdd: undefined, UserIdsToRemove: ["reader"] },
    ]);
    expect(inputs[0]!.UserIdsToAdd).not.toBe(add);
  });

  it("delete: DeleteUserGroup with the id", async () => {
    mock.on(DeleteUserGroupCommand).resolves({ ...ANSWERED_GROUP, Status: "deleting", PendingChanges: undefined });
    await groups.delete("app-group");
    expect(mock.commandCalls(DeleteUserGroupCommand)[0]!.args[0].input).toStrictEqual({ UserGroupId: "app-group" });
  });

  it("cache users: DescribeUsers with the engine in lower case, MaxRecords and Marker; no engine, no Engine", async () => {
    mock.on(DescribeUsersCommand).resolves({ Users: [] });
    await users.list({ engine: "VALKEY", maxRecords: 20, marker: "m-2" });
    await users.list({ maxRecords: 100 });
    expect(mock.commandCalls(DescribeUsersCommand).map((c) => c.args[0].input)).toStrictEqual([
      { Engine: "valkey", MaxRecords: 20, Marker: "m-2" },
      { Engine: undefined, MaxRecords: 100, Marker: undefined },
    ]);
  });
});

describe("the answers mapped", () => {
  it("get, modify and delete map every field of the group, with the request id and attempts", async () => {
    const $metadata = { requestId: "req-1", attempts: 1 };
    mock.on(DescribeUserGroupsCommand).resolves({ UserGroups: [ANSWERED_GROUP], $metadata });
    mock.on(ModifyUserGroupCommand).resolves({ ...ANSWERED_GROUP, $metadata });
    mock.on(DeleteUserGroupCommand).resolves({ ...ANSWERED_GROUP, Status: "deleting", PendingChanges: undefined, $metadata });
    const call = { requestId: "req-1", attempts: 1 };
    expect(await groups.get("app-group")).toStrictEqual({ ok: true, value: MAPPED_GROUP, call });
    expect(await groups.modify({ userGroupId: "app-group", userIdsToAdd: ["writer"], userIdsToRemove: ["reader"] })).toStrictEqual({
      ok: true,
      value: MAPPED_GROUP,
      call,
    });
    expect(await groups.delete("app-group")).toStrictEqual({ ok: true, value: { ...MAPPED_GROUP, status: "DELETING", pendingChanges: null }, call });
  });

  it("fills what AWS left out from the request: the id in lower case", async () => {
    mock.on(DeleteUserGroupCommand).resolves({});
    const result = await groups.delete("Old-Group");
    expect(result.ok && result.value).toMatchObject({ userGroupId: "old-group", status: null, engine: "REDIS", userIds: [], arn: null });
  });

  it("cache user get: DescribeUsers with the UserId only, the one user mapped; an empty list is a broken answer, thrown", async () => {
    mock
      .on(DescribeUsersCommand)
      .resolvesOnce({ Users: [{ UserId: "reader", UserName: "reader", Engine: "valkey" }] })
      .resolvesOnce({ Users: [] });
    expect(await users.get("reader")).toMatchObject({ ok: true, value: { userId: "reader", userName: "reader", engine: "VALKEY" } });
    expect(mock.commandCalls(DescribeUsersCommand)[0]!.args[0].input).toStrictEqual({ UserId: "reader" });
    await expect(users.get("reader")).rejects.toThrow("DescribeUsers answered an empty list for one user id");
  });

  it("get: an empty list for one id is a broken answer, thrown rather than guessed", async () => {
    mock.on(DescribeUserGroupsCommand).resolves({ UserGroups: [] });
    await expect(groups.get("app-group")).rejects.toThrow("DescribeUserGroups answered an empty list for one user group id");
  });

  it("list: the groups and AWS's Marker; no marker (or an empty one) on the last page", async () => {
    mock
      .on(DescribeUserGroupsCommand)
      .resolvesOnce({ UserGroups: [ANSWERED_GROUP], Marker: "next" })
      .resolvesOnce({ UserGroups: [], Marker: "" })
      .resolvesOnce({});
    expect(await groups.list({ maxRecords: 20 })).toMatchObject({ ok: true, value: { items: [MAPPED_GROUP], nextMarker: "next" } });
    expect(await groups.list({ maxRecords: 20 })).toMatchObject({ ok: true, value: { items: [] } });
    const last = await groups.list({ maxRecords: 20 });
    expect(last.ok && last.value).toStrictEqual({ items: [] });
  });

  it("cache users: every field, unknown statuses and types as null, the requested engine for an unknown one", async () => {
    mock.on(DescribeUsersCommand).resolves({
      Users: [
        {
          UserId: "reader",
          UserName: "reader",
          Status: "active",
          Engine: "valkey",
          MinimumEngineVersion: "7.2",
          AccessString: "on ~* +@read",
          UserGroupIds: ["app-group"],
          Authentication: { Type: "password", PasswordCount: 2 },
          ARN: "arn:aws:elasticache:us-east-1:123456789012:user:reader",
        },
        { UserId: "odd", UserName: "odd", Status: "rebooting", Engine: "memcached", Authentication: { Type: "token" as "iam" } },
        { UserId: "open", UserName: "default", Status: "Modifying", Engine: "Redis", Authentication: { Type: "no-password" } },
      ],
      Marker: "m",
    });
    const result = await users.list({ engine: "VALKEY", maxRecords: 20 });
    expect(result.ok && result.value).toStrictEqual({
      items: [
        {
          userId: "reader",
          userName: "reader",
          engine: "VALKEY",
          status: "ACTIVE",
          accessString: "on ~* +@read",
          authenticationType: "PASSWORD",
          minimumEngineVersion: "7.2",
          userGroupIds: ["app-group"],
          arn: "arn:aws:elasticache:us-east-1:123456789012:user:reader",
        },
        {
          userId: "odd",
          userName: "odd",
          engine: "VALKEY",
          status: null,
          accessString: null,
          authenticationType: null,
          minimumEngineVersion: null,
          userGroupIds: [],
          arn: null,
        },
        {
          userId: "open",
          userName: "default",
          engine: "REDIS",
          status: "MODIFYING",
          accessString: null,
          authenticationType: "NO_PASSWORD",
          minimumEngineVersion: null,
          userGroupIds: [],
          arn: null,
        },
      ],
      nextMarker: "m",
    });
  });
});

type FaultClass = new (opts: { message: string; $metadata: ElastiCacheServiceException["$metadata"] }) => ElastiCacheServiceException;

/** DescribeUsers' documented exceptions, for a page and for one user alike. */
const DESCRIBE_USERS_EXCEPTIONS = [
  [InvalidParameterCombinationException, "InvalidParameterCombination"],
  [ServiceLinkedRoleNotFoundFault, "ServiceLinkedRoleNotFound"],
  [UserNotFoundFault, "UserNotFound"],
] as const;

/** DescribeUserGroups' documented exceptions, for one group and for a page alike. */
const DESCRIBE_USER_GROUPS_EXCEPTIONS = [
  [InvalidParameterCombinationException, "InvalidParameterCombination"],
  [ServiceLinkedRoleNotFoundFault, "ServiceLinkedRoleNotFound"],
  [UserGroupNotFoundFault, "UserGroupNotFound"],
] as const;

/** Each command's documented exceptions (the SDK's own classes), the table that maps them, and a call that sends it. */
const COMMANDS: {
  name: string;
  table: Readonly<Record<string, string>>;
  faults: readonly (readonly [FaultClass, string])[];
  mockOn: () => ReturnType<typeof mock.on>;
  call: () => Promise<Result<unknown, { code: string; requestId?: string }>>;
  /** The ids a UserNotFound names: those of the request that AWS's message names. */
  missing?: string[];
}[] = [
  {
    name: "DescribeUserGroups (get)",
    table: DESCRIBE_USER_GROUPS_FAULTS,
    faults: DESCRIBE_USER_GROUPS_EXCEPTIONS,
    mockOn: () => mock.on(DescribeUserGroupsCommand),
    call: () => groups.get("app-group"),
  },
  {
    name: "DescribeUserGroups (list)",
    table: DESCRIBE_USER_GROUPS_FAULTS,
    faults: DESCRIBE_USER_GROUPS_EXCEPTIONS,
    mockOn: () => mock.on(DescribeUserGroupsCommand),
    call: () => groups.list({ maxRecords: 20 }),
  },
  {
    name: "ModifyUserGroup",
    table: MODIFY_USER_GROUP_FAULTS,
    faults: [
      [DefaultUserRequired, "DefaultUserRequired"],
      [DuplicateUserNameFault, "DuplicateUserName"],
      [InvalidParameterCombinationException, "InvalidParameterCombination"],
      [InvalidParameterValueException, "InvalidParameterValue"],
      [InvalidUserGroupStateFault, "InvalidUserGroupState"],
      [ServiceLinkedRoleNotFoundFault, "ServiceLinkedRoleNotFound"],
      [UserGroupNotFoundFault, "UserGroupNotFound"],
      [UserNotFoundFault, "UserNotFound"],
    ],
    mockOn: () => mock.on(ModifyUserGroupCommand),
    call: () => groups.modify({ userGroupId: "app-group", userIdsToAdd: ["writer", "ghost"], userIdsToRemove: [] }),
    missing: ["ghost"],
  },
  {
    name: "DeleteUserGroup",
    table: DELETE_USER_GROUP_FAULTS,
    faults: [
      [InvalidParameterValueException, "InvalidParameterValue"],
      [InvalidUserGroupStateFault, "InvalidUserGroupState"],
      [ServiceLinkedRoleNotFoundFault, "ServiceLinkedRoleNotFound"],
      [UserGroupNotFoundFault, "UserGroupNotFound"],
    ],
    mockOn: () => mock.on(DeleteUserGroupCommand),
    call: () => groups.delete("app-group"),
  },
  {
    name: "DescribeUsers",
    table: DESCRIBE_USERS_FAULTS,
    faults: DESCRIBE_USERS_EXCEPTIONS,
    mockOn: () => mock.on(DescribeUsersCommand),
    call: () => users.list({ maxRecords: 20 }),
  },
  {
    name: "DescribeUsers of one user",
    table: DESCRIBE_USERS_FAULTS,
    faults: DESCRIBE_USERS_EXCEPTIONS,
    mockOn: () => mock.on(DescribeUsersCommand),
    call: () => users.get("ghost"),
    missing: ["ghost"],
  },
];

describe.each(COMMANDS)("$name: documented faults", ({ table, faults, mockOn, call, missing = [] }) => {
  it("its table maps exactly the exceptions the SDK model lists for the command, by the names the SDK gives them", () => {
    expect(Object.keys(table).sort()).toEqual(faults.map(([Fault]) => new Fault({ message: "m", $metadata: {} }).name).sort());
    for (const [Fault, code] of faults) expect(table[new Fault({ message: "m", $metadata: {} }).name]).toBe(code);
  });

  it.each(faults.map(([Fault, code]) => [code, Fault] as const))("%s, with the AWS request id", async (code, Fault) => {
    mockOn().rejects(new Fault({ message: "User ghost not found.", $metadata: { requestId: `req-${code}`, httpStatusCode: 400 } }));
    const result = await call();
    expect(result).toMatchObject({ ok: false, fault: { code, requestId: `req-${code}` }, call: { requestId: `req-${code}` } });
    if (result.ok) return;
    if (code === "UserNotFound") expect(result.fault).toHaveProperty("userIds", missing);
    else if (code === "InvalidParameterValue" || code === "InvalidParameterCombination") expect(result.fault).toHaveProperty("reason", "User ghost not found.");
    else expect(Object.keys(result.fault).sort()).toEqual(["code", "requestId"]);
  });

  it("a reason AWS gives is kept with ARNs and account ids redacted", async () => {
    const withReason = faults.find(([, code]) => code === "InvalidParameterCombination" || code === "InvalidParameterValue");
    if (!withReason) return;
    const [Fault] = withReason;
    mockOn().rejects(new Fault({ message: "Role arn:aws:iam::123456789012:role/x of 123456789012 may not.", $metadata: { requestId: "r" } }));
    const result = await call();
    expect(!result.ok && result.fault).toMatchObject({ reason: "Role [arn] of [account] may not." });
  });

  it("throttling after the SDK's retries is UpstreamThrottled; a 503 is UpstreamUnavailable", async () => {
    const throttled = { name: "Throttling", $fault: "client" as const, message: "Rate exceeded", $metadata: { httpStatusCode: 400, requestId: "r-t" } };
    const down = { name: "ServiceUnavailable", $fault: "server" as const, message: "down", $metadata: { httpStatusCode: 503, requestId: "r-u" } };
    mockOn().rejectsOnce(new ElastiCacheServiceException(throttled)).rejectsOnce(new ElastiCacheServiceException(down));
    expect(await call()).toMatchObject({ ok: false, fault: { code: "UpstreamThrottled", retryAfterSeconds: 1, requestId: "r-t" } });
    expect(await call()).toMatchObject({ ok: false, fault: { code: "UpstreamUnavailable", retryable: true, requestId: "r-u" } });
  });

  it.each([
    [
      "an AccessDenied 403",
      () => new ElastiCacheServiceException({ name: "AccessDenied", $fault: "client", message: "no", $metadata: { httpStatusCode: 403 } }),
    ],
    [
      "another command's fault",
      () => new ElastiCacheServiceException({ name: "UserGroupAlreadyExistsFault", $fault: "client", message: "x", $metadata: { httpStatusCode: 400 } }),
    ],
    [
      "an Object.prototype name",
      () => new ElastiCacheServiceException({ name: "toString", $fault: "client", message: "x", $metadata: { httpStatusCode: 400 } }),
    ],
    ["a TypeError", () => new TypeError("Cannot read properties of undefined")],
  ])("rethrows %s unchanged", async (_name, error) => {
    const thrown = error();
    mockOn().rejects(thrown);
    await expect(call()).rejects.toBe(thrown);
  });
});

describe("a page's marker that AWS refuses (InvalidParameterValue, which the Describe calls do not document)", () => {
  const refused = () => new InvalidParameterValueException({ message: "Invalid marker", $metadata: { requestId: "r-marker" } });

  it.each([
    ["DescribeUserGroups", () => mock.on(DescribeUserGroupsCommand), () => groups.list({ maxRecords: 20, marker: "forged" })],
    ["DescribeUsers", () => mock.on(DescribeUsersCommand), () => users.list({ maxRecords: 20, marker: "forged" })],
  ] as const)("%s with a marker answers InvalidMarker with AWS's request id", async (_command, on, list) => {
    on().rejects(refused());
    expect(await list()).toMatchObject({ ok: false, fault: { code: "InvalidMarker", requestId: "r-marker" } });
  });

  it("without a marker, InvalidParameterValue stays unexpected: rethrown, not guessed", async () => {
    mock.on(DescribeUserGroupsCommand).rejects(refused());
    await expect(groups.list({ maxRecords: 20 })).rejects.toBeInstanceOf(InvalidParameterValueException);
  });
});
