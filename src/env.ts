import { ConfigError } from "./config-error";

/** Readers of one environment variable each. Empty means unset; a bad value is a ConfigError naming the variable. */
export type Env = NodeJS.ProcessEnv;

const isSet = (value: string | undefined): value is string => value !== undefined && value !== "";

export function integer(env: Env, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = env[name];
  if (!isSet(value)) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number ${max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`}`);
  }
  return n;
}

export function boolean(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (!isSet(value)) return fallback;
  if (value === "true") return true;
  if (value === "false") return false;
  throw new ConfigError(`${name} must be "true" or "false"`);
}

export function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = env[name];
  if (!isSet(value)) return fallback;
  if (!allowed.includes(value as T)) throw new ConfigError(`${name} must be one of ${allowed.map((a) => `"${a}"`).join(", ")}`);
  return value as T;
}

export function text(env: Env, name: string, pattern?: { test: RegExp; rule: string }): string | undefined {
  const value = env[name];
  if (!isSet(value)) return undefined;
  if (value.trim() === "") throw new ConfigError(`${name} must not be blank`);
  if (pattern && !pattern.test.test(value)) throw new ConfigError(`${name} must be ${pattern.rule}`);
  return value;
}

/** A comma-separated list; blanks between commas are dropped. */
export const list = (env: Env, name: string): string[] =>
  (text(env, name) ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
