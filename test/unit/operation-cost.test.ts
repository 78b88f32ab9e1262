import { ApolloServer, HeaderMap } from "@apollo/server";
import {
  buildSchema,
  type GraphQLCompositeType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isNonNullType,
  isUnionType,
  parse,
  specifiedRules,
  validate,
} from "graphql";
import { describe, expect, it } from "vitest";
import { createLocalBackend } from "../../src/composition";
import { readConfig } from "../../src/config";
import { buildGatewaySchema } from "../../src/graphql/schema";
import { AWS_FIELDS, LIST_FIELDS } from "../../src/operations";
import { operationCost } from "../../src/server/operation-cost";
import { DEFAULT_LIMITS, operationLimits } from "../../src/server/operation-limits";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { INTROSPECTION_QUERIES } from "../fixtures/documents";

/**
 * The list fields' shapes (operations.ts rows with `page`): `first`/`after`, a union of a connection and
 * the error members, nodes as the ports describe them.
 */
const LISTS = buildSchema(`
  interface Error { message: String! }
  interface AwsError implements Error { message: String! requestId: String }
  type InputViolation { path: [String!]! message: String! constraint: String! }
  type InputValidationError implements Error { message: String! violations: [InputViolation!]! }
  type UserNotFound implements AwsError & Error { message: String! requestId: String userIds: [String!]! }
  type UserGroupNotFound implements AwsError & Error { message: String! requestId: String }
  type InvalidParameterCombination implements AwsError & Error { message: String! requestId: String }
  type ServiceLinkedRoleNotFound implements AwsError & Error { message: String! requestId: String }
  type BadRequest implements AwsError & Error { message: String! requestId: String attribute: String }
  type Forbidden implements AwsError & Error { message: String! requestId: String }
  type BrokerNotFound implements AwsError & Error { message: String! requestId: String }
  type UpstreamThrottled implements AwsError & Error { message: String! requestId: String retryAfterSeconds: Int! }
  type UpstreamUnavailable implements AwsError & Error { message: String! requestId: String retryable: Boolean! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }

  enum Engine { REDIS VALKEY }
  type CacheUser {
    userId: String! userName: String! engine: Engine! status: String accessString: String authenticationType: String
    minimumEngineVersion: String userGroupIds: [String!]! arn: String
  }
  type UserGroupPendingChanges { userIdsToAdd: [String!]! userIdsToRemove: [String!]! }
  type UserGroup {
    arn: String engine: Engine! minimumEngineVersion: String pendingChanges: UserGroupPendingChanges replicationGroups: [String!]!
    serverlessCaches: [String!]! status: String userGroupId: String! userIds: [String!]!
  }
  type Broker { brokerId: String! brokerName: String engineType: String state: String deploymentMode: String arn: String }
  type BrokerUserSummary { username: String! pendingChange: String }

  type CacheUserConnection { nodes: [CacheUser!]! pageInfo: PageInfo! }
  type UserGroupConnection { nodes: [UserGroup!]! pageInfo: PageInfo! }
  type BrokerConnection { nodes: [Broker!]! pageInfo: PageInfo! }
  type BrokerUserConnection { nodes: [BrokerUserSummary!]! pageInfo: PageInfo! }
  union CacheUsersResult = CacheUserConnection | InputValidationError | UserNotFound | InvalidParameterCombination
    | ServiceLinkedRoleNotFound | UpstreamThrottled | UpstreamUnavailable
  union UserGroupsResult = UserGroupConnection | InputValidationError | UserGroupNotFound | InvalidParameterCombination
    | ServiceLinkedRoleNotFound | UpstreamThrottled | UpstreamUnavailable
  union BrokersResult = BrokerConnection | InputValidationError | BadRequest | Forbidden | UpstreamThrottled | UpstreamUnavailable
  union BrokerUsersResult = BrokerUserConnection | InputValidationError | BrokerNotFound | BadRequest | Forbidden
    | UpstreamThrottled | UpstreamUnavailable

  type GatewayInfo { version: String! region: String! }
  type Query {
    gateway: GatewayInfo!
    cacheUsers(engine: Engine, first: Int, after: String): CacheUsersResult!
    userGroups(first: Int, after: String): UserGroupsResult!
    brokers(first: Int, after: String): BrokersResult!
    brokerUsers(brokerId: String!, first: Int, after: String): BrokerUsersResult!
  }
`);

/** Every field of `type`, and of every member of a union (the error members too), as a client that wants it all writes it. */
function selectAll(type: GraphQLCompositeType): string {
  if (isUnionType(type))
    return `__typename ${type
      .getTypes()
      .map((member) => `... on ${member.name} { ${selectAll(member)} }`)
      .join(" ")}`;
  return Object.values(type.getFields())
    .map((field) => {
      const named = getNamedType(field.type);
      return isCompositeType(named) ? `${field.name} { ${selectAll(named)} }` : field.name;
    })
    .join(" ");
}

