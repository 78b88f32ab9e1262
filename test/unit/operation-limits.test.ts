import { ApolloServer, HeaderMap } from "@apollo/server";
import Fastify from "fastify";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { createLocalBackend } from "../../src/composition";
import type { GatewayContext } from "../../src/graphql/context";
import { buildGatewaySchema } from "../../src/graphql/schema";
import { AWS_FIELDS, AWS_SCOPES, LIST_FIELDS } from "../../src/operations";
import { maxAwsCallsPerOperation } from "../../src/server/aws-calls-rule";
import { DEFAULT_LIMITS, type OperationLimits, operationLimits } from "../../src/server/operation-limits";
import type { SimulatedBroker } from "../../src/simulation/account";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { ACTIVEMQ_BROKER, CREATE_BROKER_USER, CREATE_USER_GROUP, INTROSPECTION_QUERIES } from "../fixtures/documents";

const SILENT = Fastify({ logger: false }).log;

/**
 * The real schema on a fresh local backend, behind the limits, called as Apollo's HTTP integrations call it
 * (so the status shows) by a caller holding every scope; `awsCalls` counts what the backend created.
 */
async function gatewayWithLimits(limits: OperationLimits = DEFAULT_LIMITS) {
  const backend = createLocalBackend(DEFAULT_SEED, "us-east-1");
  const server = new ApolloServer<GatewayContext>({ schema: await buildGatewaySchema(backend, "test"), ...operationLimits(limits, AWS_FIELDS, LIST_FIELDS) });
  await server.start();
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: "POST", headers: new HeaderMap([["content-type", "application/json"]]), search: "", body: { query, variables } },
      context: async () => ({ identity: { id: "api-key:test", kind: "api-key", scopes: new Set(AWS_SCOPES) }, log: SILENT, calls: [] }),
    });
    if (response.body.kind !== "complete") throw new Error("expected a complete body");
    return { status: response.status ?? 200, body: JSON.parse(response.body.string) };
  };
  // Seeded user groups and broker users are there before; a created broker user is pending.
  const created = (b: SimulatedBroker) => [...b.users.values()].filter((u) => u.pending !== null).length;
  const awsCalls = () =>
    backend.account.userGroups.size - DEFAULT_SEED.userGroups.length + [...backend.account.brokers.values()].reduce((n, b) => n + created(b), 0);
  return { post, awsCalls, stop: () => server.stop() };
}

const group = (userGroupId: string) => ({ userGroupId, engine: "VALKEY", userIds: ["app-default"] });
const brokerUser = { brokerId: ACTIVEMQ_BROKER, username: "alice", password: "Correct-Horse-9" };
const G = "$g: CreateUserGroupInput!";
const CALL = "createUserGroup(input: $g) { __typename }";
const nest = (levels: number, inner: string) => "... { ".repeat(levels) + inner + " }".repeat(levels);
/** What the fixture selects on createUserGroup's result, from `__typename` to its last member. */
const RESULT_SELECTION = CREATE_USER_GROUP.slice(
  CREATE_USER_GROUP.indexOf("__typename"),
  CREATE_USER_GROUP.lastIndexOf("}", CREATE_USER_GROUP.lastIndexOf("}") - 1),
);

describe("operation limits on the real schema: rejected before any AWS call", () => {
  const cases: {
    name: string;
    query: string;
    variables: Record<string, unknown>;
    limits?: Partial<OperationLimits>;
    status: number;
    code: string;
    message: RegExp;
  }[] = [
    {
      name: "two aliased createUserGroup",
      query: `mutation($a: CreateUserGroupInput!, $b: CreateUserGroupInput!) { a: createUserGroup(input: $a) { __typename } b: createUserGroup(input: $b) { __typename } }`,
      variables: { a: group("a"), b: group("b") },
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
      message: /^An operation may call AWS at most 1 time; this one would call it 2 times\.$/,
    },
    {
      name: "one createUserGroup and one createBrokerUser",
      query: `mutation(${G}, $u: CreateBrokerUserInput!) { ${CALL} createBrokerUser(input: $u) { __typename } }`,
      variables: { g: group("a"), u: brokerUser },
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
      message: /would call it 2 times/,
    },
    {
      name: "the same field through a fragment spread twice",
      query: `mutation(${G}) { ...Create ...Create } fragment Create on Mutation { ${CALL} }`,
      variables: { g: group("a") },
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
      message: /would call it 2 times/,
    },
    {
      name: "too deep (9 levels)",
      query: `mutation(${G}) { createUserGroup(input: $g) { ${nest(4, "... on CreateUserGroupSuccess { userGroup { pendingChanges { userIdsToAdd } } }")} } }`,
      variables: { g: group("a") },
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
      message: /^Query depth limit of 8 exceeded, found 9\.$/,
    },
    {
      name: "too costly (the fixture's selection four times, over a limit of 50)",
      query: `mutation(${G}) { createUserGroup(input: $g) { ${Array(4).fill(nest(1, RESULT_SELECTION)).join(" ")} } }`,
      variables: { g: group("a") },
      limits: { maxCost: 50 },
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
      message: /^The operation costs \d+, over the limit of 50\.$/,
    },
    {
      name: "too many aliases (11)",
      query: `mutation(${G}) { createUserGroup(input: $g) { ... on CreateUserGroupSuccess { userGroup { ${Array.from({ length: 11 }, (_, i) => `a${i}: userGroupId`).join(" ")} } } } }`,
      variables: { g: group("a") },
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
      message: /^Aliases limit of 10 exceeded, found 11\.$/,
    },
    {
      name: "too many tokens (1,000 user ids written inline)",
      query: `mutation { createUserGroup(input: { userGroupId: "a", engine: VALKEY, userIds: [${'"app-default" '.repeat(1000)}] }) { __typename } }`,
      variables: {},
      status: 400,
      code: "GRAPHQL_PARSE_FAILED",
      message: /^Syntax Error: Document contains more tha[nt] 1000 tokens\. Parsing aborted\.$/,
    },
    {
      name: "too many directives (11)",
      query: `mutation(${G}) { createUserGroup(input: $g) { ${"__typename @include(if: true) ".repeat(11)}} }`,
      variables: { g: group("a") },
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
      message: /^Directives limit of 10 exceeded, found 11\.$/,
    },
  ];

  it.each(cases)("$name: $status $code", async ({ query, variables, limits, status, code, message }) => {
    const gw = await gatewayWithLimits({ ...DEFAULT_LIMITS, ...limits });
    try {
      const { status: actual, body } = await gw.post(query, variables);
      expect(actual).toBe(status);
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions.code).toBe(code);
      expect(body.errors[0].message).toMatch(message);
      expect(body.errors[0].message).not.toMatch(/[{}$]/);
      expect(gw.awsCalls()).toBe(0);
    } finally {
      await gw.stop();
    }
  });
});

