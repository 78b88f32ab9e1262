import { readFileSync } from "node:fs";
import { buildSchema, isUnionType } from "graphql";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED, type Seed } from "../../src/simulation/seed";
import { ACTIVEMQ_BROKER, RABBITMQ_BROKER } from "../fixtures/documents";
import { startGateway, type TestGateway } from "../fixtures/gateway";
import { CLIENT_MANIFEST } from "../fixtures/trusted-documents";
import { execute } from "./client";
import { type CreateBrokerUserResult, describeCreateBrokerUserResult } from "./describe-broker-results";
import { type CreateUserGroupResult, describeCreateUserGroupResult } from "./describe-user-group-results";
import { CreateBrokerUserDocument, type CreateBrokerUserInput, CreateUserGroupDocument, type CreateUserGroupInput, GatewayDocument } from "./generated/graphql";

/*
 * A client as we tell clients to write one (client.ts): the operations in `operations/`, typed by codegen
 * from schema.graphql, and every result narrowed by an exhaustive switch on __typename (describe-*.ts).
 * When schema.graphql gains a member of a create union and `npm run codegen` runs, its describe function
 * stops compiling (`npm run typecheck`) until the member is handled, and `cases` below stops compiling
 * until the member has a live test.
 */

/** One live case per union member: a missing member is a compile error, not a gap in coverage. */
type Member<R extends { __typename: string }, K extends R["__typename"]> = Extract<R, { __typename: K }>;
interface Case<R extends { __typename: string }, K extends R["__typename"]> {
  /** A gateway of its own, for members that need another seed or setting. */
  readonly gateway?: { readonly seed?: Seed; readonly env?: NodeJS.ProcessEnv };
  run(gw: TestGateway): Promise<R>;
  check(result: Member<R, K>, description: string): void;
}
type Cases<R extends { __typename: string }> = { readonly [K in R["__typename"]]: Case<R, K> };

/** Gateways that run only the typed client's own documents, which the client sends by id. */
const TRUSTED = { GATEWAY_TRUSTED_DOCUMENTS: CLIENT_MANIFEST };

/** Runs each case against a real gateway (local backend) and hands it the result, narrowed to its member. */
function runCases<R extends { __typename: string }>(cases: Cases<R>, describeResult: (result: R) => string): void {
  let shared: TestGateway;
  beforeAll(async () => {
    shared = await startGateway(DEFAULT_SEED, TRUSTED);
  });
  afterAll(() => shared.close());
  afterEach(() => shared.account.faults.clear());

  it.each(Object.keys(cases) as R["__typename"][])("%s", async (typename) => {
    const testCase = cases[typename] as unknown as Case<R, R["__typename"]>;
    const own = testCase.gateway ? await startGateway(testCase.gateway.seed, { ...TRUSTED, ...testCase.gateway.env }) : undefined;
    try {
      const result = await testCase.run(own ?? shared);
      expect(result.__typename).toBe(typename);
      testCase.check(result as Member<R, R["__typename"]>, describeResult(result));
    } finally {
      await own?.close();
    }
  });
}

/** Members that come from AWS carry a request id (the local backend makes one up, as AWS would send one). */
const REQUEST_ID = /^[0-9a-f-]{36}$/;
const RATE_LIMITED = { env: { GATEWAY_RATE_LIMIT_PER_MINUTE: "6", GATEWAY_RATE_LIMIT_BURST: "1" } };
/** Idempotency records in a Redis nobody listens for (port 1 on loopback): every keyed mutation is refused. */
const NO_REDIS = { env: { GATEWAY_REDIS_URL: "redis://127.0.0.1:1", GATEWAY_IDEMPOTENCY_SECRET: "an-idempotency-secret-of-32-chars!" } };

/**
 * Sends `send` twice with the same key: the first call is held at the simulated AWS until the second has
 * its answer (IdempotencyInProgress), then let go. Answers the second, after checking the first succeeded.
 */
