import { type DocumentNode, Kind, visit } from "graphql";
import { type CostedOperation, operationCost } from "./operation-cost";

/** Costs kept per document: a few `first` values, not one per value a caller can send. */
const MAX_KEPT_PER_DOCUMENT = 32;

/** A variable left out, as a cache key tells it from one given as null (which @include/@skip refuse). */
const ABSENT = { absent: true };

/** The arguments whose values a cost depends on: a list field's page size, a directive's condition, and a subgraph's representations. */
const COST_ARGUMENTS = new Set(["first", "if", "representations"]);

/**
 * Operation costs, worked out once per document, operation and value of the variables the cost depends
 * on (those given to `first`, to @include/@skip `if`, or to `_entities`' representations, by their number). Working a cost out walks the whole document
 * with type information, a sizeable share of a small request's CPU; Apollo hands each request of a
 * document it has seen the same parsed DocumentNode, so later requests find it here.
 */
export class OperationCosts {
  private readonly byDocument = new WeakMap<DocumentNode, { readonly variables: readonly string[]; readonly costs: Map<string, number> }>();

  constructor(private readonly listFields: ReadonlySet<string>) {}

  cost(operation: CostedOperation): number {
    let known = this.byDocument.get(operation.document);
    if (!known) {
      known = { variables: costVariables(operation.document), costs: new Map() };
      this.byDocument.set(operation.document, known);
    }
    const key = costKey(operation, known.variables);
    const kept = known.costs.get(key);
    if (kept !== undefined) return kept;
    const cost = operationCost(operation, this.listFields);
    if (known.costs.size < MAX_KEPT_PER_DOCUMENT) known.costs.set(key, cost);
    return cost;
  }
}

/** The variables a document gives to one of COST_ARGUMENTS: all that can change its cost. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (COST_ARGUMENTS.has(argument.name.value) && argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names].sort();
}

const lengthOrValue = (value: unknown): unknown => (Array.isArray(value) ? value.length : value);

/** The operation's name, and the values of the variables its cost depends on when there are any (of a list, its length: all its cost counts). */
function costKey(operation: CostedOperation, variables: readonly string[]): string {
  const name = operation.operationName ?? "";
  if (variables.length === 0) return name;
  const given = operation.variables ?? {};
  return JSON.stringify([name, ...variables.map((variable) => (Object.hasOwn(given, variable) ? lengthOrValue(given[variable]) : ABSENT))]);
}
