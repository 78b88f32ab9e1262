/** Stable, machine-readable names of the input rules; documented in the README. */
export type Constraint =
  | "MIN_LENGTH"
  | "MAX_LENGTH"
  | "PATTERN"
  | "MIN_ITEMS"
  | "MAX_ITEMS"
  | "MIN_DISTINCT_CHARACTERS"
  | "FORBIDDEN_CHARACTERS"
  | "RESERVED_PREFIX"
  | "MUTUALLY_EXCLUSIVE";

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
