import { afterEach, describe, expect, it } from "vitest";
import { MAX_REPRESENTATIONS } from "../../src/graphql/subgraph/subgraph-schema";
import { INTROSPECTION_OFF_MESSAGE } from "../../src/server/introspection-off";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { API_KEY_UG_ONLY, makeCredentials } from "../fixtures/credentials";
import { startGateway, type TestGateway } from "../fixtures/gateway";

const SUBGRAPH = { GATEWAY_SUBGRAPH: "true" };
const BROKER_ID = DEFAULT_SEED.brokers[0]!.brokerId;

/** What a router sends: one representation per entity, the selection by type. */
const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on UserGroup { userGroupId engine userIds }
    ... on CacheUser { userId userName engine }
    ... on BrokerUser { brokerId username groups }
  }
}`;
/** Costs 3 per representation: the object, 2, and the one field selected of the costliest member. */
const ENTITY_IDS = `query Ids($representations: [_Any!]!) { _entities(representations: $representations) { ... on UserGroup { userGroupId } } }`;

const userGroup = (userGroupId: string) => ({ __typename: "UserGroup", userGroupId });

/** The AWS calls each operation made, from the operation log's lines (written when the gateway closes). */
const outcomes = (logs: readonly string[]) =>
  logs
    .map((line) => JSON.parse(line))
    .filter((line) => "outcomes" in line)
    .map((line) => line.outcomes);

describe("GATEWAY_SUBGRAPH=true: the gateway as a Federation 2 subgraph", () => {
  let gw: TestGateway | undefined;
  afterEach(async () => {
    await gw?.close();
    gw = undefined;
  });

  it("resolves each entity from its representation, through the same AWS reads as the queries, and null for one that does not exist", async () => {
    gw = await startGateway(DEFAULT_SEED, SUBGRAPH);
    const r = await gw.graphql(ENTITIES, {
      representations: [
        userGroup("app-group"),
        { __typename: "CacheUser", userId: "reader" },
        { __typename: "BrokerUser", brokerId: BROKER_ID, username: "admin" },
        userGroup("no-such-group"),
        { __typename: "CacheUser", userId: "no-such-user" },
        { __typename: "BrokerUser", brokerId: BROKER_ID, username: "nobody" },
      ],
    });
    expect(r.errors).toBeUndefined();
    expect(r.data._entities).toEqual([
      { __typename: "UserGroup", userGroupId: "app-group", engine: "VALKEY", userIds: ["app-default", "reader"] },
      { __typename: "CacheUser", userId: "reader", userName: "reader", engine: "VALKEY" },
      { __typename: "BrokerUser", brokerId: BROKER_ID, username: "admin", groups: expect.any(Array) },
      null,
      null,
      null,
    ]);
    await gw.close();
    expect(outcomes(gw.logs)).toContainEqual([
      expect.objectContaining({ field: "userGroup", outcome: "UserGroup" }),
      expect.objectContaining({ field: "cacheUsers", outcome: "CacheUser" }),
      expect.objectContaining({ field: "brokerUser", outcome: "BrokerUser" }),
      expect.objectContaining({ field: "userGroup", outcome: "UserGroupNotFound" }),
      expect.objectContaining({ field: "cacheUsers", outcome: "UserNotFound" }),
      expect.objectContaining({ field: "brokerUser", outcome: "BrokerUserNotFound" }),
    ]);
    gw = undefined;
  });

  it("answers _service { sdl } with the entities' keys and the federation link", async () => {
    gw = await startGateway(DEFAULT_SEED, SUBGRAPH);
    const { data } = await gw.graphql("{ _service { sdl } }");
    expect(data._service.sdl).toContain("https://specs.apollo.dev/federation/v2.0");
    expect(data._service.sdl).toMatch(/type UserGroup\s+@key\(fields: "userGroupId"\)/);
  });

  it("refuses _service { sdl } as introspection when GATEWAY_INTROSPECTION is off (the default in production)", async () => {
    gw = await startGateway(DEFAULT_SEED, { ...SUBGRAPH, GATEWAY_INTROSPECTION: "false" });
    const r = await gw.post({ query: "{ _service { sdl } }" });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([expect.objectContaining({ message: INTROSPECTION_OFF_MESSAGE })]);
    expect(r.text).not.toContain("@key");
    const entities = await gw.graphql(ENTITY_IDS, { representations: [userGroup("app-group")] });
    expect(entities.data._entities).toEqual([{ userGroupId: "app-group" }]);
  });

  it("keeps the result unions of the queries as they are", async () => {
    gw = await startGateway(DEFAULT_SEED, SUBGRAPH);
    const { data } = await gw.graphql(`{ userGroup(userGroupId: "no-such-group") { __typename ... on Error { message } } }`);
    expect(data.userGroup).toEqual({ __typename: "UserGroupNotFound", message: expect.any(String) });
  });

  it("gives an entry a typed failure as its error, with the member's fields, and the others their entities", async () => {
    gw = await startGateway(DEFAULT_SEED, SUBGRAPH);
    gw.account.faults.add({ operation: "elasticache:DescribeUsers", fault: { kind: "throttling" } });
    const r = await gw.graphql(ENTITIES, {
      representations: [{ __typename: "CacheUser", userId: "reader" }, userGroup("app-group"), userGroup("-bad-id")],
    });
    expect(r.data._entities).toEqual([null, expect.objectContaining({ userGroupId: "app-group" }), null]);
    // In the order the entries ended: sorted by entry.
    expect(r.errors.sort((a: { path: number[] }, b: { path: number[] }) => a.path[1]! - b.path[1]!)).toEqual([
      {
        message: expect.stringMatching(/throttling/i),
        path: ["_entities", 0],
        locations: expect.any(Array),
        extensions: { code: "UPSTREAM_THROTTLED", requestId: expect.any(String), retryAfterSeconds: expect.any(Number) },
      },
      {
        message: expect.stringContaining("userGroupId"),
        path: ["_entities", 2],
        locations: expect.any(Array),
        extensions: { code: "INPUT_VALIDATION_ERROR", violations: [expect.objectContaining({ path: ["userGroupId"], constraint: "PATTERN" })] },
      },
    ]);
  });

  it("refuses an entity to a caller without the scope of its read, before any AWS call", async () => {
    const credentials = await makeCredentials();
    gw = await startGateway(DEFAULT_SEED, { ...SUBGRAPH, ...credentials.env });
    const r = await gw.graphql(ENTITIES, { representations: [userGroup("app-group")] }, { "x-api-key": API_KEY_UG_ONLY });
    expect(r.data._entities).toEqual([null]);
    expect(r.errors).toEqual([expect.objectContaining({ message: "Missing scope: elasticache:DescribeUserGroups.", extensions: { code: "FORBIDDEN" } })]);
    await gw.close();
    expect(outcomes(gw.logs)).toEqual([[]]);
    gw = undefined;
  });

  it("takes a token of the caller's rate limit for each entity: past the burst, RATE_LIMITED", async () => {
    gw = await startGateway(DEFAULT_SEED, { ...SUBGRAPH, GATEWAY_RATE_LIMIT_PER_MINUTE: "60", GATEWAY_RATE_LIMIT_BURST: "2" });
    const r = await gw.graphql(ENTITY_IDS, { representations: [userGroup("app-group"), userGroup("app-group"), userGroup("app-group")] });
    expect(r.data._entities.filter((entity: unknown) => entity !== null)).toHaveLength(2);
    expect(r.errors).toEqual([expect.objectContaining({ extensions: { code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) } })]);
  });

  it("counts each representation in the operation's cost: over the limit, a 400 before any call", async () => {
    gw = await startGateway(DEFAULT_SEED, { ...SUBGRAPH, GATEWAY_MAX_OPERATION_COST: "9" });
    const within = await gw.post({ query: ENTITY_IDS, variables: { representations: [userGroup("app-group"), userGroup("a"), userGroup("b")] } });
    expect(within.status).toBe(200);
    // The same document with one more representation: its cost is not the one worked out for three.
    const over = await gw.post({ query: ENTITY_IDS, variables: { representations: [userGroup("app-group"), userGroup("a"), userGroup("b"), userGroup("c")] } });
    expect(over.status).toBe(400);
    expect(over.json.errors).toEqual([{ message: "The operation costs 12, over the limit of 9.", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }]);
  });

  it(`refuses more than ${MAX_REPRESENTATIONS} representations, and one that is no entity reference, before any AWS call`, async () => {
    gw = await startGateway(DEFAULT_SEED, SUBGRAPH);
    const many = await gw.graphql(ENTITY_IDS, { representations: Array.from({ length: MAX_REPRESENTATIONS + 1 }, (_, i) => userGroup(`g${i}`)) });
    expect(many).toEqual({
      data: null,
      errors: [expect.objectContaining({ message: expect.stringContaining(`at most ${MAX_REPRESENTATIONS}`), extensions: { code: "BAD_USER_INPUT" } })],
    });
    for (const bad of [{ __typename: "Broker", brokerId: BROKER_ID }, { __typename: "UserGroup", userGroupId: 7 }, { __typename: "CacheUser" }, "UserGroup"]) {
      const r = await gw.graphql(ENTITY_IDS, { representations: [userGroup("app-group"), bad] });
      expect(r.errors).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/^representations\[1\] must be/), extensions: { code: "BAD_USER_INPUT" } }),
      ]);
    }
    await gw.close();
    expect(outcomes(gw.logs).flat()).toEqual([]);
    gw = undefined;
  });

  it(`counts the representations of every _entities of an operation (aliases, fragments) against the ${MAX_REPRESENTATIONS}, before any AWS call`, async () => {
    gw = await startGateway(DEFAULT_SEED, SUBGRAPH);
    const twice = `query Twice($a: [_Any!]!, $b: [_Any!]!) {
      a: _entities(representations: $a) { ... on UserGroup { userGroupId } }
      ...B
    }
    fragment B on Query { b: _entities(representations: $b) { ... on UserGroup { userGroupId } } }`;
    const sixty = Array.from({ length: 60 }, () => userGroup("app-group"));
    const over = await gw.graphql(twice, { a: sixty, b: sixty });
    expect(over.data).toBeNull();
    expect(over.errors[0]).toMatchObject({
      message: `_entities takes at most ${MAX_REPRESENTATIONS} representations in one operation, aliases included; this one gives 120.`,
      extensions: { code: "BAD_USER_INPUT" },
    });
    const within = await gw.graphql(twice, { a: [userGroup("app-group")], b: [userGroup("no-such-group")] });
    expect(within).toEqual({ data: { a: [{ userGroupId: "app-group" }], b: [null] } });
    await gw.close();
    // The refused operation made no call; the one within the cap made its two.
    expect(outcomes(gw.logs)).toEqual([
      [],
      expect.arrayContaining([
        expect.objectContaining({ field: "userGroup", outcome: "UserGroup" }),
        expect.objectContaining({ field: "userGroup", outcome: "UserGroupNotFound" }),
      ]),
    ]);
    gw = undefined;
  });
});

describe("the subgraph off (the default)", () => {
  it("has no _entities or _service", async () => {
    const gw = await startGateway();
    try {
      for (const query of ["{ _service { sdl } }", `{ _entities(representations: []) { __typename } }`]) {
        const r = await gw.post({ query });
        expect(r.status).toBe(400);
        expect(r.json.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
      }
    } finally {
      await gw.close();
    }
  });
});
