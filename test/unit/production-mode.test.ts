import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/config";
import { productionModeLine } from "../../src/production-mode";

describe("productionModeLine", () => {
  it("names what production mode turned off and the variable that turns each on", () => {
    expect(productionModeLine(readConfig({ NODE_ENV: "production" }))).toBe(
      "production mode: playground off (GATEWAY_PLAYGROUND=true turns it on), introspection off (GATEWAY_INTROSPECTION=true), field suggestions off (GATEWAY_FIELD_SUGGESTIONS=true), browser origins (CORS) off (GATEWAY_CORS_ORIGINS=https://app.example.com)",
    );
  });

  it("leaves out what a variable turned on", () => {
    expect(productionModeLine(readConfig({ NODE_ENV: "production", GATEWAY_INTROSPECTION: "true" }))).toBe(
      "production mode: playground off (GATEWAY_PLAYGROUND=true turns it on), field suggestions off (GATEWAY_FIELD_SUGGESTIONS=true), browser origins (CORS) off (GATEWAY_CORS_ORIGINS=https://app.example.com)",
    );
    const allOn = {
      NODE_ENV: "production",
      GATEWAY_PLAYGROUND: "true",
      GATEWAY_INTROSPECTION: "true",
      GATEWAY_FIELD_SUGGESTIONS: "true",
      GATEWAY_CORS_ORIGINS: "https://app.example.com",
    };
    expect(productionModeLine(readConfig(allOn))).toBe("production mode: playground, introspection, field suggestions and browser origins turned on");
  });

  it("says nothing in development", () => {
    expect(productionModeLine(readConfig({}))).toBeUndefined();
    expect(productionModeLine(readConfig({ GATEWAY_PLAYGROUND: "false" }))).toBeUndefined();
  });
});