async function whileTheFirstRuns<R extends { __typename: string }>(gw: TestGateway, send: () => Promise<R>): Promise<R> {
  const begin = gw.account.begin.bind(gw.account);
  let reached!: () => void;
  const called = new Promise<void>((resolve) => (reached = resolve));
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  gw.account.begin = async (operation) => {
    reached();
    await held;
    return begin(operation);
  };
  const first = send();
  await called;
  const second = await send().finally(release);
  expect((await first).__typename).toMatch(/Success$/);
  return second;
}

const createUserGroup = async (gw: TestGateway, input: CreateUserGroupInput) => (await execute(gw.url, CreateUserGroupDocument, { input })).createUserGroup;

const userGroupCases: Cases<CreateUserGroupResult> = {
  CreateUserGroupSuccess: {
    run: (gw) => createUserGroup(gw, { userGroupId: "Team-A", engine: "VALKEY", userIds: ["app-default", "reader"], tags: [{ key: "team" }] }),
    check: (result, description) => {
      expect(result.userGroup).toEqual({
        userGroupId: "team-a",
        status: "CREATING",
        engine: "VALKEY",
        userIds: ["app-default", "reader"],
        minimumEngineVersion: "7.2",
        arn: "arn:aws:elasticache:us-east-1:000000000000:usergroup:team-a",
        replicationGroups: [],
        serverlessCaches: [],
        pendingChanges: null,
      });
      expect(description).toBe("created user group team-a (CREATING) with app-default, reader");
    },
  },
  InputValidationError: {
    run: (gw) =>
      createUserGroup(gw, { userGroupId: "1bad", engine: "REDIS", userIds: ["default", "no_underscores"], tags: [{ key: "aws:owner", value: "x" }] }),
    check: (result, description) => {
      expect(result.violations.map((v) => [v.path, v.constraint])).toEqual([
        [["input", "userGroupId"], "PATTERN"],
        [["input", "userIds", "1"], "PATTERN"],
        [["input", "tags", "0", "key"], "RESERVED_PREFIX"],
      ]);
      expect(result.violations.every((v) => v.message.length > 0)).toBe(true);
      expect(description).toBe("fix the input: input.userGroupId PATTERN; input.userIds.1 PATTERN; input.tags.0.key RESERVED_PREFIX");
    },
  },
  UserNotFound: {
    run: (gw) => createUserGroup(gw, { userGroupId: "g-missing", engine: "REDIS", userIds: ["default", "ghost", "phantom"] }),
    check: (result, description) => {
      expect(result.userIds).toEqual(["ghost", "phantom"]);
      expect(result.requestId).toMatch(REQUEST_ID);
      expect(description).toBe("create these users first: ghost, phantom");
    },
  },
  DuplicateUserName: {
    run: (gw) => createUserGroup(gw, { userGroupId: "g-dup", engine: "VALKEY", userIds: ["default", "app-default"] }),
    check: (result, description) => {
      expect(result.requestId).toMatch(REQUEST_ID);
      expect(description).toBe(`DuplicateUserName: ${result.message}`);
    },
  },
  UserGroupAlreadyExists: {
    run: async (gw) => {
      expect((await createUserGroup(gw, { userGroupId: "taken", engine: "REDIS", userIds: ["default"] })).__typename).toBe("CreateUserGroupSuccess");
      return createUserGroup(gw, { userGroupId: "TAKEN", engine: "REDIS", userIds: ["default"] });
    },
    check: (result) => expect(result.requestId).toMatch(REQUEST_ID),
  },
  DefaultUserRequired: {
    run: (gw) => createUserGroup(gw, { userGroupId: "g-nodefault", engine: "VALKEY", userIds: ["reader"] }),
    check: (result) => expect(result.message).toMatch(/default/),
  },
  InvalidParameterValue: {
    // The `default` user has no password, which a VALKEY group does not take.
    run: (gw) => createUserGroup(gw, { userGroupId: "g-nopass", engine: "VALKEY", userIds: ["default", "reader"] }),
    check: (result) => {
      expect(result.message).toMatch(/password/);
      expect(result.requestId).toMatch(REQUEST_ID);
    },
  },
  TagQuotaPerResourceExceeded: {
    run: (gw) =>
      createUserGroup(gw, {
        userGroupId: "g-tags",
        engine: "REDIS",
        userIds: ["default"],
        tags: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: "v" })),
      }),
    check: (result) => expect(result.message).toMatch(/50/),
  },
  UserGroupQuotaExceeded: {
    // More than 100 users in one group.
    gateway: {
      seed: {
        ...DEFAULT_SEED,
        users: [
          ...DEFAULT_SEED.users,
          ...Array.from({ length: 100 }, (_, i) => ({ userId: `u${i}`, userName: `u${i}`, engine: "redis" as const, authentication: "password" as const })),
        ],
      },
    },
    run: (gw) => createUserGroup(gw, { userGroupId: "g-crowded", engine: "REDIS", userIds: ["default", ...Array.from({ length: 100 }, (_, i) => `u${i}`)] }),
    check: (result) => expect(result.requestId).toMatch(REQUEST_ID),
  },
  ServiceLinkedRoleNotFound: {
    gateway: { seed: { ...DEFAULT_SEED, serviceLinkedRole: false } },
    run: (gw) => createUserGroup(gw, { userGroupId: "g-norole", engine: "REDIS", userIds: ["default"] }),
    check: (result) => expect(result.message.length).toBeGreaterThan(10),
  },
  RateLimited: {
    gateway: RATE_LIMITED,
    run: async (gw) => {
      expect((await createUserGroup(gw, { userGroupId: "r1", engine: "REDIS", userIds: ["default"] })).__typename).toBe("CreateUserGroupSuccess");
      return createUserGroup(gw, { userGroupId: "r2", engine: "REDIS", userIds: ["default"] });
    },
    check: (result, description) => {
      expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(description).toBe(`slow down: retry in ${result.retryAfterSeconds} s`);
    },
  },
  UpstreamThrottled: {
    run: (gw) => {
      gw.account.faults.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "throttling" } });
      return createUserGroup(gw, { userGroupId: "g-throttled", engine: "REDIS", userIds: ["default"] });
    },
    check: (result, description) => {
      expect(result.retryAfterSeconds).toBe(1);
      expect(description).toBe("AWS is throttling: retry in 1 s");
    },
  },
  UpstreamUnavailable: {
    run: (gw) => {
      gw.account.faults.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "unavailable" } });
      return createUserGroup(gw, { userGroupId: "g-unavailable", engine: "REDIS", userIds: ["default"] });
    },
    check: (result, description) => {
      expect(result.retryable).toBe(true);
      expect(description).toBe("AWS is unavailable: retry later; the call may have taken effect");
    },
  },
  IdempotencyKeyReused: {
    run: async (gw) => {
      const input: CreateUserGroupInput = { userGroupId: "g-keyed", engine: "REDIS", userIds: ["default"], idempotencyKey: "key-1" };
      expect((await createUserGroup(gw, input)).__typename).toBe("CreateUserGroupSuccess");
      return createUserGroup(gw, { ...input, userGroupId: "g-other" });
    },
    check: (result, description) => {
      expect(result.message).toMatch(/different input/);
      expect(description).toBe("this idempotency key was used for another input: use a new key");
    },
  },
  IdempotencyInProgress: {
    gateway: {},
    run: (gw) => whileTheFirstRuns(gw, () => createUserGroup(gw, { userGroupId: "g-slow", engine: "REDIS", userIds: ["default"], idempotencyKey: "key-2" })),
    check: (result, description) => {
      expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(description).toBe(`the first request with this idempotency key is still running: retry in ${result.retryAfterSeconds} s for its answer`);
    },
  },
  IdempotencyUnavailable: {
    gateway: NO_REDIS,
    run: (gw) => createUserGroup(gw, { userGroupId: "g-no-store", engine: "REDIS", userIds: ["default"], idempotencyKey: "key-3" }),
    check: (result, description) => {
      expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(description).toBe(`keyed requests are refused for now: retry in ${result.retryAfterSeconds} s, or send it without a key`);
    },
  },
};

