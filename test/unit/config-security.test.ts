import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/config";
import { ConfigError } from "../../src/config-error";

const JWT = { GATEWAY_JWT_JWKS_FILE: "jwks.json", GATEWAY_JWT_ISSUER: "https://issuer.example", GATEWAY_JWT_AUDIENCE: "access-gateway" };

function rejects(env: NodeJS.ProcessEnv, ...named: string[]): void {
  expect(() => readConfig(env)).toThrow(ConfigError);
  try {
    readConfig(env);
  } catch (error) {
    for (const name of named) expect((error as Error).message).toContain(name);
  }
}

describe("readConfig: authentication", () => {
  it("refuses the aws backend with no authentication and no explicit anonymous opt-in", () => {
    rejects({ GATEWAY_BACKEND: "aws" }, "GATEWAY_BACKEND=aws", "GATEWAY_ALLOW_ANONYMOUS");
  });

  it.each([
    [{ GATEWAY_BACKEND: "aws", ...JWT }, false],
    [{ GATEWAY_BACKEND: "aws", GATEWAY_API_KEYS_FILE: "keys.json" }, false],
    [{ GATEWAY_BACKEND: "aws", GATEWAY_ALLOW_ANONYMOUS: "true" }, true],
    [{}, true],
    [{ ...JWT }, false],
  ])("%j: anonymous is %s", (env, anonymous) => {
    expect(readConfig(env).auth.anonymous).toBe(anonymous);
  });

  it("reads the JWT settings", () => {
    expect(readConfig(JWT).auth.jwt).toEqual({ jwksFile: "jwks.json", jwksUrl: undefined, issuer: "https://issuer.example", audience: "access-gateway" });
  });

  it.each([
    [{ GATEWAY_JWT_JWKS_FILE: "jwks.json" }, "GATEWAY_JWT_ISSUER"],
    [{ ...JWT, GATEWAY_JWT_AUDIENCE: "" }, "GATEWAY_JWT_AUDIENCE"],
    [{ ...JWT, GATEWAY_JWT_JWKS_URL: "https://idp.example/jwks" }, "not both"],
    [{ GATEWAY_JWT_JWKS_URL: "ftp://x", GATEWAY_JWT_ISSUER: "i", GATEWAY_JWT_AUDIENCE: "a" }, "GATEWAY_JWT_JWKS_URL"],
    [{ ...JWT, GATEWAY_ALLOW_ANONYMOUS: "true" }, "GATEWAY_ALLOW_ANONYMOUS"],
    [{ GATEWAY_ALLOW_ANONYMOUS: "yes" }, "GATEWAY_ALLOW_ANONYMOUS"],
  ])("rejects %j", (env, named) => rejects(env, named));
});

describe("readConfig: production defaults and limits", () => {
  it("turns introspection and field suggestions off in production unless enabled", () => {
    expect(readConfig({ NODE_ENV: "production" }).graphql).toMatchObject({ introspection: false, fieldSuggestions: false });
    expect(readConfig({ NODE_ENV: "production", GATEWAY_INTROSPECTION: "true", GATEWAY_FIELD_SUGGESTIONS: "true" }).graphql).toMatchObject({
      introspection: true,
      fieldSuggestions: true,
    });
    expect(readConfig({ GATEWAY_INTROSPECTION: "false" }).graphql.introspection).toBe(false);
  });

  it("allows loopback CORS origins in development only, and only while GATEWAY_CORS_ORIGINS is unset", () => {
    expect(readConfig({}).http).toMatchObject({ corsOrigins: [], corsLoopback: true });
    expect(readConfig({ NODE_ENV: "production" }).http).toMatchObject({ corsOrigins: [], corsLoopback: false });
    expect(readConfig({ GATEWAY_CORS_ORIGINS: "https://app.example.com" }).http).toMatchObject({
      corsOrigins: ["https://app.example.com"],
      corsLoopback: false,
    });
  });

  it("turns the playground off in production unless enabled; metrics stay on unless disabled", () => {
    expect(readConfig({ NODE_ENV: "production" })).toMatchObject({ playground: false, metrics: true });
    expect(readConfig({ NODE_ENV: "production", GATEWAY_PLAYGROUND: "true", GATEWAY_METRICS: "false" })).toMatchObject({ playground: true, metrics: false });
  });

  it("reads every limit", () => {
    const config = readConfig({
      GATEWAY_BODY_LIMIT_BYTES: "2048",
      GATEWAY_REQUEST_TIMEOUT_MS: "1000",
      GATEWAY_HEADERS_TIMEOUT_MS: "500",
      GATEWAY_KEEP_ALIVE_TIMEOUT_MS: "700",
      GATEWAY_MAX_CONCURRENT_REQUESTS: "3",
      GATEWAY_LISTEN_BACKLOG: "64",
      GATEWAY_SHUTDOWN_TIMEOUT_MS: "0",
      GATEWAY_MAX_AWS_CALLS_PER_OPERATION: "2",
      GATEWAY_MAX_OPERATION_COST: "20000",
      GATEWAY_RATE_LIMIT_PER_MINUTE: "0",
      GATEWAY_RATE_LIMIT_BURST: "5",
      GATEWAY_CORS_ORIGINS: "https://app.example.com, http://localhost:5173",
      LOG_LEVEL: "warn",
    });
    expect(config.http).toEqual({
      bodyLimitBytes: 2048,
      requestTimeoutMs: 1000,
      headersTimeoutMs: 500,
      keepAliveTimeoutMs: 700,
      maxConcurrentRequests: 3,
      listenBacklog: 64,
      corsOrigins: ["https://app.example.com", "http://localhost:5173"],
      corsLoopback: false,
      shutdownTimeoutMs: 0,
    });
    expect(config.graphql).toMatchObject({ maxAwsCallsPerOperation: 2, maxCost: 20000 });
    expect(config.rateLimit).toEqual({ perMinute: 0, burst: 5 });
    expect(config.logLevel).toBe("warn");
  });

  it.each([
    ["GATEWAY_BODY_LIMIT_BYTES", "100"],
    ["GATEWAY_MAX_CONCURRENT_REQUESTS", "0"],
    ["GATEWAY_LISTEN_BACKLOG", "0"],
    ["GATEWAY_LISTEN_BACKLOG", "70000"],
    ["GATEWAY_MAX_AWS_CALLS_PER_OPERATION", "0"],
    ["GATEWAY_MAX_OPERATION_COST", "0"],
    ["GATEWAY_MAX_OPERATION_COST", "1e4"],
    ["GATEWAY_RATE_LIMIT_BURST", "-1"],
    ["GATEWAY_REQUEST_TIMEOUT_MS", "soon"],
    ["GATEWAY_CORS_ORIGINS", "*"],
    ["GATEWAY_CORS_ORIGINS", "https://app.example.com/path"],
    ["LOG_LEVEL", "loud"],
  ])("rejects %s=%j, naming it", (name, value) => rejects({ [name]: value }, name));

  it("keeps the headers timeout within the request timeout", () => {
    expect(readConfig({ GATEWAY_REQUEST_TIMEOUT_MS: "4000" }).http).toMatchObject({ requestTimeoutMs: 4000, headersTimeoutMs: 4000 });
    rejects({ GATEWAY_REQUEST_TIMEOUT_MS: "4000", GATEWAY_HEADERS_TIMEOUT_MS: "5000" }, "GATEWAY_HEADERS_TIMEOUT_MS", "GATEWAY_REQUEST_TIMEOUT_MS");
  });
});
