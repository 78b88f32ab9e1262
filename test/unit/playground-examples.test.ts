import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildSchema,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from "graphql";
import { describe, expect, it } from "vitest";
import { EXAMPLE_TABS } from "../../src/http/playground-page";

const schema = buildSchema(readFileSync(join(__dirname, "..", "..", "schema.graphql"), "utf8"));

/** Paths of input fields `value` leaves out, at every depth (list items included): GraphiQL's linter marks them. */
function missingFields(type: GraphQLInputType, value: unknown, path: string): string[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return [];
  if (isListType(inner)) return Array.isArray(value) ? value.flatMap((item, i) => missingFields(inner.ofType, item, `${path}[${i}]`)) : [];
  if (!isInputObjectType(inner)) return [];
  return Object.values(inner.getFields()).flatMap((field) => {
    const given = (value as Record<string, unknown>)[field.name];
    return field.name in (value as object) ? missingFields(field.type, given, `${path}.${field.name}`) : [`${path}.${field.name}`];
  });
}

describe("the playground's example tabs", () => {
  it.each(EXAMPLE_TABS.map((tab) => [/mutation (\w+)/.exec(tab.query)![1]!, tab] as const))("%s: variables the schema accepts, every input field given", (_, tab) => {
    const operation = parse(tab.query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const variables = JSON.parse(tab.variables) as Record<string, unknown>;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    expect((coerced.errors ?? []).map((e) => e.message)).toEqual([]);

    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      const type = typeFromAST(schema, definition.type) as GraphQLInputType;
      expect(isInputObjectType(isNonNullType(type) ? type.ofType : type), `$${name} is an input object`).toBe(true);
      expect(missingFields(type, variables[name], name)).toEqual([]);
    }
    expect(() => JSON.parse(tab.headers)).not.toThrow();
  });

  it("covers both operations", () => {
    expect(EXAMPLE_TABS.map((tab) => /mutation (\w+)/.exec(tab.query)?.[1])).toEqual(["CreateUserGroup", "CreateBrokerUser"]);
  });
});