const PASSWORD = "Canary-Pa55word-7f3e";
const createBrokerUser = async (gw: TestGateway, input: CreateBrokerUserInput) => (await execute(gw.url, CreateBrokerUserDocument, { input })).createBrokerUser;

const brokerUserCases: Cases<CreateBrokerUserResult> = {
  CreateBrokerUserSuccess: {
    run: (gw) => createBrokerUser(gw, { brokerId: ACTIVEMQ_BROKER, username: "app.user", password: PASSWORD, groups: ["admins"] }),
    check: (result, description) => {
      expect(result.brokerUser).toEqual({
        brokerId: ACTIVEMQ_BROKER,
        username: "app.user",
        consoleAccess: false,
        groups: ["admins"],
        replicationUser: false,
        pendingChange: "CREATE",
        pending: { consoleAccess: false, groups: ["admins"], pendingChange: "CREATE" },
      });
      expect(description).toBe(`created app.user on ${ACTIVEMQ_BROKER}, groups [admins], pending CREATE`);
    },
  },
  InputValidationError: {
    run: (gw) => createBrokerUser(gw, { brokerId: ACTIVEMQ_BROKER, username: "x", password: "aaa:aaa", consoleAccess: true, replicationUser: true }),
    check: (result) => {
      expect(result.violations.map((v) => [v.path.join("."), v.constraint])).toEqual([
        ["input.username", "MIN_LENGTH"],
        ["input.password", "MIN_LENGTH"],
        ["input.password", "MIN_DISTINCT_CHARACTERS"],
        ["input.password", "FORBIDDEN_CHARACTERS"],
        ["input.replicationUser", "MUTUALLY_EXCLUSIVE"],
      ]);
      expect(JSON.stringify(result)).not.toContain("aaa:aaa");
    },
  },
  BrokerNotFound: {
    run: (gw) => createBrokerUser(gw, { brokerId: "b-00000000-0000-4000-8000-000000000000", username: "someone", password: PASSWORD }),
    check: (result, description) => {
      expect(result.requestId).toMatch(REQUEST_ID);
      expect(description).toBe(`BrokerNotFound: ${result.message}`);
    },
  },
  BrokerUserAlreadyExists: {
    run: async (gw) => {
      expect((await createBrokerUser(gw, { brokerId: ACTIVEMQ_BROKER, username: "twice", password: PASSWORD })).__typename).toBe("CreateBrokerUserSuccess");
      return createBrokerUser(gw, { brokerId: ACTIVEMQ_BROKER, username: "twice", password: PASSWORD });
    },
    check: (result) => expect(result.requestId).toMatch(REQUEST_ID),
  },
  BadRequest: {
    // A RabbitMQ broker: Amazon MQ's CreateUser is for ActiveMQ.
    run: (gw) => createBrokerUser(gw, { brokerId: RABBITMQ_BROKER, username: "someone", password: PASSWORD }),
    check: (result, description) => {
      expect(result.attribute).toBeNull();
      expect(result.requestId).toMatch(REQUEST_ID);
      expect(description).toBe(`AWS rejected the request: ${result.message}`);
    },
  },
  Forbidden: {
    gateway: { seed: { ...DEFAULT_SEED, deniedActions: ["mq:CreateUser"] } },
    run: (gw) => createBrokerUser(gw, { brokerId: ACTIVEMQ_BROKER, username: "someone", password: PASSWORD }),
    check: (result) => expect(result.message).not.toMatch(/arn:|\d{12}/),
  },
  RateLimited: {
    gateway: RATE_LIMITED,
    run: async (gw) => {
      expect((await createBrokerUser(gw, { brokerId: ACTIVEMQ_BROKER, username: "first", password: PASSWORD })).__typename).toBe("CreateBrokerUserSuccess");
      return createBrokerUser(gw, { brokerId: ACTIVEMQ_BROKER, username: "second", password: PASSWORD });
    },
    check: (result) => expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(1),
  },
  UpstreamThrottled: {
    run: (gw) => {
      gw.account.faults.add({ operation: "mq:CreateUser", fault: { kind: "throttling" } });
      return createBrokerUser(gw, { brokerId: ACTIVEMQ_BROKER, username: "throttled", password: PASSWORD });
    },
    check: (result, description) => {
      expect(result.retryAfterSeconds).toBe(1);
      expect(description).toBe("AWS is throttling: retry in 1 s");
    },
  },
  UpstreamUnavailable: {
    run: (gw) => {
      gw.account.faults.add({ operation: "mq:CreateUser", fault: { kind: "unavailable" } });
      return createBrokerUser(gw, { brokerId: ACTIVEMQ_BROKER, username: "unavailable", password: PASSWORD });
    },
    check: (result) => expect(result.retryable).toBe(true),
  },
  IdempotencyKeyReused: {
    run: async (gw) => {
      const input = { brokerId: ACTIVEMQ_BROKER, username: "keyed", password: PASSWORD, idempotencyKey: "key-1" };
      expect((await createBrokerUser(gw, input)).__typename).toBe("CreateBrokerUserSuccess");
      // Another password is another input.
      return createBrokerUser(gw, { ...input, password: `${PASSWORD}-2` });
    },
    check: (result) => expect(result.message).not.toContain(PASSWORD),
  },
  IdempotencyInProgress: {
    gateway: {},
    run: (gw) =>
      whileTheFirstRuns(gw, () => createBrokerUser(gw, { brokerId: ACTIVEMQ_BROKER, username: "slow", password: PASSWORD, idempotencyKey: "key-2" })),
    check: (result) => expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(1),
  },
  IdempotencyUnavailable: {
    gateway: NO_REDIS,
    run: (gw) => createBrokerUser(gw, { brokerId: ACTIVEMQ_BROKER, username: "no-store", password: PASSWORD, idempotencyKey: "key-3" }),
    check: (result) => expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(1),
  },
};

