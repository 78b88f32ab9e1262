/**
 * graphql-js repeats rejected input values in its messages (a password sent with the wrong type, or a
 * whole input object missing a field). These rewrites keep the variable, the path and the reason, and
 * drop every value. The reasons are graphql-js's finite set; an unknown one becomes a generic reason.
 */
const VARIABLE = /^Variable "(\$[A-Za-z_][A-Za-z0-9_]*)" got invalid value /;
const PATH = / at "([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*)"; /;

const REASONS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/; Expected type "([\w!\[\]]+)" to be an object\.$/, (m) => `expected type "${m[1]}" to be an object.`],
  [/; Field "(\w+)" of required type "([\w!\[\]]+)" was not provided\.$/, (m) => `field "${m[1]}" of required type "${m[2]}" was not provided.`],
  [/; Field "(\w+)" is not defined by type "(\w+)"\.(?: Did you mean [\w", ]+\?)?$/, (m) => `field "${m[1]}" is not defined by type "${m[2]}".`],
  [/; Expected non-nullable type "([\w!\[\]]+)" not to be null\.$/, (m) => `expected non-nullable type "${m[1]}" not to be null.`],
  [/; (\w+) cannot represent (?:a )?non[- ]?[\w-]+ value: [\s\S]*$/, (m) => `the value is not a valid ${m[1]}.`],
  [/; Value [\s\S]* does not exist in "(\w+)" enum\.[\s\S]*$/, (m) => `the value is not a member of enum "${m[1]}".`],
];

const LITERALS: [RegExp, string][] = [
  [/^(\w+) cannot represent (?:a )?non[- ]?[\w-]+ value: [\s\S]*$/, "$1 cannot represent this value."],
  [/^Value [\s\S]* does not exist in "(\w+)" enum\.[\s\S]*$/, 'The value is not a member of enum "$1".'],
  [/^Expected value of type "([\w!\[\]]+)", found [\s\S]*$/, 'Expected a value of type "$1".'],
];

export function withoutInputValues(message: string): string {
  const variable = VARIABLE.exec(message);
  if (variable) {
    const path = PATH.exec(message);
    const reason = REASONS.map(([re, say]) => [message.match(re), say] as const).find(([m]) => m);
    const why = reason ? reason[1](reason[0]!) : "it does not match the variable's type.";
    return `Variable "${variable[1]}" got an invalid value${path ? ` at "${path[1]}"` : ""}; ${why}`;
  }
  for (const [re, replacement] of LITERALS) if (re.test(message)) return message.replace(re, replacement);
  return message;
}