describe("operation limits on the real schema: what still runs", () => {
  it.each([
    { name: "createUserGroup", query: CREATE_USER_GROUP, input: group("team-a"), typename: "CreateUserGroupSuccess" },
    { name: "createBrokerUser", query: CREATE_BROKER_USER, input: brokerUser, typename: "CreateBrokerUserSuccess" },
  ])("exactly one $name (the fixture operation) runs once", async ({ query, input, typename }) => {
    const gw = await gatewayWithLimits();
    try {
      const { status, body } = await gw.post(query, { input });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(Object.values(body.data)).toMatchObject([{ __typename: typename }]);
      expect(gw.awsCalls()).toBe(1);
    } finally {
      await gw.stop();
    }
  });

  it.each(INTROSPECTION_QUERIES)("the introspection query ($name) passes", async ({ query }) => {
    const gw = await gatewayWithLimits();
    try {
      const { status, body } = await gw.post(query);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.__schema.mutationType.name).toBe("Mutation");
    } finally {
      await gw.stop();
    }
  });
});

describe("maxAwsCallsPerOperation", () => {
  const schema = buildSchema(`
    type Query { create: Boolean }
    type Mutation { create: Boolean remove: Boolean other: Thing }
    type Thing { create: Boolean }
  `);
  const chain = (levels: number) =>
    Array.from({ length: levels }, (_, i) => `fragment F${i} on Mutation { ...F${i + 1} ...F${i + 1} }`).join(" ") +
    ` fragment F${levels} on Mutation { create }`;
  const cases: { name: string; document: string; max?: number; calls?: number | string }[] = [
    { name: "one call", document: "mutation { create }" },
    { name: "one call beside a field that calls nothing", document: "mutation { create other { create } }" },
    { name: "two aliases", document: "mutation { a: create b: create }", calls: 2 },
    { name: "two different AWS fields", document: "mutation { create remove }", calls: 2 },
    { name: "inline fragments, nested", document: "mutation { create ... { ... on Mutation { remove } } }", calls: 2 },
    { name: "a named fragment spread twice", document: "mutation { ...F ...F } fragment F on Mutation { create }", calls: 2 },
    { name: "a fragment inside a fragment", document: "mutation { ...F } fragment F on Mutation { create ...G } fragment G on Mutation { remove }", calls: 2 },
    {
      name: "a fragment cycle ends (graphql reports the cycle)",
      document: "mutation { ...F } fragment F on Mutation { create ...G } fragment G on Mutation { ...F }",
    },
    { name: "an unknown fragment counts nothing", document: "mutation { create ...Missing }" },
    { name: "2^40 spreads, counted without walking them", document: `mutation { ...F0 } ${chain(40)}`, calls: "1099511627776" },
    { name: "queries are not counted", document: "query { a: create b: create }" },
    { name: "each operation on its own", document: "mutation A { create } mutation B { remove }" },
    { name: "max 2: two pass", document: "mutation { a: create b: create }", max: 2 },
    { name: "max 2: three fail", document: "mutation { a: create b: create c: remove }", max: 2, calls: 3 },
  ];

  it.each(cases)("$name", ({ document, max = 1, calls }) => {
    const errors = validate(schema, parse(document), [maxAwsCallsPerOperation(new Set(["create", "remove"]), max)]);
    const expected =
      calls === undefined ? [] : [`An operation may call AWS at most ${max} ${max === 1 ? "time" : "times"}; this one would call it ${calls} times.`];
    expect(errors.map((e) => e.message)).toEqual(expected);
    for (const error of errors) expect(error.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
  });

  it("points at the operation", () => {
    const [error] = validate(schema, parse("\n  mutation Two { a: create b: create }"), [maxAwsCallsPerOperation(new Set(["create"]), 1)]);
    expect(error?.locations).toEqual([{ line: 2, column: 3 }]);
  });
});
