import type { Config } from "./config";

type ModeConfig = Pick<Config, "production" | "playground" | "graphql" | "http">;

/** What production mode turns off, and the setting that turns each back on. */
const FEATURES = [
  ["playground", "GATEWAY_PLAYGROUND=true", (c: ModeConfig) => c.playground],
  ["introspection", "GATEWAY_INTROSPECTION=true", (c: ModeConfig) => c.graphql.introspection],
  ["field suggestions", "GATEWAY_FIELD_SUGGESTIONS=true", (c: ModeConfig) => c.graphql.fieldSuggestions],
  ["browser origins (CORS)", "GATEWAY_CORS_ORIGINS=https://app.example.com", (c: ModeConfig) => c.http.corsOrigins.length > 0],
] as const;

/**
 * The start-up line of production mode: what is off and how to turn each on, e.g. `production mode:
 * playground off (GATEWAY_PLAYGROUND=true turns it on), introspection off (GATEWAY_INTROSPECTION=true)`.
 * Undefined outside production mode, where all of them are on unless turned off.
 */
export function productionModeLine(config: ModeConfig): string | undefined {
  if (!config.production) return undefined;
  const off = FEATURES.filter(([, , on]) => !on(config)).map(([name, setting], i) => `${name} off (${setting}${i === 0 ? " turns it on" : ""})`);
  return `production mode: ${off.length > 0 ? off.join(", ") : "playground, introspection, field suggestions and browser origins turned on"}`;
}