describe("typed client: createUserGroup, every member of CreateUserGroupResult", () => {
  runCases(userGroupCases, describeCreateUserGroupResult);
});

describe("typed client: createBrokerUser, every member of CreateBrokerUserResult", () => {
  runCases(brokerUserCases, describeCreateBrokerUserResult);
});

describe("typed client: gateway", () => {
  it("reads the gateway's version, backend and region", async () => {
    const gw = await startGateway(DEFAULT_SEED, TRUSTED);
    try {
      const { gateway } = await execute(gw.url, GatewayDocument, {});
      expect(gateway).toEqual({ version: "test", backend: "LOCAL", region: "us-east-1" });
    } finally {
      await gw.close();
    }
  });
});

describe("typed client: coverage", () => {
  it("has a case for every member schema.graphql lists in each result union", () => {
    const schema = buildSchema(readFileSync("schema.graphql", "utf8"));
    const members = (name: string) => {
      const union = schema.getType(name);
      if (!isUnionType(union)) throw new Error(`${name} is not a union`);
      return union
        .getTypes()
        .map((t) => t.name)
        .sort();
    };
    expect(Object.keys(userGroupCases).sort()).toEqual(members("CreateUserGroupResult"));
    expect(Object.keys(brokerUserCases).sort()).toEqual(members("CreateBrokerUserResult"));
  });
});
