import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isCompositeType,
  Kind,
  TypeInfo,
  ValidationContext,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { type ComplexityEstimator, createComplexityRule } from "graphql-query-complexity";
import { PAGE_SIZE } from "../graphql/page-cursor";

/** What a field costs besides a list field's pages: as armor's cost limit counted them. */
const SCALAR_COST = 1;
const OBJECT_COST = 2;

/** The nodes a page can hold for `first`: the resolver refuses a `first` out of range, so no more. */
const pageSize = (first: unknown): number =>
  typeof first === "number" && Number.isInteger(first) ? Math.min(Math.max(first, PAGE_SIZE.min), PAGE_SIZE.max) : PAGE_SIZE.default;

/** How many entities `_entities` (a subgraph's) resolves: one per representation, each an AWS call. */
const representationCount = (representations: unknown): number => (Array.isArray(representations) ? representations.length : 1);

/**
 * The cost model: a scalar (`__typename` too) costs 1, an object 2 plus what is selected on it, a list
 * field of Query (`listFields`, the operations table's rows with `page`) as many times its selection as
 * the page can hold nodes (`first`, 100 when absent), and a subgraph's `_entities` as many objects as it
 * is given representations. Of a union or interface, the costliest possible
 * type counts (graphql-query-complexity's rule): only one of them comes back, and a page's error members
 * hold no nodes. A fragment counts each time it is spread. Depth adds nothing: the depth limit bounds it.
 */
function estimator(schema: GraphQLSchema, listFields: ReadonlySet<string>): ComplexityEstimator {
  const query = schema.getQueryType();
  return ({ type, field, args, childComplexity }) => {
    if (!isCompositeType(getNamedType(field.type))) return SCALAR_COST;
    if (type === query && listFields.has(field.name)) return pageSize(args.first) * childComplexity;
    if (type === query && field.name === "_entities") return representationCount(args.representations) * (OBJECT_COST + childComplexity);
    return OBJECT_COST + childComplexity;
  };
}

/** Past this many selections visited (fragments spread into each other), the cost is not worked out. */
const MAX_VISITED = 10_000;

export interface CostedOperation {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly variables?: Readonly<Record<string, unknown>> | null;
  readonly operationName?: string | null;
}

/**
 * What the operation `operationName` of a valid document costs with these variables; Infinity when it
 * cannot be counted. No such operation (or several, and no name) and variables that do not coerce cost 0:
 * execution refuses those before any resolver runs.
 */
export function operationCost({ schema, document, variables, operationName }: CostedOperation, listFields: ReadonlySet<string>): number {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return 0;
  const alone: DocumentNode = {
    ...document,
    definitions: document.definitions.filter((definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION),
  };
  const typeInfo = new TypeInfo(schema);
  // What it reports (variables that do not coerce, a null argument where none may be) is execution's to
  // answer, before that operation or field runs; it leaves that part out of the cost.
  const context = new ValidationContext(schema, alone, typeInfo, () => undefined);
  const complexity = createComplexityRule({
    maximumComplexity: Number.POSITIVE_INFINITY,
    estimators: [estimator(schema, listFields)],
    variables: { ...variables },
    maxQueryNodes: MAX_VISITED,
  })(context);
  try {
    visit(alone, visitWithTypeInfo(typeInfo, complexity));
  } catch (error) {
    // Thrown rather than reported: past MAX_VISITED selections, or a null `if` of @include or @skip (which
    // execution refuses only where it meets it, after the fields above have run).
    if (error instanceof GraphQLError) return Number.POSITIVE_INFINITY;
    throw error;
  }
  return complexity.complexity;
}

/** The refusal of an operation that costs `cost`, over `maxCost`: a validation failure (HTTP 400). */
export function costRefusal(cost: number, maxCost: number): GraphQLError {
  const message = Number.isFinite(cost)
    ? `The operation costs ${cost}, over the limit of ${maxCost}.`
    : `The operation's cost cannot be counted against the limit of ${maxCost}: it selects over ${MAX_VISITED} fields, counting a fragment each time it is spread, or gives @include or @skip a null.`;
  return new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
}
