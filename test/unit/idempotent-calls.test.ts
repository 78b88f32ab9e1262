import { graphql } from "graphql";
import { describe, expect, it } from "vitest";
import type { Backend } from "../../src/backend";
import type { CallerLimit } from "../../src/graphql/call-runner";
import type { CallRecord } from "../../src/graphql/context";
import { buildGatewaySchema } from "../../src/graphql/schema";
import { IdempotencyRecords } from "../../src/idempotency/idempotency-records";
import { MemoryRecordStore } from "../../src/idempotency/memory-record-store";
import type { RecordStore } from "../../src/idempotency/record-store";
import { AWS_SCOPES } from "../../src/operations";
import type { BrokerUser } from "../../src/ports/broker-users";
import { fail, ok, type Result } from "../../src/ports/result";
import type { ModifyUserGroupFault, UserGroup } from "../../src/ports/user-groups";
import { stubBackend } from "../fixtures/stub-backend";
import { VisibleRecordStore } from "../fixtures/visible-record-store";

/*
 * The path of a mutation with an idempotencyKey (CallRunner.run), through the real schema and resolvers
 * over ports whose answers each test scripts and counts.
 */

const MEMBER_FIELDS = `__typename
  ... on Error { message }
  ... on AwsError { requestId }
  ... on UpstreamUnavailable { retryable }
  ... on IdempotencyInProgress { retryAfterSeconds }
  ... on IdempotencyUnavailable { retryAfterSeconds }`;
const DOCUMENTS = {
  createUserGroup: `mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) {
    ... on CreateUserGroupSuccess { userGroup { userGroupId status engine userIds } } ${MEMBER_FIELDS} } }`,
  modifyUserGroup: `mutation($input: ModifyUserGroupInput!) { modifyUserGroup(input: $input) {
    ... on ModifyUserGroupSuccess { userGroup { userGroupId status } } ${MEMBER_FIELDS} } }`,
  createBrokerUser: `mutation($input: CreateBrokerUserInput!) { createBrokerUser(input: $input) {
    ... on CreateBrokerUserSuccess { brokerUser { username groups consoleAccess pendingChange } } ${MEMBER_FIELDS} } }`,
} as const;

const GROUP: UserGroup = {
  userGroupId: "g-1",
  status: "CREATING",
  engine: "REDIS",
  userIds: ["default", "reader"],
  minimumEngineVersion: "6.0",
  pendingChanges: null,
  replicationGroups: [],
  serverlessCaches: [],
  arn: "arn:aws:elasticache:us-east-1:000000000000:usergroup:g-1",
};
const CREATE_GROUP = { userGroupId: "G-1", engine: "REDIS", userIds: ["reader", "DEFAULT"] };
const PASSWORD = "Correct-Horse-Battery-9";
const CREATE_USER = { brokerId: "b-1", username: "app", password: PASSWORD, groups: ["admins"] };
const PENDING_USER: BrokerUser = {
  brokerId: "b-1",
  username: "app",
  consoleAccess: false,
  groups: ["admins"],
  replicationUser: false,
  pending: { consoleAccess: false, groups: ["admins"], pendingChange: "CREATE" },
};

const UNAVAILABLE = fail({ code: "UpstreamUnavailable", retryable: true, requestId: "r-down" } as const, { requestId: "r-down", attempts: 3 });

/** A port method that answers the scripted results in turn (the last one again when they run out), and counts its calls. */
function scripted<T>(...answers: (T | (() => Promise<T>))[]) {
  let calls = 0;
  const method = async () => {
    const answer = answers[Math.min(calls++, answers.length - 1)];
    return typeof answer === "function" ? (answer as () => Promise<T>)() : (answer as T);
  };
  return Object.assign(method, { calls: () => calls });
}

type Field = keyof typeof DOCUMENTS;

