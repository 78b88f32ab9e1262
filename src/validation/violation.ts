/** Stable, machine-readable names of the input rules and what each checks: the schema's enum InputConstraint. */
export const CONSTRAINTS = {
  MIN_LENGTH: "The value is shorter than the rule's minimum (in characters).",
  MAX_LENGTH: "The value is longer than the rule's maximum (in characters).",
  PATTERN: "The value has characters or a shape the rule does not allow.",
  MIN_ITEMS: "The list has fewer items than the rule's minimum.",
  MAX_ITEMS: "The list has more items than the rule's maximum.",
  MIN_DISTINCT_CHARACTERS: "The value has too few different characters.",
  FORBIDDEN_CHARACTERS: "The value contains a character the rule forbids.",
  RESERVED_PREFIX: "The value starts with a prefix AWS reserves.",
  MUTUALLY_EXCLUSIVE: "Two fields are set that cannot be set together.",
  RANGE: "The number is outside the rule's range.",
  CURSOR: "The cursor was not given by this list, or was altered.",
  REQUIRED_ONE_OF: "None of the fields is set, and at least one must be.",
} as const;

export type Constraint = keyof typeof CONSTRAINTS;

/** One broken rule. Messages name the field and the rule, never the rejected value. */
export interface Violation {
  readonly path: readonly string[];
  readonly message: string;
  readonly constraint: Constraint;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Length in characters (code points), as AWS counts them; without surrogates that is the UTF-16 length. */
export const characters = (value: string): number => (SURROGATE.test(value) ? [...value].length : value.length);

export function lengthRule(path: readonly string[], value: string, min: number, max?: number): Violation | undefined {
  const n = characters(value);
  if (n < min) return { path, constraint: "MIN_LENGTH", message: `${path.join(".")} must be at least ${min} character${min === 1 ? "" : "s"} long.` };
  if (max !== undefined && n > max) return { path, constraint: "MAX_LENGTH", message: `${path.join(".")} must be at most ${max} characters long.` };
  return undefined;
}

export function patternRule(path: readonly string[], value: string, pattern: RegExp, description: string): Violation | undefined {
  return pattern.test(value) ? undefined : { path, constraint: "PATTERN", message: `${path.join(".")} ${description}.` };
}

/** The first violation of a field's rules: a value too short to match a pattern is reported once. */
export const firstOf = (...checks: (() => Violation | undefined)[]): Violation | undefined => {
  for (const check of checks) {
    const violation = check();
    if (violation) return violation;
  }
  return undefined;
};