/** `alias: field(first) { everything }`, with a value for each required argument (the tables' lists need only strings). */
function fullPage(schema: GraphQLSchema, field: string, first = "", alias = field): string {
  const definition = schema.getQueryType()?.getFields()[field];
  if (!definition) throw new Error(`no Query.${field}`);
  const required = definition.args.filter((arg) => isNonNullType(arg.type)).map((arg) => `${arg.name}: "x"`);
  const args = [...required, ...(first ? [`first: ${first}`] : [])];
  return `${alias}: ${field}${args.length ? `(${args.join(", ")})` : ""} { ${selectAll(getNamedType(definition.type) as GraphQLCompositeType)} }`;
}

const limits = operationLimits(DEFAULT_LIMITS, AWS_FIELDS, LIST_FIELDS);
const cost = (query: string, variables?: Record<string, unknown>, operationName?: string, schema = LISTS) =>
  operationCost({ schema, document: parse(query), variables, operationName }, LIST_FIELDS);

const OVER_LIMIT = expect.stringMatching(new RegExp(`^The operation costs \\d+, over the limit of ${DEFAULT_LIMITS.maxCost}\\.$`));

/** What the gateway answers before running a document: validation (armor's limits among it), then the cost. */
function refusals(schema: GraphQLSchema, query: string, variables?: Record<string, unknown>): string[] {
  const document = parse(query);
  const invalid = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
  if (invalid.length > 0) return invalid.map((error) => error.message);
  return limits.checkCost(schema, document, variables, undefined).map((error) => error.message);
}

