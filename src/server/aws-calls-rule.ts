import { GraphQLError, Kind, OperationTypeNode, type SelectionSetNode, type ValidationRule } from "graphql";

const times = (n: number): string => `${n} ${n === 1 ? "time" : "times"}`;

/**
 * A validation rule: a mutation operation may select at most `max` of the root fields in `fields` (the
 * ones that call AWS), so one request cannot fan out into many AWS calls through aliases or fragments.
 *
 * Counts every root selection of such a field, through inline fragments and named fragment spreads; a
 * spread used twice counts twice. That is an upper bound: graphql-js would merge two selections with the
 * same response name into one call, but no client needs to send those. Fragment counts are memoised, so a
 * document of fragments that spread each other twice cannot make the count itself expensive; a fragment
 * cycle counts nothing on its second entry (graphql's NoFragmentCyclesRule reports the cycle).
 */
export function maxAwsCallsPerOperation(fields: ReadonlySet<string>, max: number): ValidationRule {
  return (context) => {
    const fragmentCalls = new Map<string, number>();

    const callsInFragment = (name: string): number => {
      const known = fragmentCalls.get(name);
      if (known !== undefined) return known;
      fragmentCalls.set(name, 0);
      const fragment = context.getFragment(name);
      const calls = fragment ? callsIn(fragment.selectionSet) : 0;
      fragmentCalls.set(name, calls);
      return calls;
    };

    const callsIn = (selectionSet: SelectionSetNode): number => {
      let calls = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) calls += fields.has(selection.name.value) ? 1 : 0;
        else if (selection.kind === Kind.INLINE_FRAGMENT) calls += callsIn(selection.selectionSet);
        else calls += callsInFragment(selection.name.value);
      }
      return calls;
    };

    return {
      OperationDefinition(operation) {
        if (operation.operation !== OperationTypeNode.MUTATION) return false;
        const calls = callsIn(operation.selectionSet);
        if (calls > max) {
          context.reportError(
            new GraphQLError(`An operation may call AWS at most ${times(max)}; this one would call it ${times(calls)}.`, {
              nodes: operation,
              extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
            }),
          );
        }
        return false;
      },
    };
  };
}
