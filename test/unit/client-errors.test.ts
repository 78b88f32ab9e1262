import { buildSchema, type GraphQLError, graphql } from "graphql";
import { describe, expect, it } from "vitest";
import { withoutInputValues as rewrite, withoutSuggestions } from "../../src/server/client-errors";
import { schemaFacts, suggestionIn } from "../../src/server/schema-facts";

const CANARY = "CANARY-9f8e";
/** The canary as an enum value or a name: graphql-js names cannot hold "-". */
const CANARY_NAME = "CANARY_9f8e";

/**
 * Inputs shaped like the gateway's, so the messages below are the ones graphql-js writes for them.
 * The messages are produced by graphql-js, never written by hand.
 */
const schema = buildSchema(/* GraphQL */ `
  enum Engine {
    VALKEY
    REDIS
  }
  input CreateBrokerUserInput {
    brokerId: String!
    username: String!
    password: String!
    consoleAccess: Boolean! = false
    groups: [String!]
  }
  input TagInput {
    key: String!
    value: String
  }
  input CreateUserGroupInput {
    userGroupId: String!
    engine: Engine!
    userIds: [String!]
    tags: [TagInput!]
  }
  type Query {
    ping: String
  }
  type Mutation {
    createBrokerUser(input: CreateBrokerUserInput!): String
    createUserGroup(input: CreateUserGroupInput!): String
  }
`);

const BROKER_USER = `mutation ($input: CreateBrokerUserInput!) { createBrokerUser(input: $input) }`;
const USER_GROUP = `mutation ($input: CreateUserGroupInput!) { createUserGroup(input: $input) }`;
const BROKER_INPUT = { brokerId: "b-1", username: "app.user", password: "Pa55word-long-enough" };
const GROUP_INPUT = { userGroupId: "g1", engine: "REDIS", userIds: ["default"] };

/** What graphql-js answers for `source`: its error messages (there must be at least one). */
async function messagesOf(source: string, variableValues?: Record<string, unknown>): Promise<string[]> {
  const result = await graphql({ schema, source, variableValues });
  expect(result.errors, "graphql-js must reject this case").toBeDefined();
  return result.errors!.map((e: GraphQLError) => e.message);
}

/** The first error message graphql-js gives for `source`. */
async function messageOf(source: string, variableValues?: Record<string, unknown>): Promise<string> {
  return (await messagesOf(source, variableValues))[0]!;
}

/** The reason after the variable and path, e.g. `field "username" of required type "String!" was not provided.` */
const reasonOf = (message: string) => /; (.+)$/s.exec(message)?.[1] ?? "";

interface VariableCase {
  readonly name: string;
  readonly source: string;
  readonly input: unknown;
  /** The path graphql-js names, e.g. `input.password`; absent when it names none. */
  readonly path?: string;
  /** The whole rewritten message, when the case pins it. */
  readonly expected?: string;
}

