import { enumValuesOf, type SchemaFacts, suggestionIn } from "./schema-facts";

/**
 * graphql-js repeats rejected input values in its messages (a password sent with the wrong type, or a
 * whole input object missing a field). These rewrites keep the variable, the path and the reason, and
 * drop every value; they add what the schema says (an enum's values) and keep graphql-js's suggestions
 * only as names of the schema. The reasons are graphql-js's finite set; an unknown one becomes a generic
 * reason. A value is printed before the path and may imitate one, so a path is kept only when every
 * segment after the variable is an input field name of the schema.
 */
const VARIABLE = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" got invalid value /;
const PATHS = / at "([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*)"; /g;
const SCALAR = '(String|Boolean|Int|Float|ID|Enum "(\\w+)")';
/**
 * An input object key the client sent that the type does not define is repeated only when it is a
 * GraphQL name of at most 64 characters (a field name got wrong); any other key could hold a value.
 */
const SUBMITTED_KEY = /; Field "([_A-Za-z][_0-9A-Za-z]{0,63})$/;

type Say = (m: RegExpExecArray, facts: SchemaFacts, message: string) => string;

const REASONS: [RegExp, Say][] = [
  [/; Expected type "([\w![\]]+)" to be an object\.$/, (m) => `expected type "${m[1]}" to be an object.`],
  [/; Field "(\w+)" of required type "([\w![\]]+)" was not provided\.$/, (m) => `field "${m[1]}" of required type "${m[2]}" was not provided.`],
  // Anchored at the end, from the closing quote of the key: the key itself is checked on its own.
  [
    /" is not defined by type "(\w+)"\.(?: Did you mean [\w", ]+\?)?$/,
    (m, facts, message) => {
      const key = SUBMITTED_KEY.exec(message.slice(0, m.index))?.[1];
      const field = key === undefined ? `a field not defined by type "${m[1]}" was given.` : `field "${key}" is not defined by type "${m[1]}".`;
      return `${field}${suggestionIn(message, facts.inputTypes.get(m[1]!))}`;
    },
  ],
  [/; Expected non-nullable type "([\w![\]]+)" not to be null\.$/, (m) => `expected non-nullable type "${m[1]}" not to be null.`],
  [
    new RegExp(`; ${SCALAR} cannot represent (?:a )?non[- ]?[\\w-]+ value: [\\s\\S]*$`),
    (m, facts) => `the value is not a valid ${m[1]}${enumValuesOf(facts, m[2])}.`,
  ],
  // Anchored at the end, without a leading wildcard: a value full of "; Value " must not make this quadratic.
  [
    / does not exist in "(\w+)" enum\.(?: Did you mean [\w", ]+\?)?$/,
    (m, facts, message) => `the value is not a member of enum "${m[1]}"${enumValuesOf(facts, m[1])}.${suggestionIn(message, facts.enums.get(m[1]!))}`,
  ],
];

const LITERALS: [RegExp, Say][] = [
  [
    new RegExp(`^${SCALAR} cannot represent (?:a )?non[- ]?[\\w-]+ value: [\\s\\S]*$`),
    (m, facts, message) => `${m[1]}${enumValuesOf(facts, m[2])} cannot represent this value.${suggestionIn(message, m[2] ? facts.enums.get(m[2]) : undefined)}`,
  ],
  [
    /^Value [\s\S]* does not exist in "(\w+)" enum\.[\s\S]*$/,
    (m, facts, message) => `The value is not a member of enum "${m[1]}"${enumValuesOf(facts, m[1])}.${suggestionIn(message, facts.enums.get(m[1]!))}`,
  ],
  [/^Expected value of type "([\w![\]]+)", found [\s\S]*$/, (m) => `Expected a value of type "${m[1]}".`],
];

/**
 * The message without graphql-js's closing `Did you mean ...?`, which names parts of the schema: fields,
 * enum values (`Did you mean the enum value "VALKEY"?`, in variable errors too) and types (`Did you mean
 * to use an inline fragment on "..."?`), in validation and variable errors alike. Checked from the last
 * " Did you mean " only: a scan from each occurrence would be quadratic.
 */
export function withoutSuggestions(message: string): string {
  const at = message.lastIndexOf(" Did you mean ");
  return at >= 0 && /^ Did you mean [\w", ]+\?$/.test(message.slice(at)) ? message.slice(0, at) : message;
}

/** `message` without the input values graphql-js repeats; suggestions it has are kept as schema names. */
export function withoutInputValues(message: string, facts: SchemaFacts): string {
  const variable = VARIABLE.exec(message);
  if (variable) {
    const path = [...message.matchAll(PATHS)].map((m) => m[1]!).find((p) => isFieldPath(p, variable[1]!, facts.inputFields));
    const why = firstReason(REASONS, message, facts) ?? "it does not match the variable's type.";
    return `Variable "$${variable[1]}" got an invalid value${path ? ` at "${path}"` : ""}; ${why}`;
  }
  return firstReason(LITERALS, message, facts) ?? message;
}

function firstReason(reasons: [RegExp, Say][], message: string, facts: SchemaFacts): string | undefined {
  for (const [re, say] of reasons) {
    const match = re.exec(message);
    if (match) return say(match, facts, message);
  }
  return undefined;
}

function isFieldPath(path: string, variable: string, fields: ReadonlySet<string>): boolean {
  const [head, ...rest] = path.split(/\.|(?=\[)/);
  return head === variable && rest.every((segment) => /^\[\d+\]$/.test(segment) || fields.has(segment));
}
