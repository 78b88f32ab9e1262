import { composeServices } from "@apollo/composition";
import { type GraphQLAbstractType, type GraphQLSchema, parse } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { createLocalBackend } from "../../src/composition";
import { buildGatewaySchema } from "../../src/graphql/schema";
import { subgraphSdl } from "../../src/graphql/subgraph/subgraph-schema";
import { DEFAULT_SEED } from "../../src/simulation/seed";

/** Another team's subgraph: it adds a field to UserGroup by its key, and has a PageInfo of its own. */
const TEAMS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key", "@shareable"])

  type UserGroup @key(fields: "userGroupId") {
    userGroupId: String!
    team: Team
  }

  type Team {
    name: String!
    userGroups: [UserGroup!]!
  }

  type PageInfo @shareable {
    hasNextPage: Boolean!
    endCursor: String
  }

  type Query {
    teams: [Team!]!
  }
`);

describe("the gateway as an Apollo Federation 2 subgraph", () => {
  let sdl: string;
  let gatewaySchema: GraphQLSchema;
  beforeAll(async () => {
    sdl = await subgraphSdl(await buildGatewaySchema(createLocalBackend(DEFAULT_SEED, "us-east-1"), "test", { subgraph: true }));
    gatewaySchema = await buildGatewaySchema(createLocalBackend(DEFAULT_SEED, "us-east-1"), "test");
  });

  const gateway = () => ({ name: "access-gateway", url: "http://access-gateway:4000/graphql", typeDefs: parse(sdl) });

  it("keys UserGroup, CacheUser and BrokerUser by their ids, and links Federation 2", () => {
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key", "@shareable"])');
    expect(sdl).toMatch(/type UserGroup\s+@key\(fields: "userGroupId"\)/);
    expect(sdl).toMatch(/type CacheUser\s+@key\(fields: "userId"\)/);
    expect(sdl).toMatch(/type BrokerUser\s+@key\(fields: "brokerId username"\)/);
    expect(sdl).toMatch(/type PageInfo\s+@shareable/);
  });

  it("composes alone into a supergraph without errors, every query and mutation in it", () => {
    const result = composeServices([gateway()]);
    expect(result.errors).toBeUndefined();
    const api = result.schema!.toAPISchema().toGraphQLJSSchema();
    expect(Object.keys(api.getQueryType()!.getFields())).toEqual(expect.arrayContaining(["userGroup", "cacheUsers", "brokerUser", "gateway"]));
    expect(Object.keys(api.getMutationType()!.getFields())).toEqual(expect.arrayContaining(["createUserGroup", "createBrokerUser"]));
    // The result unions are data for the router too: every member, and the Error interface, as the gateway serves them.
    const members = (schema: GraphQLSchema, name: string) =>
      schema
        .getPossibleTypes(schema.getType(name) as GraphQLAbstractType)
        .map((type) => type.name)
        .sort();
    for (const name of ["UserGroupResult", "CreateBrokerUserResult", "Error"]) expect(members(api, name)).toEqual(members(gatewaySchema, name));
  });

  it("composes next to a subgraph that extends UserGroup by its key and shares PageInfo", () => {
    const result = composeServices([gateway(), { name: "teams", url: "http://teams:4000/graphql", typeDefs: TEAMS }]);
    expect(result.errors).toBeUndefined();
    const api = result.schema!.toAPISchema().toGraphQLJSSchema();
    const userGroup = api.getType("UserGroup") as unknown as { getFields(): Record<string, unknown> };
    expect(Object.keys(userGroup.getFields())).toEqual(expect.arrayContaining(["userGroupId", "status", "team"]));
    expect(Object.keys(api.getQueryType()!.getFields())).toEqual(expect.arrayContaining(["teams", "userGroup"]));
    expect(result.supergraphSdl).toContain('join__type(graph: ACCESS_GATEWAY, key: "userGroupId")');
  });
});