/** The schema over `backend`, with its records in a store the test may give, and a send function. */
async function gateway(backend: Backend, options: { store?: RecordStore; limiter?: CallerLimit } = {}) {
  const store = options.store ?? new MemoryRecordStore();
  const idempotency = new IdempotencyRecords(store, { secret: "a-secret-of-at-least-32-characters!" });
  const schema = await buildGatewaySchema(backend, "test", { idempotency, limiter: options.limiter });
  const calls: CallRecord[] = [];
  const send = async (field: Field, input: object, key?: string, caller = "alice") => {
    const contextValue = { identity: { id: caller, kind: "api-key", scopes: new Set(AWS_SCOPES) }, calls };
    const result = await graphql({ schema, source: DOCUMENTS[field], variableValues: { input: { ...input, idempotencyKey: key } }, contextValue });
    if (result.errors) return { errors: result.errors.map((e) => e.message) };
    return result.data![field] as Record<string, unknown>;
  };
  return { send, calls, store };
}

const failingStore: RecordStore = {
  setIfAbsent: () => Promise.reject(new Error("The client is closed")),
  replace: () => Promise.reject(new Error("The client is closed")),
};

describe("a mutation with an idempotencyKey", () => {
  it("without a key never touches the store; with one, a store that fails refuses it before any call", async () => {
    const create = scripted<Result<UserGroup, never>>(ok(GROUP));
    const { send } = await gateway(stubBackend({ userGroups: { create } }), { store: failingStore });
    expect(await send("createUserGroup", CREATE_GROUP)).toMatchObject({ __typename: "CreateUserGroupSuccess" });
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toEqual({
      __typename: "IdempotencyUnavailable",
      message: expect.stringMatching(/retry in 2 s/),
      retryAfterSeconds: 2,
    });
    expect(create.calls()).toBe(1);
  });

  it("answers a repeat with the first answer and no second call, and logs it as that answer", async () => {
    const create = scripted(ok(GROUP, { requestId: "r-1", attempts: 1 }));
    const { send, calls } = await gateway(stubBackend({ userGroups: { create } }));
    const first = await send("createUserGroup", CREATE_GROUP, "k");
    expect(first).toMatchObject({ __typename: "CreateUserGroupSuccess", userGroup: { userGroupId: "g-1" } });
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toEqual(first);
    expect(create.calls()).toBe(1);
    expect(calls).toEqual([
      { field: "createUserGroup", outcome: "CreateUserGroupSuccess", awsRequestId: "r-1", attempts: 1 },
      { field: "createUserGroup", outcome: "CreateUserGroupSuccess" },
    ]);
  });

  it("replays a documented AWS fault too: it was the final answer", async () => {
    const create = scripted(fail({ code: "UserNotFound", userIds: ["ghost"], requestId: "r-1" } as const));
    const { send } = await gateway(stubBackend({ userGroups: { create } }));
    const first = await send("createUserGroup", CREATE_GROUP, "k");
    expect(first).toMatchObject({ __typename: "UserNotFound", requestId: "r-1" });
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toEqual(first);
    expect(create.calls()).toBe(1);
  });

  it("answers IdempotencyKeyReused to the same key with another input, calling nothing", async () => {
    const create = scripted(ok(GROUP));
    const { send } = await gateway(stubBackend({ userGroups: { create } }));
    await send("createUserGroup", CREATE_GROUP, "k");
    expect(await send("createUserGroup", { ...CREATE_GROUP, engine: "VALKEY" }, "k")).toEqual({
      __typename: "IdempotencyKeyReused",
      message: expect.stringMatching(/different input/),
    });
    expect(create.calls()).toBe(1);
  });

  it("keeps keys per caller and per mutation", async () => {
    const create = scripted(ok(GROUP));
    const modify = scripted(ok({ ...GROUP, status: "MODIFYING" as const }));
    const { send } = await gateway(stubBackend({ userGroups: { create, modify } }));
    await send("createUserGroup", CREATE_GROUP, "k", "alice");
    expect(await send("createUserGroup", CREATE_GROUP, "k", "bob")).toMatchObject({ __typename: "CreateUserGroupSuccess" });
    expect(await send("modifyUserGroup", { userGroupId: "g-1", userIdsToAdd: ["writer"] }, "k", "alice")).toMatchObject({
      __typename: "ModifyUserGroupSuccess",
    });
    expect([create.calls(), modify.calls()]).toEqual([2, 1]);
  });

  it("answers IdempotencyInProgress while the first call runs, then the first answer", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const create = scripted(async () => {
      await held;
      return ok(GROUP);
    });
    const { send } = await gateway(stubBackend({ userGroups: { create } }));
    const first = send("createUserGroup", CREATE_GROUP, "k");
    await new Promise((resolve) => setImmediate(resolve));
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toMatchObject({ __typename: "IdempotencyInProgress", retryAfterSeconds: 1 });
    release();
    expect(await first).toMatchObject({ __typename: "CreateUserGroupSuccess" });
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toMatchObject({ __typename: "CreateUserGroupSuccess" });
    expect(create.calls()).toBe(1);
  });

  it("gives the key back when the caller's rate limit refuses the call: the repeat, once allowed, calls AWS", async () => {
    const waits = [0, 5, 0];
    const create = scripted(ok(GROUP));
    const { send } = await gateway(stubBackend({ userGroups: { create } }), { limiter: { take: async () => waits.shift() ?? 0 } });
    await send("createUserGroup", CREATE_GROUP);
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toMatchObject({ __typename: "RateLimited" });
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toMatchObject({ __typename: "CreateUserGroupSuccess" });
    expect(create.calls()).toBe(2);
  });

  it("gives the key back after UpstreamThrottled (AWS did nothing) and after a thrown error", async () => {
    const create = scripted<Result<UserGroup, { code: "UpstreamThrottled"; retryAfterSeconds: number }>>(
      fail({ code: "UpstreamThrottled", retryAfterSeconds: 3 }),
      () => Promise.reject(new Error("a bug")),
      ok(GROUP),
    );
    const { send } = await gateway(stubBackend({ userGroups: { create } }));
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toMatchObject({ __typename: "UpstreamThrottled" });
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toEqual({ errors: ["a bug"] });
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toMatchObject({ __typename: "CreateUserGroupSuccess" });
    expect(create.calls()).toBe(3);
  });

  it("calls a mutation without a settle read again after UpstreamUnavailable", async () => {
    const modify = scripted<Result<UserGroup, ModifyUserGroupFault>>(UNAVAILABLE, ok({ ...GROUP, status: "MODIFYING" as const }));
    const { send } = await gateway(stubBackend({ userGroups: { modify } }));
    const input = { userGroupId: "g-1", userIdsToAdd: ["writer"] };
    expect(await send("modifyUserGroup", input, "k")).toMatchObject({ __typename: "UpstreamUnavailable", retryable: true });
    expect(await send("modifyUserGroup", input, "k")).toMatchObject({ __typename: "ModifyUserGroupSuccess" });
    expect(modify.calls()).toBe(2);
  });
});

