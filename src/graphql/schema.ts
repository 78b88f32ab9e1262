import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, getMetadataStorage, type ResolverData } from "type-graphql";
import type { Backend } from "../backend";
import { IdempotencyRecords } from "../idempotency/idempotency-records";
import { MemoryRecordStore } from "../idempotency/memory-record-store";
import type { OpenSubscriptions } from "../watch/open-subscriptions";
import { DEFAULT_SUBSCRIPTION_SETTINGS, type SubscriptionSettings } from "../watch/subscription-settings";
import { scopeChecker } from "./auth-checker";
import { BrokerUserQueryResolver } from "./broker-users/query-resolver";
import { BrokerUserResolver } from "./broker-users/resolver";
import { BrokerResolver } from "./brokers/resolver";
import { CacheUserResolver } from "./cache-users/resolver";
import { type CallerLimit, CallRunner, type UpstreamObserver } from "./call-runner";
import { GatewayInfoResolver } from "./gateway-info";
import { UserGroupQueryResolver } from "./user-groups/query-resolver";
import { UserGroupResolver } from "./user-groups/resolver";
import { UserGroupStatusStreams } from "./user-groups/status-stream";
import { UserGroupStatusResolver } from "./user-groups/status-subscription";

const RESOLVERS = [
  GatewayInfoResolver,
  CacheUserResolver,
  UserGroupQueryResolver,
  UserGroupResolver,
  UserGroupStatusResolver,
  BrokerResolver,
  BrokerUserQueryResolver,
  BrokerUserResolver,
] as const;

/** What the gateway adds around the ports; each has a default that leaves it off. */
export interface SchemaOptions {
  readonly limiter?: CallerLimit;
  readonly observer?: UpstreamObserver;
  readonly subscriptions?: SubscriptionSettings;
  /** Each caller's open subscriptions, when shared by replicas; this process's own count otherwise. */
  readonly openSubscriptions?: OpenSubscriptions;
  /** Where mutations' idempotency records live; in this process's memory when not given. */
  readonly idempotency?: IdempotencyRecords;
  /** Served as an Apollo Federation 2 subgraph (GATEWAY_SUBGRAPH): the same schema, with entities and `_entities`. */
  readonly subgraph?: boolean;
}

const NO_LIMIT: CallerLimit = { take: async () => 0 };

/** The schema, with each resolver built once around the backend's ports. */
export async function buildGatewaySchema(backend: Backend, version: string, options: SchemaOptions = {}): Promise<GraphQLSchema> {
  const { limiter = NO_LIMIT, observer, subscriptions = DEFAULT_SUBSCRIPTION_SETTINGS, openSubscriptions } = options;
  const idempotency = options.idempotency ?? new IdempotencyRecords(new MemoryRecordStore());
  const typename = typenames();
  const runner = new CallRunner(limiter, typename, idempotency, observer);
  const userGroups = new UserGroupQueryResolver(backend.userGroups, runner);
  const brokerUsers = new BrokerUserQueryResolver(backend.brokerUsers, runner);
  const instances = new Map<unknown, object>([
    [GatewayInfoResolver, new GatewayInfoResolver({ version, backend: backend.name, region: backend.region })],
    [CacheUserResolver, new CacheUserResolver(backend.cacheUsers, runner)],
    [UserGroupQueryResolver, userGroups],
    [UserGroupResolver, new UserGroupResolver(backend.userGroups, runner)],
    [UserGroupStatusResolver, new UserGroupStatusResolver()],
    [BrokerResolver, new BrokerResolver(backend.brokers, runner)],
    [BrokerUserQueryResolver, brokerUsers],
    [BrokerUserResolver, new BrokerUserResolver(backend.brokerUsers, runner)],
  ]);
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    container: { get: (resolver: unknown, _data: ResolverData) => instances.get(resolver) },
    authChecker: scopeChecker,
    // The one subscription topic: user group states, polled (TypeGraphQL takes subscriptions' events from here).
    pubSub: new UserGroupStatusStreams(backend.userGroups, runner, subscriptions, openSubscriptions),
    validate: false,
  });
  if (!options.subgraph) return schema;
  // Loaded only when used: @apollo/subgraph and federation's internals cost the default gateway nothing.
  const [{ subgraphSchema }, { gatewayEntities }] = await Promise.all([import("./subgraph/subgraph-schema.js"), import("./subgraph/entities.js")]);
  return subgraphSchema(schema, gatewayEntities({ userGroups, brokerUsers, cacheUsers: backend.cacheUsers, runner }), typename);
}

/** The public contract as schema.graphql holds it. */
export const printGatewaySchema = (schema: GraphQLSchema): string => `${printSchema(lexicographicSortSchema(schema))}\n`;

/** Each object type's GraphQL name by its class, from TypeGraphQL's metadata (what `__typename` says). */
function typenames(): (member: object) => string {
  const names = new Map<unknown, string>(getMetadataStorage().objectTypes.map((type) => [type.target, type.name]));
  return (member) => names.get(member.constructor) ?? member.constructor.name;
}