const variableCases: VariableCase[] = [
  {
    name: "password as a list holding the canary",
    source: BROKER_USER,
    input: { ...BROKER_INPUT, password: [CANARY] },
    path: "input.password",
    expected: 'Variable "$input" got an invalid value at "input.password"; the value is not a valid String.',
  },
  {
    name: "password as an object holding the canary",
    source: BROKER_USER,
    input: { ...BROKER_INPUT, password: { value: CANARY } },
    path: "input.password",
    expected: 'Variable "$input" got an invalid value at "input.password"; the value is not a valid String.',
  },
  {
    name: "password as a nested list and object holding the canary",
    source: BROKER_USER,
    input: { ...BROKER_INPUT, password: [[{ deep: [CANARY] }], CANARY] },
    path: "input.password",
    expected: 'Variable "$input" got an invalid value at "input.password"; the value is not a valid String.',
  },
  {
    name: "username missing, with the canary as password",
    source: BROKER_USER,
    input: { brokerId: "b-1", password: CANARY },
    expected: 'Variable "$input" got an invalid value; field "username" of required type "String!" was not provided.',
  },
  {
    name: "an extra field whose value is the canary",
    source: BROKER_USER,
    input: { ...BROKER_INPUT, password: CANARY, extra: CANARY },
    expected: 'Variable "$input" got an invalid value; field "extra" is not defined by type "CreateBrokerUserInput".',
  },
  {
    name: "a misspelt extra field whose value is the canary (graphql-js suggests a name, kept: a schema name)",
    source: BROKER_USER,
    input: { ...BROKER_INPUT, pasword: CANARY },
    expected: 'Variable "$input" got an invalid value; field "pasword" is not defined by type "CreateBrokerUserInput". Did you mean "password"?',
  },
  {
    name: "consoleAccess, a Boolean, given the canary",
    source: BROKER_USER,
    input: { ...BROKER_INPUT, consoleAccess: CANARY },
    path: "input.consoleAccess",
    expected: 'Variable "$input" got an invalid value at "input.consoleAccess"; the value is not a valid Boolean.',
  },
  {
    name: "a group given an object holding the canary",
    source: BROKER_USER,
    input: { ...BROKER_INPUT, groups: ["ok", { name: CANARY }] },
    path: "input.groups[1]",
    expected: 'Variable "$input" got an invalid value at "input.groups[1]"; the value is not a valid String.',
  },
  {
    name: "the whole input given as the canary string",
    source: BROKER_USER,
    input: CANARY,
    expected: 'Variable "$input" got an invalid value; expected type "CreateBrokerUserInput" to be an object.',
  },
  {
    name: "the whole input given as a list holding the canary",
    source: BROKER_USER,
    input: [{ ...BROKER_INPUT, password: CANARY }],
    expected: 'Variable "$input" got an invalid value; expected type "CreateBrokerUserInput" to be an object.',
  },
  {
    name: "engine, an enum, given the canary (the enum's values are said: schema facts)",
    source: USER_GROUP,
    input: { ...GROUP_INPUT, engine: CANARY },
    path: "input.engine",
    expected: 'Variable "$input" got an invalid value at "input.engine"; the value is not a member of enum "Engine" (VALKEY, REDIS).',
  },
  {
    name: "engine, an enum, given the canary in lower case of a near name",
    source: USER_GROUP,
    input: { ...GROUP_INPUT, engine: `redis ${CANARY}` },
    path: "input.engine",
    expected: 'Variable "$input" got an invalid value at "input.engine"; the value is not a member of enum "Engine" (VALKEY, REDIS).',
  },
  {
    name: "engine, an enum, given a list holding the canary (graphql-js's reason is not one the rewrite knows)",
    source: USER_GROUP,
    input: { ...GROUP_INPUT, engine: [CANARY] },
    path: "input.engine",
    // Today the generic reason ("it does not match the variable's type."); a specific one would do as well.
  },
  {
    name: "a tag given as the canary string",
    source: USER_GROUP,
    input: { ...GROUP_INPUT, tags: [{ key: "k", value: "v" }, CANARY] },
    path: "input.tags[1]",
    expected: 'Variable "$input" got an invalid value at "input.tags[1]"; expected type "TagInput" to be an object.',
  },
  {
    name: "a tag missing its key, with the canary as value",
    source: USER_GROUP,
    input: { ...GROUP_INPUT, tags: [{ value: CANARY }] },
    path: "input.tags[0]",
    expected: 'Variable "$input" got an invalid value at "input.tags[0]"; field "key" of required type "String!" was not provided.',
  },
  {
    name: "a tag value given a list holding the canary",
    source: USER_GROUP,
    input: { ...GROUP_INPUT, tags: [{ key: "k", value: [CANARY] }] },
    path: "input.tags[0].value",
    expected: 'Variable "$input" got an invalid value at "input.tags[0].value"; the value is not a valid String.',
  },
];

const withoutInputValues = (message: string) => rewrite(message, schemaFacts(schema));