describe("operationCost: a list field costs its selection times first", () => {
  const ONE_NODE = "... on BrokerConnection { nodes { brokerId } }";
  // nodes: an object (2) with one scalar (1); the error members select nothing.
  const PER_NODE = 3;

  it.each([
    { first: "first: 1", nodes: 1 },
    { first: "first: 10", nodes: 10 },
    { first: "first: 100", nodes: 100 },
    { first: "", nodes: 100 },
  ])("brokers($first) { nodes { brokerId } } costs $nodes times one node", ({ first, nodes }) => {
    expect(cost(`{ brokers${first ? `(${first})` : ""} { ${ONE_NODE} } }`)).toBe(nodes * PER_NODE);
  });

  it.each([
    { variables: { n: 7 }, nodes: 7 },
    { variables: { n: 100 }, nodes: 100 },
    { variables: { n: null }, nodes: 100 },
    { variables: {}, nodes: 100 },
  ])("takes first from the variables: $variables", ({ variables, nodes }) => {
    expect(cost(`query($n: Int) { brokers(first: $n) { ${ONE_NODE} } }`, variables)).toBe(nodes * PER_NODE);
  });

  it("takes a variable's default when the variables leave it out", () => {
    expect(cost(`query($n: Int = 4) { brokers(first: $n) { ${ONE_NODE} } }`, {})).toBe(4 * PER_NODE);
  });

  it.each([
    { first: 1000, nodes: 100 },
    { first: 101, nodes: 100 },
    { first: 0, nodes: 1 },
    { first: -50, nodes: 1 },
  ])("counts first: $first as the $nodes nodes a page can hold (the resolver refuses it)", ({ first, nodes }) => {
    expect(cost(`{ brokers(first: ${first}) { ${ONE_NODE} } }`)).toBe(nodes * PER_NODE);
  });

  it("multiplies everything selected on the list: the connection's pageInfo and __typename too", () => {
    // __typename 1 + nodes (2 + 1) + pageInfo (2 + 2).
    expect(cost("{ brokers(first: 10) { __typename ... on BrokerConnection { nodes { brokerId } pageInfo { hasNextPage endCursor } } } }")).toBe(10 * 8);
  });

  it("counts the costliest member of a union, not their sum: an error holds no nodes", () => {
    const errors = "... on InputValidationError { message violations { path message constraint } } ... on Error { message }";
    // InputValidationError: message twice (1 + 1) and violations (2 + 3).
    expect(cost(`{ brokers(first: 10) { ${ONE_NODE} ${errors} } }`)).toBe(10 * 7);
    expect(cost(`{ brokers(first: 10) { ... on BrokerConnection { nodes { brokerId brokerName engineType state deploymentMode arn } } ${errors} } }`)).toBe(
      10 * 8,
    );
  });

  it("adds up list fields and counts other fields as objects (2 plus their selection) and scalars (1)", () => {
    expect(cost("{ gateway { version region } }")).toBe(4);
    expect(cost(`{ gateway { version } a: brokers(first: 2) { ${ONE_NODE} } b: brokers(first: 3) { ${ONE_NODE} } }`)).toBe(3 + 5 * PER_NODE);
  });

  it("counts a fragment each time it is spread", () => {
    const fragment = `fragment One on BrokersResult { ${ONE_NODE} }`;
    expect(cost(`{ a: brokers(first: 10) { ...One } b: brokers(first: 10) { ...One ...One } } ${fragment}`)).toBe(30 * PER_NODE);
  });

  it("leaves out what @skip and @include leave out", () => {
    expect(cost(`query($all: Boolean!) { brokers(first: 10) @include(if: $all) { ${ONE_NODE} } gateway { version } }`, { all: false })).toBe(3);
    expect(cost(`query($all: Boolean!) { brokers(first: 10) @include(if: $all) { ${ONE_NODE} } gateway { version } }`, { all: true })).toBe(33);
  });

  it("costs only the operation named, and only list fields of Query", () => {
    const document = `query A { brokers(first: 10) { ${ONE_NODE} } } query B { gateway { version } }`;
    expect(cost(document, {}, "A")).toBe(30);
    expect(cost(document, {}, "B")).toBe(3);
    expect(cost(document, {}, "C")).toBe(0);
  });

  it("costs 0 when the variables do not coerce: execution refuses the operation before any resolver", () => {
    expect(cost(`query($n: Int) { brokers(first: $n) { ${ONE_NODE} } }`, { n: "many" })).toBe(0);
  });

  it("costs Infinity when @include is given a null: execution would run the fields above it first", () => {
    const query = `query($x: Boolean = true) { brokers(first: 10) { ... on BrokerConnection { nodes @include(if: $x) { brokerId } } } }`;
    expect(validate(LISTS, parse(query))).toEqual([]);
    expect(cost(query, { x: null })).toBe(Number.POSITIVE_INFINITY);
    expect(cost(query, {})).toBe(10 * PER_NODE);
  });

  it("costs Infinity when fragments spread into each other past counting", () => {
    const chain = Array.from({ length: 20 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(" ");
    expect(cost(`{ ...F0 } ${chain} fragment F20 on Query { gateway { version } }`)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("the default cost limit", () => {
  const lists = [...LIST_FIELDS];

  it("covers each list field of the operations table", () => {
    expect(lists.sort()).toEqual(["brokerUsers", "brokers", "cacheUsers", "userGroups"]);
  });

  it.each(lists)("admits a full page of %s: first 100, every field, every error member", (field) => {
    expect(refusals(LISTS, `{ ${fullPage(LISTS, field, "100")} }`)).toEqual([]);
    expect(refusals(LISTS, `query($n: Int) { ${fullPage(LISTS, field, "$n")} }`, { n: 100 })).toEqual([]);
  });

  it("admits a full page of every list in one query", () => {
    expect(refusals(LISTS, `{ ${lists.map((field) => fullPage(LISTS, field)).join(" ")} }`)).toEqual([]);
  });

  it("admits three full pages of the costliest list in one query, and refuses five", () => {
    const costliest = lists.reduce((a, b) => (cost(`{ ${fullPage(LISTS, a)} }`) >= cost(`{ ${fullPage(LISTS, b)} }`) ? a : b));
    const pages = (n: number) => `{ ${Array.from({ length: n }, (_, i) => fullPage(LISTS, costliest, "", `p${i}`)).join(" ")} }`;
    expect(refusals(LISTS, pages(3))).toEqual([]);
    expect(refusals(LISTS, pages(5))).toEqual([OVER_LIMIT]);
  });

  it.each(lists)("refuses ten aliases of a full page of %s", (field) => {
    const query = `{ ${Array.from({ length: 10 }, (_, i) => fullPage(LISTS, field, "100", `p${i}`)).join(" ")} }`;
    expect(refusals(LISTS, query)).toEqual([OVER_LIMIT]);
  });

  it("refuses ten aliases of a full page when a variable gives first, and admits them at first: 10", () => {
    const query = `query($n: Int) { ${Array.from({ length: 10 }, (_, i) => fullPage(LISTS, "brokers", "$n", `p${i}`)).join(" ")} }`;
    expect(refusals(LISTS, query, { n: 100 })).toEqual([OVER_LIMIT]);
    expect(refusals(LISTS, query, { n: 10 })).toEqual([]);
  });

  it("refuses full pages multiplied through fragments: the cost counts each spread, and the depth limit stops deeper nesting", () => {
    const spread = (name: string, times: number) => ` ...${name}`.repeat(times);
    const query = `{ ...F0 } fragment F0 on Query {${spread("F1", 4)} } fragment F1 on Query { ${fullPage(LISTS, "brokers")} }`;
    expect(refusals(LISTS, query)).toEqual([]);
    const eight = query.replace(spread("F1", 4), spread("F1", 8));
    expect(refusals(LISTS, eight)).toEqual([OVER_LIMIT]);
    const deeper = `{ ...F0 } fragment F0 on Query {${spread("F1", 2)} } fragment F1 on Query {${spread("F2", 2)} } fragment F2 on Query {${spread("F3", 2)} } fragment F3 on Query { ${fullPage(LISTS, "brokers")} }`;
    expect(refusals(LISTS, deeper)).toEqual([expect.stringMatching(/^Query depth limit of 8 exceeded/)]);
  });

  it("refuses fragments spread into each other past counting, with a message that says so", () => {
    const spread = (name: string) => ` ...${name}`.repeat(22);
    const query = `{${spread("F0")} } fragment F0 on Query {${spread("F1")} } fragment F1 on Query {${spread("F2")} } fragment F2 on Query { gateway { version } }`;
    expect(refusals(LISTS, query)).toEqual([
      `The operation's cost cannot be counted against the limit of ${DEFAULT_LIMITS.maxCost}: it selects over 10000 fields, counting a fragment each time it is spread, or gives @include or @skip a null.`,
    ]);
  });

  it("is what GATEWAY_MAX_OPERATION_COST defaults to", () => {
    expect(readConfig({}).graphql.maxCost).toBe(DEFAULT_LIMITS.maxCost);
  });
});

describe("the real schema", () => {
  const real = buildGatewaySchema(createLocalBackend(DEFAULT_SEED, "us-east-1"), "test");

  it.each(INTROSPECTION_QUERIES)("the introspection query ($name) is well within the limit", async ({ query }) => {
    const schema = await real;
    expect(refusals(schema, query)).toEqual([]);
    expect(cost(query, {}, undefined, schema)).toBeLessThan(DEFAULT_LIMITS.maxCost / 10);
  });

  it.each([...LIST_FIELDS])("a full page of %s passes every limit; ten aliased ones do not", async (field) => {
    const schema = await real;
    expect(schema.getQueryType()?.getFields()[field]).toBeDefined();
    expect(refusals(schema, `{ ${fullPage(schema, field, "100")} }`)).toEqual([]);
    const ten = `{ ${Array.from({ length: 10 }, (_, i) => fullPage(schema, field, "100", `p${i}`)).join(" ")} }`;
    expect(refusals(schema, ten)).toEqual([OVER_LIMIT]);
  });
});

describe("the cost limit in Apollo", () => {
  const PAGE = "... on BrokerConnection { nodes { brokerId brokerName engineType state deploymentMode arn } pageInfo { hasNextPage endCursor } }";
  const TEN_PAGES = `query Pages($n: Int) { ${Array.from({ length: 10 }, (_, i) => `p${i}: brokers(first: $n) { __typename ${PAGE} }`).join(" ")} }`;

  async function apollo() {
    const server = new ApolloServer({
      schema: LISTS,
      rootValue: { brokers: () => ({ __typename: "BrokerConnection", nodes: [], pageInfo: { hasNextPage: false, endCursor: null } }) },
      ...limits,
    });
    await server.start();
    const post = async (query: string, variables: Record<string, unknown>) => {
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: "POST", headers: new HeaderMap([["content-type", "application/json"]]), search: "", body: { query, variables } },
        context: async () => ({}),
      });
      if (response.body.kind !== "complete") throw new Error("expected a complete body");
      return { status: response.status ?? 200, body: JSON.parse(response.body.string) };
    };
    return { post, stop: () => server.stop() };
  }

  it("answers an operation over the limit with a 400 that gives its cost, whatever Apollo cached of the document", async () => {
    const server = await apollo();
    try {
      const small = await server.post(TEN_PAGES, { n: 10 });
      expect(small.status).toBe(200);
      expect(small.body.errors).toBeUndefined();
      expect(small.body.data.p9.__typename).toBe("BrokerConnection");

      const large = await server.post(TEN_PAGES, { n: 100 });
      expect(large.status).toBe(400);
      expect(large.body).toEqual({
        errors: [{ message: `The operation costs 13000, over the limit of ${DEFAULT_LIMITS.maxCost}.`, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }],
      });
    } finally {
      await server.stop();
    }
  });

  it("answers variables that do not coerce as before: 400, BAD_USER_INPUT", async () => {
    const server = await apollo();
    try {
      const { status, body } = await server.post(TEN_PAGES, { n: "many" });
      expect(status).toBe(400);
      expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    } finally {
      await server.stop();
    }
  });
});
