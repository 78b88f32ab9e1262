import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { operationCost } from "../../src/server/operation-cost";
import { OperationCosts } from "../../src/server/operation-costs";

const LIST_FIELDS = new Set(["items"]);
const SCHEMA = buildSchema(`
  type Item { id: String! name: String! }
  type Page { nodes: [Item!]! }
  type Query { items(first: Int): Page! other: String }
`);

const DOCUMENT = parse(`
  query Page($n: Int, $names: Boolean!) { items(first: $n) { nodes { id name @include(if: $names) } } }
  query Fixed { items(first: 3) { nodes { id } } other }
`);

/** The cost as worked out afresh, to compare the kept ones with. */
const fresh = (variables: Record<string, unknown>, operationName: string) =>
  operationCost({ schema: SCHEMA, document: DOCUMENT, variables, operationName }, LIST_FIELDS);

describe("OperationCosts: costs kept per document", () => {
  it("answers what a fresh count answers, for each operation and each value of the variables the cost depends on", () => {
    const costs = new OperationCosts(LIST_FIELDS);
    const cases: [Record<string, unknown>, string][] = [
      [{ n: 10, names: true }, "Page"],
      [{ n: 10, names: false }, "Page"],
      [{ n: 100, names: true }, "Page"],
      [{ names: true }, "Page"],
      [{ n: null, names: true }, "Page"],
      [{ n: 10, names: true }, "Page"],
      [{}, "Fixed"],
      [{ n: 100, names: true }, "Fixed"],
    ];
    for (const [variables, operationName] of [...cases, ...cases]) {
      expect(costs.cost({ schema: SCHEMA, document: DOCUMENT, variables, operationName }), JSON.stringify([variables, operationName])).toBe(
        fresh(variables, operationName),
      );
    }
    // They do differ, so a kept cost answered for the wrong key would show.
    expect(new Set(cases.map(([variables, name]) => fresh(variables, name))).size).toBeGreaterThanOrEqual(4);
  });

  it("ignores variables the cost does not depend on", () => {
    const document = parse("query Fixed($note: String) { items(first: 3) { nodes { id } } other }");
    const costs = new OperationCosts(LIST_FIELDS);
    const first = costs.cost({ schema: SCHEMA, document, variables: { note: "a" }, operationName: "Fixed" });
    expect(costs.cost({ schema: SCHEMA, document, variables: { note: "b" }, operationName: "Fixed" })).toBe(first);
  });
});
