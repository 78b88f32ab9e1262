import { readFileSync } from "node:fs";
import { buildSchema, isUnionType } from "graphql";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED, type Seed } from "../../src/simulation/seed";
import { ACTIVEMQ_BROKER, RABBITMQ_BROKER } from "../fixtures/documents";
import { startGateway, type TestGateway } from "../fixtures/gateway";
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

/** Runs each case against a real gateway (local backend) and hands it the result, narrowed to its member. */
function runCases<R extends { __typename: string }>(cases: Cases<R>, describeResult: (result: R) => string): void {
  let shared: TestGateway;
  beforeAll(async () => {
    shared = await startGateway();
  });
  afterAll(() => shared.close());
  afterEach(() => shared.account.faults.clear());

  it.each(Object.keys(cases) as R["__typename"][])("%s", async (typename) => {
    const testCase = cases[typename] as unknown as Case<R, R["__typename"]>;
    const own = testCase.gateway ? await startGateway(testCase.gateway.seed, testCase.gateway.env) : undefined;
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
};

describe("typed client: createUserGroup, every member of CreateUserGroupResult", () => {
  runCases(userGroupCases, describeCreateUserGroupResult);
});

describe("typed client: createBrokerUser, every member of CreateBrokerUserResult", () => {
  runCases(brokerUserCases, describeCreateBrokerUserResult);
});

describe("typed client: gateway", () => {
  it("reads the gateway's version, backend and region", async () => {
    const gw = await startGateway();
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