describe("withoutInputValues: variable coercion errors from graphql-js", () => {
  it.each(variableCases)("$name", async ({ source, input, path, expected }) => {
    const original = await messageOf(source, { input });
    expect(original, "graphql-js repeats the value, so the case is meaningful").toContain(CANARY);
    if (path) expect(original).toContain(`at "${path}"`);

    const rewritten = withoutInputValues(original);
    expect(rewritten).not.toContain(CANARY);
    expect(rewritten).not.toContain("CANARY");
    expect(rewritten).toContain('"$input"');
    if (path) expect(rewritten).toContain(`at "${path}"`);
    else expect(rewritten).not.toContain(" at ");
    expect(reasonOf(rewritten).length, "keeps a reason").toBeGreaterThan(0);
    if (expected) expect(rewritten).toBe(expected);
  });

  // graphql-js names the null field without repeating the rest of the input: nothing to remove, but the
  // rewrite must still keep variable, path and reason.
  it("null for a non-null field, with the canary elsewhere in the input", async () => {
    const original = await messageOf(BROKER_USER, { input: { ...BROKER_INPUT, password: CANARY, username: null } });
    expect(original).toBe('Variable "$input" got invalid value null at "input.username"; Expected non-nullable type "String!" not to be null.');
    expect(withoutInputValues(original)).toBe(
      'Variable "$input" got an invalid value at "input.username"; expected non-nullable type "String!" not to be null.',
    );
  });

  it("null for a non-null list item, with the canary elsewhere in the input", async () => {
    const original = await messageOf(BROKER_USER, { input: { ...BROKER_INPUT, password: CANARY, groups: ["a", null] } });
    expect(withoutInputValues(original)).toBe(
      'Variable "$input" got an invalid value at "input.groups[1]"; expected non-nullable type "String!" not to be null.',
    );
  });

  it("rewrites every error when graphql-js reports several for one variable", async () => {
    const originals = await messagesOf(BROKER_USER, { input: { brokerId: CANARY, password: [CANARY], consoleAccess: CANARY } });
    expect(originals.length).toBeGreaterThan(1);
    for (const original of originals) {
      expect(original).toContain(CANARY);
      const rewritten = withoutInputValues(original);
      expect(rewritten).not.toContain(CANARY);
      expect(rewritten).toMatch(/^Variable "\$input" got an invalid value/);
      expect(reasonOf(rewritten).length).toBeGreaterThan(0);
    }
  });

  it("names a variable other than $input", async () => {
    const source = `mutation ($brokerUser: CreateBrokerUserInput!) { createBrokerUser(input: $brokerUser) }`;
    const original = await messageOf(source, { brokerUser: { ...BROKER_INPUT, password: [CANARY] } });
    expect(withoutInputValues(original)).toBe('Variable "$brokerUser" got an invalid value at "brokerUser.password"; the value is not a valid String.');
  });

  it("a value with a newline in it", async () => {
    const original = await messageOf(BROKER_USER, { input: { ...BROKER_INPUT, password: [`line one\n${CANARY}\nline three`] } });
    expect(original).toContain(CANARY);
    expect(withoutInputValues(original)).toBe('Variable "$input" got an invalid value at "input.password"; the value is not a valid String.');
  });
});

/**
 * Object keys are part of the value too, and graphql-js prints them without quotes. A key that looks
 * like the message's own framing must not be taken for it.
 */
describe("withoutInputValues: values that mimic the message's framing", () => {
  it("a key that looks like a path does not replace the real path", async () => {
    const original = await messageOf(BROKER_USER, { input: { ...BROKER_INPUT, password: { [` at "input.${CANARY_NAME}"; `]: 1 } } });
    expect(original).toContain(CANARY_NAME);
    const rewritten = withoutInputValues(original);
    expect(rewritten).not.toContain(CANARY_NAME);
    expect(rewritten).toBe('Variable "$input" got an invalid value at "input.password"; the value is not a valid String.');
  });

  it("a key that looks like a reason does not replace the real reason", async () => {
    const original = await messageOf(BROKER_USER, {
      input: { ...BROKER_INPUT, password: { [`; ${CANARY_NAME} cannot represent non-x value: `]: 1 } },
    });
    expect(original).toContain(CANARY_NAME);
    const rewritten = withoutInputValues(original);
    expect(rewritten).not.toContain(CANARY_NAME);
    expect(rewritten).toBe('Variable "$input" got an invalid value at "input.password"; the value is not a valid String.');
  });
});

interface LiteralCase {
  readonly name: string;
  readonly source: string;
  /** The canary as it appears in the literal. */
  readonly canary: string;
  readonly expected: string;
}

