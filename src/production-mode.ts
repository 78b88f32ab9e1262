import type { Config } from "./config";

/** What production mode turns off, and the variable that turns each back on. */
const FEATURES = [
  ["playground", "GATEWAY_PLAYGROUND", (c: ModeConfig) => c.playground],
  ["introspection", "GATEWAY_INTROSPECTION", (c: ModeConfig) => c.graphql.introspection],
  ["field suggestions", "GATEWAY_FIELD_SUGGESTIONS", (c: ModeConfig) => c.graphql.fieldSuggestions],
] as const;

type ModeConfig = Pick<Config, "production" | "playground" | "graphql">;

/**
 * The start-up line of production mode: what is off and how to turn each on, e.g. `production mode:
 * playground off (GATEWAY_PLAYGROUND=true turns it on), introspection off (GATEWAY_INTROSPECTION=true)`.
 * Undefined outside production mode, where all of them are on unless turned off.
 */
export function productionModeLine(config: ModeConfig): string | undefined {
  if (!config.production) return undefined;
  const off = FEATURES.filter(([, , on]) => !on(config)).map(([name, variable], i) => `${name} off (${variable}=true${i === 0 ? " turns it on" : ""})`);
  return `production mode: ${off.length > 0 ? off.join(", ") : "playground, introspection and field suggestions turned on"}`;
}
