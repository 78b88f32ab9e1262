import { isInputObjectType, type GraphQLSchema } from "graphql";

/**
 * graphql-js repeats rejected input values in its messages (a password sent with the wrong type, or a
 * whole input object missing a field). These rewrites keep the variable, the path and the reason, and
 * drop every value. The reasons are graphql-js's finite set; an unknown one becomes a generic reason.
 * A value is printed before the path and may imitate one, so a path is kept only when every segment
 * after the variable is an input field name of the schema.
 */
const VARIABLE = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" got invalid value /;
const PATHS = / at "([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*)"; /g;
const SCALAR = "(String|Boolean|Int|Float|ID|Enum \"\\w+\")";

const REASONS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/; Expected type "([\w!\[\]]+)" to be an object\.$/, (m) => `expected type "${m[1]}" to be an object.`],
  [/; Field "(\w+)" of required type "([\w!\[\]]+)" was not provided\.$/, (m) => `field "${m[1]}" of required type "${m[2]}" was not provided.`],
  [/; Field "(\w+)" is not defined by type "(\w+)"\.(?: Did you mean [\w", ]+\?)?$/, (m) => `field "${m[1]}" is not defined by type "${m[2]}".`],
  [/; Expected non-nullable type "([\w!\[\]]+)" not to be null\.$/, (m) => `expected non-nullable type "${m[1]}" not to be null.`],
  [new RegExp(`; ${SCALAR} cannot represent (?:a )?non[- ]?[\\w-]+ value: [\\s\\S]*$`), (m) => `the value is not a valid ${m[1]}.`],
  // Anchored at the end, without a leading wildcard: a value full of "; Value " must not make this quadratic.
  [/ does not exist in "(\w+)" enum\.(?: Did you mean [\w", ]+\?)?$/, (m) => `the value is not a member of enum "${m[1]}".`],
];

const LITERALS: [RegExp, string][] = [
  [new RegExp(`^${SCALAR} cannot represent (?:a )?non[- ]?[\\w-]+ value: [\\s\\S]*$`), "$1 cannot represent this value."],
  [/^Value [\s\S]* does not exist in "(\w+)" enum\.[\s\S]*$/, 'The value is not a member of enum "$1".'],
  [/^Expected value of type "([\w!\[\]]+)", found [\s\S]*$/, 'Expected a value of type "$1".'],
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

/** Every input field name of the schema: the only words a reported path may contain. */
export function inputFieldNames(schema: GraphQLSchema): ReadonlySet<string> {
  const names = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) if (isInputObjectType(type)) for (const name of Object.keys(type.getFields())) names.add(name);
  return names;
}

export function withoutInputValues(message: string, fields: ReadonlySet<string>): string {
  const variable = VARIABLE.exec(message);
  if (variable) {
    const path = [...message.matchAll(PATHS)].map((m) => m[1]!).find((p) => isFieldPath(p, variable[1]!, fields));
    const why = firstReason(message) ?? "it does not match the variable's type.";
    return `Variable "$${variable[1]}" got an invalid value${path ? ` at "${path}"` : ""}; ${why}`;
  }
  for (const [re, replacement] of LITERALS) if (re.test(message)) return message.replace(re, replacement);
  return message;
}

function firstReason(message: string): string | undefined {
  for (const [re, say] of REASONS) {
    const match = message.match(re);
    if (match) return say(match);
  }
  return undefined;
}

function isFieldPath(path: string, variable: string, fields: ReadonlySet<string>): boolean {
  const [head, ...rest] = path.split(/\.|(?=\[)/);
  return head === variable && rest.every((segment) => /^\[\d+\]$/.test(segment) || fields.has(segment));
}
