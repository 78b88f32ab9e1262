import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import {
  type ConstDirectiveNode,
  type DocumentNode,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  graphql,
  Kind,
  parse,
  printSchema,
  type SelectionNode,
  valueFromAST,
  visit,
} from "graphql";
import { createResolversMap } from "type-graphql";
import type { GatewayContext } from "../context";
import { PAGE_SIZE } from "../page-cursor";
import { type Entity, resolveReference } from "./entities";

/**
 * The Federation 2 version the subgraph links: it uses @key and @shareable only, both in v2.0, and a
 * later version would narrow the routers and composition tools that accept it.
 */
const FEDERATION = "https://specs.apollo.dev/federation/v2.0";

/** Value types other subgraphs commonly define too (Relay's PageInfo): shareable, so they compose. */
const SHAREABLE = new Set(["PageInfo"]);

/**
 * The most representations one operation's `_entities` fields take together (aliases would multiply a
 * cap per field): each is an AWS call. A router sends the references of one response at once: this lets
 * through those of a full page (PAGE_SIZE.max nodes), and refuses a larger batch whole, before any call,
 * where the caller's rate limit would refuse most of it one entry at a time.
 */
export const MAX_REPRESENTATIONS = PAGE_SIZE.max;

/**
 * The gateway's schema as an Apollo Federation 2 subgraph: the same types and resolvers, the entities
 * keyed by their ids (`@key`), and `_service` and `_entities`, which resolves each representation by
 * its entity's read.
 */
export function subgraphSchema(schema: GraphQLSchema, entities: Readonly<Record<string, Entity>>, typename: (member: object) => string): GraphQLSchema {
  const resolvers: Record<string, object> = createResolversMap(schema);
  for (const [name, entity] of Object.entries(entities)) {
    resolvers[name] = { ...resolvers[name], __resolveReference: resolveReference(entity, typename) };
  }
  const subgraph = buildSubgraphSchema({ typeDefs: federated(parse(printSchema(schema)), entities), resolvers: resolvers as GraphQLResolverMap<unknown> });
  const field = subgraph.getQueryType()!.getFields()._entities!;
  field.resolve = checkedRepresentations(field.resolve!, entities);
  return subgraph;
}

/** The SDL a router composes: what `{ _service { sdl } }` answers. */
export async function subgraphSdl(schema: GraphQLSchema): Promise<string> {
  const { data } = await graphql({ schema, source: "{ _service { sdl } }" });
  return `${(data as { _service: { sdl: string } })._service.sdl}\n`;
}

/** The document with the federation link, each entity's @key and the shared types' @shareable. */
function federated(document: DocumentNode, entities: Readonly<Record<string, Entity>>): DocumentNode {
  const withDirectives = visit(document, {
    ObjectTypeDefinition(node) {
      const added: ConstDirectiveNode[] = [];
      const entity = Object.hasOwn(entities, node.name.value) ? entities[node.name.value] : undefined;
      if (entity) added.push(directive("key", { fields: entity.key.join(" ") }));
      if (SHAREABLE.has(node.name.value)) added.push(directive("shareable"));
      return added.length > 0 ? { ...node, directives: [...(node.directives ?? []), ...added] } : undefined;
    },
  });
  const link = parse(`extend schema @link(url: "${FEDERATION}", import: ["@key", "@shareable"])`).definitions;
  return { ...withDirectives, definitions: [...link, ...withDirectives.definitions] };
}

const directive = (name: string, args: Readonly<Record<string, string>> = {}): ConstDirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: name },
  arguments: Object.entries(args).map(([argument, value]) => ({
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: argument },
    value: { kind: Kind.STRING, value },
  })),
});

/**
 * `_entities` refusing, before any AWS call, an operation whose `_entities` fields give more than
 * MAX_REPRESENTATIONS representations in all, and any representation that is not one of the entities
 * with its key fields as Strings (a router sends none such; @apollo/subgraph would fail on them with an
 * unexpected error). The operation's count is taken once, by its context, when its first `_entities`
 * field resolves: every alias is refused before any of them calls AWS.
 */
function checkedRepresentations(
  resolve: GraphQLFieldResolver<unknown, GatewayContext>,
  entities: Readonly<Record<string, Entity>>,
): GraphQLFieldResolver<unknown, GatewayContext> {
  const names = Object.keys(entities).join(", ");
  const operationCounts = new WeakMap<GatewayContext, number>();
  return (source, args, context, info) => {
    let count = operationCounts.get(context);
    if (count === undefined) {
      count = representationsIn(info);
      operationCounts.set(context, count);
    }
    if (count > MAX_REPRESENTATIONS) {
      throw badRepresentations(`_entities takes at most ${MAX_REPRESENTATIONS} representations in one operation, aliases included; this one gives ${count}.`);
    }
    const representations = (args as { representations: readonly unknown[] }).representations;
    representations.forEach((representation, i) => {
      if (!isReference(representation, entities)) {
        throw badRepresentations(`representations[${i}] must be an object with __typename (${names}) and that type's key fields as strings.`);
      }
    });
    return resolve(source, args, context, info);
  };
}

/** The representations of every `_entities` field the operation selects, through aliases and fragments. */
function representationsIn(info: GraphQLResolveInfo): number {
  const type = info.parentType.getFields()[info.fieldName]!.args.find((arg) => arg.name === "representations")!.type;
  const count = (selections: readonly SelectionNode[]): number =>
    selections.reduce((sum, selection) => {
      if (selection.kind === Kind.INLINE_FRAGMENT) return sum + count(selection.selectionSet.selections);
      if (selection.kind === Kind.FRAGMENT_SPREAD) return sum + count(info.fragments[selection.name.value]?.selectionSet.selections ?? []);
      if (selection.name.value !== info.fieldName) return sum;
      const argument = selection.arguments?.find((arg) => arg.name.value === "representations");
      const value: unknown = argument && valueFromAST(argument.value, type, info.variableValues);
      return sum + (Array.isArray(value) ? value.length : 0);
    }, 0);
  return count(info.operation.selectionSet.selections);
}

/** An object whose __typename is an entity's, with that entity's key fields as strings. */
function isReference(value: unknown, entities: Readonly<Record<string, Entity>>): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { __typename } = value as { readonly __typename?: unknown };
  const entity = typeof __typename === "string" && Object.hasOwn(entities, __typename) ? entities[__typename] : undefined;
  return entity?.key.every((field) => typeof (value as Record<string, unknown>)[field] === "string") === true;
}

const badRepresentations = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
