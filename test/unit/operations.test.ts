import {
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
  validate,
} from "graphql";
import { getMetadataStorage } from "type-graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { createAuthenticator } from "../../src/auth/authenticate";
import { createLocalBackend } from "../../src/composition";
import { buildGatewaySchema } from "../../src/graphql/schema";
import { AWS_SCOPES, OPERATIONS, type OperationTable } from "../../src/operations";
import { playgroundExamples } from "../../src/server/playground-examples";
import { DEFAULT_SEED } from "../../src/simulation/seed";

// Each row must say everything: `npm run typecheck` fails if one of these compiles.
// @ts-expect-error a row without its scope
void ({ f: { service: "mq", command: "CreateUser", example: {} } } satisfies OperationTable);
// @ts-expect-error a row without its command
void ({ f: { service: "mq", scope: "mq:CreateUser", example: {} } } satisfies OperationTable);
// @ts-expect-error a row without its service
void ({ f: { command: "CreateUser", scope: "mq:CreateUser", example: {} } } satisfies OperationTable);
// @ts-expect-error a row without its playground example
void ({ f: { service: "mq", command: "CreateUser", scope: "mq:CreateUser" } } satisfies OperationTable);
// @ts-expect-error a scope of another service than the row's
void ({ f: { service: "mq", command: "CreateUser", scope: "elasticache:CreateUser", example: {} } } satisfies OperationTable);

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGatewaySchema(createLocalBackend(DEFAULT_SEED, "us-east-1"), "test");
});
const fields = Object.keys(OPERATIONS) as (keyof typeof OPERATIONS)[];

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

describe("the operations table", () => {
  it("lists every mutation and subscription field and every query field but gateway, and each row is a root field", () => {
    const rootFields = (type: GraphQLObjectType | null | undefined) => Object.keys(type?.getFields() ?? {});
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap(rootFields);
    expect(fields.filter((f) => !roots.includes(f))).toEqual([]);
    expect(roots.filter((f) => !(f in OPERATIONS))).toEqual(["gateway"]);
  });

  it("gives each field the scope its row names, and says so in its description", () => {
    const authorized = getMetadataStorage().authorizedFields;
    for (const field of fields) {
      expect(authorized.find((a) => a.fieldName === field)?.roles).toEqual([OPERATIONS[field].scope]);
      const root = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].find((type) => type?.getFields()[field]);
      expect(root?.getFields()[field]?.description).toContain(`Scope: ${OPERATIONS[field].scope}.`);
    }
  });

  it("gives the anonymous caller of local development every scope of the table, and nothing else", async () => {
    const identity = await createAuthenticator({ anonymous: true })({});
    expect([...identity!.scopes].sort()).toEqual([...new Set(fields.map((f) => OPERATIONS[f].scope))].sort());
    expect(new Set(AWS_SCOPES).size).toBe(AWS_SCOPES.length);
  });

  it("gives the playground one example per row, valid against the schema, with complete variables", () => {
    const examples = playgroundExamples(schema);
    expect(examples).toHaveLength(fields.length);
    examples.forEach((example, i) => {
      const document = parse(example.query);
      expect(validate(schema, document)).toEqual([]);
      const operation = document.definitions[0] as OperationDefinitionNode;
      expect(operation.selectionSet.selections).toMatchObject([{ name: { value: fields[i] } }]);
      const variables = JSON.parse(example.variables) as Record<string, unknown>;
      expect(getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors).toBeUndefined();
      // Every input field given, optional ones too: GraphiQL's variables linter marks a missing one.
      for (const definition of operation.variableDefinitions ?? []) {
        const name = definition.variable.name.value;
        expect(missingFields(typeFromAST(schema, definition.type) as GraphQLInputType, variables[name], name)).toEqual([]);
      }
    });
  });
});