const literalCases: LiteralCase[] = [
  {
    name: "password given a list literal holding the canary",
    source: `mutation { createBrokerUser(input: { brokerId: "b", username: "u", password: ["${CANARY}"] }) }`,
    canary: CANARY,
    expected: "String cannot represent this value.",
  },
  {
    name: "password given an object literal holding the canary",
    source: `mutation { createBrokerUser(input: { brokerId: "b", username: "u", password: { value: "${CANARY}" } }) }`,
    canary: CANARY,
    expected: "String cannot represent this value.",
  },
  {
    name: "password given a block string holding the canary across lines",
    source: `mutation { createBrokerUser(input: { brokerId: "b", username: "u", password: ["""\n  x\n  ${CANARY}\n"""] }) }`,
    canary: CANARY,
    expected: "String cannot represent this value.",
  },
  {
    name: "consoleAccess, a Boolean, given the canary string",
    source: `mutation { createBrokerUser(input: { brokerId: "b", username: "u", password: "p", consoleAccess: "${CANARY}" }) }`,
    canary: CANARY,
    expected: "Boolean cannot represent this value.",
  },
  {
    name: "engine given an enum literal that is not a member",
    source: `mutation { createUserGroup(input: { userGroupId: "g", engine: ${CANARY_NAME} }) }`,
    canary: CANARY_NAME,
    expected: 'The value is not a member of enum "Engine" (VALKEY, REDIS).',
  },
  {
    name: "engine given the canary as a string literal",
    source: `mutation { createUserGroup(input: { userGroupId: "g", engine: "${CANARY}" }) }`,
    canary: CANARY,
    expected: 'Enum "Engine" (VALKEY, REDIS) cannot represent this value.',
  },
  {
    name: "engine given a list literal holding the canary",
    source: `mutation { createUserGroup(input: { userGroupId: "g", engine: ["${CANARY}"] }) }`,
    canary: CANARY,
    expected: 'Enum "Engine" (VALKEY, REDIS) cannot represent this value.',
  },
  {
    name: "the whole input given as the canary string (Expected value of type)",
    source: `mutation { createBrokerUser(input: "${CANARY}") }`,
    canary: CANARY,
    expected: 'Expected a value of type "CreateBrokerUserInput!".',
  },
  {
    name: "a tag given as the canary string (Expected value of type)",
    source: `mutation { createUserGroup(input: { userGroupId: "g", engine: REDIS, tags: ["${CANARY}"] }) }`,
    canary: CANARY,
    expected: 'Expected a value of type "TagInput!".',
  },
  {
    name: "the whole input given as a list of objects holding the canary (Expected value of type)",
    source: `mutation { createBrokerUser(input: [{ password: "${CANARY}" }]) }`,
    canary: CANARY,
    expected: 'Expected a value of type "CreateBrokerUserInput".',
  },
];

describe("withoutInputValues: inline literals rejected by validation", () => {
  it.each(literalCases)("$name", async ({ source, canary, expected }) => {
    const original = await messageOf(source);
    expect(original, "graphql-js repeats the literal, so the case is meaningful").toContain(canary);

    const rewritten = withoutInputValues(original);
    expect(rewritten).not.toContain(canary);
    expect(rewritten).not.toContain("CANARY");
    expect(rewritten.length, "keeps a reason").toBeGreaterThan(0);
    expect(rewritten).toBe(expected);
  });

  it("keeps a literal error that names no value", async () => {
    const original = await messageOf(`mutation { createBrokerUser(input: { brokerId: "b", password: "${CANARY}" }) }`);
    expect(original).toBe('Field "CreateBrokerUserInput.username" of required type "String!" was not provided.');
    expect(withoutInputValues(original)).toBe(original);
  });

  it("an extra literal field is named, its value is not repeated", async () => {
    const original = await messageOf(`mutation { createBrokerUser(input: { brokerId: "b", username: "u", password: "p", extra: "${CANARY}" }) }`);
    expect(original).not.toContain(CANARY);
    expect(withoutInputValues(original)).toBe(original);
  });
});

