import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, getMetadataStorage, type ResolverData } from "type-graphql";
import type { Backend } from "../backend";
import { RateLimiter } from "../rate-limiter";
import { scopeChecker } from "./auth-checker";
import { BrokerUserQueryResolver } from "./broker-users/query-resolver";
import { BrokerUserResolver } from "./broker-users/resolver";
import { BrokerResolver } from "./brokers/resolver";
import { CallRunner, type UpstreamObserver } from "./call-runner";
import { GatewayInfoResolver } from "./gateway-info";
import { UserGroupResolver } from "./user-groups/resolver";

const RESOLVERS = [GatewayInfoResolver, UserGroupResolver, BrokerResolver, BrokerUserQueryResolver, BrokerUserResolver] as const;

/** The schema, with each resolver built once around the backend's ports. */
export async function buildGatewaySchema(
  backend: Backend,
  version: string,
  limiter = new RateLimiter(0, 1),
  observer?: UpstreamObserver,
): Promise<GraphQLSchema> {
  const runner = new CallRunner(limiter, typenames(), observer);
  const instances = new Map<unknown, object>([
    [GatewayInfoResolver, new GatewayInfoResolver({ version, backend: backend.name, region: backend.region })],
    [UserGroupResolver, new UserGroupResolver(backend.userGroups, runner)],
    [BrokerResolver, new BrokerResolver(backend.brokers, runner)],
    [BrokerUserQueryResolver, new BrokerUserQueryResolver(backend.brokerUsers, runner)],
    [BrokerUserResolver, new BrokerUserResolver(backend.brokerUsers, runner)],
  ]);
  return buildSchema({
    resolvers: RESOLVERS,
    container: { get: (resolver: unknown, _data: ResolverData) => instances.get(resolver) },
    authChecker: scopeChecker,
    validate: false,
  });
}

/** The public contract as schema.graphql holds it. */
export const printGatewaySchema = (schema: GraphQLSchema): string => `${printSchema(lexicographicSortSchema(schema))}\n`;

/** Each object type's GraphQL name by its class, from TypeGraphQL's metadata (what `__typename` says). */
function typenames(): (member: object) => string {
  const names = new Map<unknown, string>(getMetadataStorage().objectTypes.map((type) => [type.target, type.name]));
  return (member) => names.get(member.constructor) ?? member.constructor.name;
}
