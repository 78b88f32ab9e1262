import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/config";
import { productionModeLine } from "../../src/production-mode";

describe("productionModeLine", () => {
  it("names what production mode turned off and the variable that turns each on", () => {
    expect(productionModeLine(readConfig({ NODE_ENV: "production" }))).toBe(
      "production mode: playground off (GATEWAY_PLAYGROUND=true turns it on), introspection off (GATEWAY_INTROSPECTION=true), field suggestions off (GATEWAY_FIELD_SUGGESTIONS=true)",
    );
  });

  it("leaves out what a variable turned on", () => {
    expect(productionModeLine(readConfig({ NODE_ENV: "production", GATEWAY_INTROSPECTION: "true" }))).toBe(
      "production mode: playground off (GATEWAY_PLAYGROUND=true turns it on), field suggestions off (GATEWAY_FIELD_SUGGESTIONS=true)",
    );
    const allOn = { NODE_ENV: "production", GATEWAY_PLAYGROUND: "true", GATEWAY_INTROSPECTION: "true", GATEWAY_FIELD_SUGGESTIONS: "true" };
    expect(productionModeLine(readConfig(allOn))).toBe("production mode: playground, introspection and field suggestions turned on");
  });

  it("says nothing in development", () => {
    expect(productionModeLine(readConfig({}))).toBeUndefined();
    expect(productionModeLine(readConfig({ GATEWAY_PLAYGROUND: "false" }))).toBeUndefined();
  });
});