describe("a create in doubt, settled by reading AWS", () => {
  it("answers success from DescribeUserGroups when the earlier create took effect with this input, without creating again", async () => {
    const create = scripted(UNAVAILABLE);
    const get = scripted(ok(GROUP, { requestId: "r-describe", attempts: 1 }));
    const { send, calls } = await gateway(stubBackend({ userGroups: { create, get } }));
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toMatchObject({ __typename: "UpstreamUnavailable" });
    const settled = await send("createUserGroup", CREATE_GROUP, "k");
    expect(settled).toMatchObject({ __typename: "CreateUserGroupSuccess", userGroup: { userGroupId: "g-1", userIds: ["default", "reader"] } });
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toEqual(settled);
    expect([create.calls(), get.calls()]).toEqual([1, 1]);
    expect(calls[1]).toEqual({ field: "createUserGroup", outcome: "CreateUserGroupSuccess", awsRequestId: "r-describe", attempts: 1 });
  });

  it.each([
    ["the group does not exist", fail({ code: "UserGroupNotFound" } as const), "CreateUserGroupSuccess"],
    ["the group has another engine (someone else's)", ok({ ...GROUP, engine: "VALKEY" as const }), "UserGroupAlreadyExists"],
    ["the group has other users", ok({ ...GROUP, userIds: ["default"] }), "UserGroupAlreadyExists"],
  ])("creates again when %s", async (_, described, answer) => {
    const create = scripted<Result<UserGroup, object>>(UNAVAILABLE, answer === "CreateUserGroupSuccess" ? ok(GROUP) : fail({ code: "UserGroupAlreadyExists" }));
    const get = scripted<Result<UserGroup, object>>(described);
    const { send } = await gateway(stubBackend({ userGroups: { create, get } as never }));
    await send("createUserGroup", CREATE_GROUP, "k");
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toMatchObject({ __typename: answer });
    expect([create.calls(), get.calls()]).toEqual([2, 1]);
  });

  it("answers the read's throttling and stays in doubt: the next repeat reads again", async () => {
    const create = scripted(UNAVAILABLE);
    const get = scripted<Result<UserGroup, object>>(fail({ code: "UpstreamThrottled", retryAfterSeconds: 2 }), ok(GROUP));
    const { send } = await gateway(stubBackend({ userGroups: { create, get } as never }));
    await send("createUserGroup", CREATE_GROUP, "k");
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toMatchObject({ __typename: "UpstreamThrottled" });
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toMatchObject({ __typename: "CreateUserGroupSuccess" });
    expect([create.calls(), get.calls()]).toEqual([1, 2]);
  });

  it("reads AWS when the SDK retried a create into UserGroupAlreadyExists: the caller's own create is a success", async () => {
    const create = scripted(fail({ code: "UserGroupAlreadyExists", requestId: "r-2" } as const, { requestId: "r-2", attempts: 2 }));
    const get = scripted(ok(GROUP));
    const { send } = await gateway(stubBackend({ userGroups: { create, get } }));
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toMatchObject({ __typename: "CreateUserGroupSuccess" });
    expect([create.calls(), get.calls()]).toEqual([1, 1]);
  });

  it("answers UserGroupAlreadyExists after one attempt, or without a key, as it is", async () => {
    const create = scripted(
      fail({ code: "UserGroupAlreadyExists" } as const, { attempts: 1 }),
      fail({ code: "UserGroupAlreadyExists" } as const, { attempts: 2 }),
    );
    // The stub's get fails the test if it is called.
    const { send } = await gateway(stubBackend({ userGroups: { create } }));
    expect(await send("createUserGroup", CREATE_GROUP, "k")).toMatchObject({ __typename: "UserGroupAlreadyExists" });
    expect(await send("createUserGroup", CREATE_GROUP)).toMatchObject({ __typename: "UserGroupAlreadyExists" });
  });

  it("answers success from DescribeUser for a broker user pending creation with this input; the store never holds the password", async () => {
    const store = new VisibleRecordStore();
    const create = scripted(UNAVAILABLE);
    const get = scripted(ok(PENDING_USER));
    const { send } = await gateway(stubBackend({ brokerUsers: { create, get } }), { store });
    await send("createBrokerUser", CREATE_USER, "k");
    expect(await send("createBrokerUser", CREATE_USER, "k")).toMatchObject({
      __typename: "CreateBrokerUserSuccess",
      brokerUser: { username: "app", groups: ["admins"], pendingChange: "CREATE" },
    });
    expect(await send("createBrokerUser", { ...CREATE_USER, password: `${PASSWORD}-new` }, "k")).toMatchObject({ __typename: "IdempotencyKeyReused" });
    expect([create.calls(), get.calls()]).toEqual([1, 1]);
    expect(store.written.length).toBeGreaterThan(3);
    expect(store.written.join("\n")).not.toContain(PASSWORD);
  });

  it("creates a broker user again when the one found has other settings", async () => {
    const create = scripted<Result<BrokerUser, object>>(UNAVAILABLE, fail({ code: "BrokerUserAlreadyExists" }));
    const get = scripted(ok({ ...PENDING_USER, pending: { ...PENDING_USER.pending!, consoleAccess: true } }));
    const { send } = await gateway(stubBackend({ brokerUsers: { create, get } as never }));
    await send("createBrokerUser", CREATE_USER, "k");
    expect(await send("createBrokerUser", CREATE_USER, "k")).toMatchObject({ __typename: "BrokerUserAlreadyExists" });
    expect([create.calls(), get.calls()]).toEqual([2, 1]);
  });
});
