import { type GraphQLObjectType, type GraphQLSchema, getNamedType, isLeafType, isObjectType, isUnionType } from "graphql";
import { type AwsField, OPERATIONS } from "../operations";

export interface Example {
  readonly query: string;
  readonly variables: string;
}

/** How deep an answer member's selection goes: the resource (or page of them) and its nested objects. */
const ANSWER_DEPTH = 3;

/**
 * One example per row of the operations table, written from the schema itself, so that an example never
 * selects a field the schema lacks: the answer members' fields (those that are not an `Error`), the input
 * violations, and the `Error` catch-all; the variables are the row's.
 */
export function playgroundExamples(schema: GraphQLSchema): Example[] {
  return (Object.keys(OPERATIONS) as AwsField[]).map((field) => ({
    query: exampleDocument(schema, field),
    variables: JSON.stringify(OPERATIONS[field].example, null, 2),
  }));
}

function exampleDocument(schema: GraphQLSchema, field: AwsField): string {
  const [operationType, definition] = rootField(schema, field);
  const result = getNamedType(definition.type);
  const members = isUnionType(result) ? result.getTypes() : [];
  const has = (name: string) => members.some((member) => member.name === name);
  return [
    `# ${definition.description ?? field}`,
    "# Run: ▶ or Ctrl-Enter. Credentials: the Headers tab below (left out until <token> is replaced).",
    `${operationType} ${field[0]!.toUpperCase()}${field.slice(1)}(${definition.args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ")}) {`,
    `  ${field}(${definition.args.map((a) => `${a.name}: $${a.name}`).join(", ")}) {`,
    "    __typename",
    ...members.filter((member) => !isError(member)).map((member) => `    ... on ${member.name} ${selection(member, ANSWER_DEPTH)}`),
    ...(has("InputValidationError") ? ["    ... on InputValidationError { violations { path message constraint } }"] : []),
    "    ... on Error { message }",
    "  }",
    "}",
    "",
  ].join("\n");
}

function rootField(schema: GraphQLSchema, field: string) {
  for (const [operationType, root] of [
    ["mutation", schema.getMutationType()],
    ["query", schema.getQueryType()],
    ["subscription", schema.getSubscriptionType()],
  ] as const) {
    const definition = root?.getFields()[field];
    if (definition) return [operationType, definition] as const;
  }
  throw new Error(`the operations table lists ${field}, which the schema does not have`);
}

function selection(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).flatMap((f) => {
    const named = getNamedType(f.type);
    if (isLeafType(named)) return [f.name];
    return isObjectType(named) && depth > 1 ? [`${f.name} ${selection(named, depth - 1)}`] : [];
  });
  return `{ ${fields.join(" ")} }`;
}

const isError = (type: GraphQLObjectType): boolean => type.getInterfaces().some((i) => i.name === "Error");