describe("withoutInputValues: messages without values pass unchanged", () => {
  it.each([
    'Cannot query field "x" on type "Query".',
    'Cannot query field "y" on type "Query". Did you mean "ping"?',
    'Syntax Error: Expected Name, found "}".',
    'Variable "$input" of required type "CreateBrokerUserInput!" was not provided.',
    'Variable "$input" of non-null type "CreateBrokerUserInput!" must not be null.',
    'Unknown type "Nope".',
    "Authentication required: send a bearer token or an API key.",
    "",
  ])("%j", (message) => {
    expect(withoutInputValues(message)).toBe(message);
  });

  it.each([
    ["{ x }", undefined],
    [`mutation ($input: CreateBrokerUserInput!) { createBrokerUser(input: $input) }`, {}],
    [`mutation ($input: CreateBrokerUserInput!) { createBrokerUser(input: $input) }`, { input: null }],
    [`mutation ($input: Nope!) { createBrokerUser(input: $input) }`, {}],
  ] as const)("graphql-js's own message for %s passes unchanged", async (source, variables) => {
    const original = await messageOf(source, variables);
    expect(withoutInputValues(original)).toBe(original);
  });
});

describe("withoutSuggestions", () => {
  /** An interface, so that graphql-js suggests an inline fragment. */
  const nodes = buildSchema(`interface Node { id: ID } type Group implements Node { id: ID, engine: String } type Query { node: Node }`);

  it.each([
    ["a field", () => messageOf("{ pnig }"), 'Cannot query field "pnig" on type "Query".'],
    [
      "an enum value",
      () => messageOf('mutation { createUserGroup(input: { userGroupId: "g", engine: VALKEYY }) }'),
      'Value "VALKEYY" does not exist in "Engine" enum.',
    ],
    [
      "an enum value in variables",
      () => messageOf(USER_GROUP, { input: { ...GROUP_INPUT, engine: "VALKEYY" } }),
      'Variable "$input" got invalid value "VALKEYY" at "input.engine"; Value "VALKEYY" does not exist in "Engine" enum.',
    ],
    [
      "an inline fragment",
      async () => (await graphql({ schema: nodes, source: "{ node { engine } }" })).errors![0]!.message,
      'Cannot query field "engine" on type "Node".',
    ],
  ])("drops graphql-js's suggestion of %s", async (_, message, expected) => {
    const original = await message();
    expect(original).toMatch(/ Did you mean .+\?$/);
    expect(withoutSuggestions(original)).toBe(expected);
  });

  it.each([
    'Cannot query field "x" on type "Query".',
    'Variable "$input" got invalid value "Did you mean x?" at "input.userGroupId"; String cannot represent a non string value.',
    'Value "a Did you mean" does not exist in "Engine" enum.',
  ])("leaves %j as it is", (message) => {
    expect(withoutSuggestions(message)).toBe(message);
  });
});

/**
 * Schema facts are said, submitted values never: an enum's values always, graphql-js's suggestions (names
 * of the schema) when they reach the rewrite (GATEWAY_FIELD_SUGGESTIONS on: mask-errors.ts strips them
 * first otherwise), and a key the client sent only when it is a GraphQL name of at most 64 characters.
 */
