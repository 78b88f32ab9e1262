import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type ResolverData } from "type-graphql";
import type { Backend } from "../backend";
import { BrokerUserResolver } from "./broker-users/resolver";
import { GatewayInfoResolver } from "./gateway-info";
import { UserGroupResolver } from "./user-groups/resolver";

const RESOLVERS = [GatewayInfoResolver, UserGroupResolver, BrokerUserResolver] as const;

/** The schema, with each resolver built once around the backend's ports. */
export async function buildGatewaySchema(backend: Backend, version: string): Promise<GraphQLSchema> {
  const instances = new Map<Function, object>([
    [GatewayInfoResolver, new GatewayInfoResolver({ version, backend: backend.name, region: backend.region })],
    [UserGroupResolver, new UserGroupResolver(backend.userGroups)],
    [BrokerUserResolver, new BrokerUserResolver(backend.brokerUsers)],
  ]);
  return buildSchema({
    resolvers: RESOLVERS,
    container: { get: (resolver: Function, _data: ResolverData) => instances.get(resolver) },
    validate: false,
  });
}

/** The public contract as schema.graphql holds it. */
export const printGatewaySchema = (schema: GraphQLSchema): string => `${printSchema(lexicographicSortSchema(schema))}\n`;