describe("withoutInputValues: schema facts", () => {
  const offSuggestions = (message: string) => withoutInputValues(withoutSuggestions(message));

  it("an enum value misspelt in variables: the enum's values, and graphql-js's suggestion when on", async () => {
    const original = await messageOf(USER_GROUP, { input: { ...GROUP_INPUT, engine: "valky" } });
    expect(original).toMatch(/Did you mean the enum value "VALKEY"\?$/);
    expect(withoutInputValues(original)).toBe(
      'Variable "$input" got an invalid value at "input.engine"; the value is not a member of enum "Engine" (VALKEY, REDIS). Did you mean the enum value "VALKEY"?',
    );
    expect(offSuggestions(original)).toBe(
      'Variable "$input" got an invalid value at "input.engine"; the value is not a member of enum "Engine" (VALKEY, REDIS).',
    );
  });

  it.each([
    [
      "an enum literal",
      `mutation { createUserGroup(input: { userGroupId: "g", engine: valkey }) }`,
      'The value is not a member of enum "Engine" (VALKEY, REDIS).',
    ],
    [
      "a string literal for an enum",
      `mutation { createUserGroup(input: { userGroupId: "g", engine: "valkey" }) }`,
      'Enum "Engine" (VALKEY, REDIS) cannot represent this value.',
    ],
  ])("%s misspelt in the document: the enum's values, and the suggestion when on", async (_, source, expected) => {
    const original = await messageOf(source);
    expect(original).toMatch(/Did you mean the enum value "VALKEY"\?$/);
    expect(withoutInputValues(original)).toBe(`${expected} Did you mean the enum value "VALKEY"?`);
    expect(offSuggestions(original)).toBe(expected);
  });

  it("a misspelt input field in variables keeps its name and graphql-js's suggestion when on", async () => {
    const originals = await messagesOf(USER_GROUP, { input: { userGroupID: CANARY, engine: "REDIS" } });
    const rewritten = originals.map(withoutInputValues);
    expect(rewritten).toContain(
      'Variable "$input" got an invalid value; field "userGroupID" is not defined by type "CreateUserGroupInput". Did you mean "userGroupId"?',
    );
    expect(originals.map(offSuggestions)).toContain(
      'Variable "$input" got an invalid value; field "userGroupID" is not defined by type "CreateUserGroupInput".',
    );
    for (const message of rewritten) expect(message).not.toContain(CANARY);
  });

  it("a misspelt field of a nested input keeps its path", async () => {
    const original = await messageOf(USER_GROUP, { input: { ...GROUP_INPUT, tags: [{ key: "k", vaule: CANARY }] } });
    expect(withoutInputValues(original)).toBe(
      'Variable "$input" got an invalid value at "input.tags[0]"; field "vaule" is not defined by type "TagInput". Did you mean "value"?',
    );
  });

  it.each([
    ["holds characters a GraphQL name cannot", CANARY],
    ["holds a space and quotes", `pass "word ${CANARY_NAME}`],
    ["is longer than 64 characters", `${CANARY_NAME}_${"x".repeat(60)}`],
    ["imitates the message's closing", `${CANARY_NAME}" is not defined by type "TagInput". Did you mean "key"?`],
  ])("a key that %s is not repeated", async (_, key) => {
    const originals = await messagesOf(BROKER_USER, { input: { ...BROKER_INPUT, [key]: CANARY } });
    const rewritten = originals.map(withoutInputValues);
    expect(originals.join("\n")).toContain(key);
    expect(rewritten).toContain('Variable "$input" got an invalid value; a field not defined by type "CreateBrokerUserInput" was given.');
    expect(rewritten.join("\n")).not.toContain("CANARY");
  });

  it("keeps the suggestion for a key that is not repeated: the suggestion is a schema name", async () => {
    const original = await messageOf(USER_GROUP, { input: { ...GROUP_INPUT, "userGroup-Id": "g" } });
    expect(original).toMatch(/Did you mean "userGroupId"\?$/);
    expect(withoutInputValues(original)).toBe(
      'Variable "$input" got an invalid value; a field not defined by type "CreateUserGroupInput" was given. Did you mean "userGroupId"?',
    );
  });

  it("a password of the wrong type next to a misspelt field: the password is never repeated", async () => {
    const originals = await messagesOf(BROKER_USER, { input: { brokerId: "b-1", usernme: "u", password: [CANARY] } });
    const rewritten = originals.map(withoutInputValues);
    expect(originals.join("\n")).toContain(CANARY);
    expect(rewritten.join("\n")).not.toContain(CANARY);
    expect(rewritten).toContain(
      'Variable "$input" got an invalid value; field "usernme" is not defined by type "CreateBrokerUserInput". Did you mean "username"?',
    );
  });
});

describe("suggestionIn", () => {
  it("keeps only names that are in the schema's list, worded as graphql-js words them", () => {
    const allowed = ["VALKEY", "REDIS"];
    expect(suggestionIn('x. Did you mean the enum value "SECRET" or "VALKEY"?', allowed)).toBe(' Did you mean the enum value "VALKEY"?');
    expect(suggestionIn('x. Did you mean "REDIS", "SECRET", or "VALKEY"?', allowed)).toBe(' Did you mean "REDIS" or "VALKEY"?');
    expect(suggestionIn('x. Did you mean "SECRET"?', allowed)).toBe("");
    expect(suggestionIn("x.", allowed)).toBe("");
    expect(suggestionIn('x. Did you mean "VALKEY"?', undefined)).toBe("");
  });
});
