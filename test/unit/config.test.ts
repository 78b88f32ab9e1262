import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/config";
import { ConfigError } from "../../src/config-error";

/** The ConfigError readConfig throws for env; fails the test when it returns instead. */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    readConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`readConfig(${JSON.stringify(env)}) did not throw`);
}

describe("readConfig", () => {
  it("has defaults for an empty environment", () => {
    expect(readConfig({})).toEqual({
      port: 4000,
      host: "127.0.0.1",
      backend: "local",
      region: undefined,
      localSeedPath: undefined,
      localSettleMs: 3000,
      production: false,
      logLevel: "info",
      auth: { jwt: undefined, apiKeysFile: undefined, anonymous: true },
      http: {
        bodyLimitBytes: 65536,
        requestTimeoutMs: 30000,
        headersTimeoutMs: 10000,
        keepAliveTimeoutMs: 5000,
        maxConcurrentRequests: 1000,
        listenBacklog: 4096,
        corsOrigins: [],
        corsLoopback: true,
        shutdownTimeoutMs: 10000,
      },
      graphql: { introspection: true, fieldSuggestions: true, maxAwsCallsPerOperation: 1, maxCost: 7500 },
      rateLimit: { perMinute: 60, burst: 10 },
      subscriptions: { pollMs: 2000, maxSeconds: 900, perCaller: 10, maxOpen: 1000 },
      upstream: { timeoutMs: 10000, attemptTimeoutMs: 3000, maxAttempts: 3, maxInflight: 256, queueTimeoutMs: 1000 },
      playground: true,
      metrics: true,
      subgraph: false,
      redisUrl: undefined,
      idempotency: { ttlSeconds: 86_400, secret: undefined },
      awsCallsPerSecond: { elastiCache: 0, mq: 0 },
      workers: 1,
      shedEventLoopDelayMs: 100,
      tracing: false,
    });
  });

  it("treats empty PORT, GATEWAY_BACKEND and AWS_REGION as unset", () => {
    expect(readConfig({ PORT: "", GATEWAY_BACKEND: "", AWS_REGION: "" })).toEqual(readConfig({}));
  });

  describe("PORT", () => {
    it.each<[string, number]>([
      ["0", 0],
      ["1", 1],
      ["4000", 4000],
      ["8080", 8080],
      ["65535", 65535],
    ])("accepts %j as %d", (PORT, port) => {
      expect(readConfig({ PORT }).port).toBe(port);
    });

    it.each(["abc", "-1", "65536", "1.5", "99999999", " 80", "80 ", "1e3", "0x10", "+1"])("rejects %j, naming PORT", (PORT) => {
      const error = configError({ PORT });
      expect(error.name).toBe("ConfigError");
      expect(error.message).toContain("PORT");
    });
  });

  describe("HOST", () => {
    it.each(["0.0.0.0", "localhost", "::1"])("accepts %j", (HOST) => {
      expect(readConfig({ HOST }).host).toBe(HOST);
    });

    it.each(["  ", "\t\n"])("rejects blank %j, naming HOST", (HOST) => {
      expect(configError({ HOST }).message).toContain("HOST");
    });

    it("takes an empty HOST as unset, like every other variable", () => {
      expect(readConfig({ HOST: "", GATEWAY_LOCAL_SEED: "" })).toMatchObject({ host: "127.0.0.1", localSeedPath: undefined });
    });
  });

  describe("GATEWAY_BACKEND", () => {
    it.each<[string, string]>([
      ["local", "local"],
      ["aws", "aws"],
    ])("accepts %j", (GATEWAY_BACKEND, backend) => {
      expect(readConfig({ GATEWAY_BACKEND, GATEWAY_ALLOW_ANONYMOUS: "true" }).backend).toBe(backend);
    });

    it.each(["AWS", "Local", "mock", " aws", "aws "])("rejects %j, naming GATEWAY_BACKEND", (GATEWAY_BACKEND) => {
      expect(configError({ GATEWAY_BACKEND }).message).toContain("GATEWAY_BACKEND");
    });
  });

  describe("AWS_REGION", () => {
    it.each(["eu-west-1", "us-east-1", "us-gov-west-1", "ap-southeast-2", "cn-northwest-1", "il-central-1", "eusc-de-east-1"])("accepts %j", (AWS_REGION) => {
      expect(readConfig({ AWS_REGION }).region).toBe(AWS_REGION);
    });

    it.each(["Mars", "EU-WEST-1", "eu-west", "euwest1", "eu-west-1a", " eu-west-1"])("rejects %j, naming AWS_REGION", (AWS_REGION) => {
      expect(configError({ AWS_REGION }).message).toContain("AWS_REGION");
    });
  });

  describe("GATEWAY_LOCAL_SETTLE_MS", () => {
    it.each<[string, number]>([
      ["0", 0],
      ["25", 25],
      ["600000", 600_000],
    ])("accepts %j as %d", (GATEWAY_LOCAL_SETTLE_MS, ms) => {
      expect(readConfig({ GATEWAY_LOCAL_SETTLE_MS }).localSettleMs).toBe(ms);
    });

    it.each(["-1", "1.5", "soon", "1e3", " 5"])("rejects %j, naming the variable", (GATEWAY_LOCAL_SETTLE_MS) => {
      expect(configError({ GATEWAY_LOCAL_SETTLE_MS }).message).toBe("GATEWAY_LOCAL_SETTLE_MS must be a whole number of 0 or more");
    });
  });

  describe("GATEWAY_LOCAL_SEED", () => {
    it.each(["/tmp/seed.json", "./seed.json", "seeds/my seed.json"])("passes %j through", (GATEWAY_LOCAL_SEED) => {
      expect(readConfig({ GATEWAY_LOCAL_SEED }).localSeedPath).toBe(GATEWAY_LOCAL_SEED);
    });

    it("rejects a blank path, naming GATEWAY_LOCAL_SEED", () => {
      expect(configError({ GATEWAY_LOCAL_SEED: " " }).message).toContain("GATEWAY_LOCAL_SEED");
    });
  });

  it("reads every setting together", () => {
    expect(
      readConfig({
        PORT: "8080",
        HOST: "0.0.0.0",
        GATEWAY_BACKEND: "aws",
        AWS_REGION: "eu-west-1",
        GATEWAY_LOCAL_SEED: "s.json",
        GATEWAY_API_KEYS_FILE: "k.json",
        GATEWAY_SUBGRAPH: "true",
      }),
    ).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      backend: "aws",
      region: "eu-west-1",
      localSeedPath: "s.json",
      auth: { apiKeysFile: "k.json", anonymous: false },
      subgraph: true,
    });
  });

  it("ignores unrelated variables", () => {
    expect(readConfig({ PATH: "/usr/bin", NODE_ENV: "development", HOME: "/root" })).toEqual(readConfig({}));
  });
});

describe("subscriptions", () => {
  it("reads the poll interval, the longest subscription and the open subscriptions per caller; all open ones are capped as requests in flight are", () => {
    expect(
      readConfig({
        GATEWAY_SUBSCRIPTION_POLL_MS: "250",
        GATEWAY_SUBSCRIPTION_MAX_SECONDS: "60",
        GATEWAY_SUBSCRIPTIONS_PER_CALLER: "3",
        GATEWAY_MAX_CONCURRENT_REQUESTS: "40",
      }).subscriptions,
    ).toEqual({ pollMs: 250, maxSeconds: 60, perCaller: 3, maxOpen: 40 });
  });
});

describe("a whole-number setting out of range", () => {
  it.each<[NodeJS.ProcessEnv, string]>([
    [{ GATEWAY_RATE_LIMIT_PER_MINUTE: "-5" }, "GATEWAY_RATE_LIMIT_PER_MINUTE must be a whole number of 0 or more"],
    [{ GATEWAY_UPSTREAM_TIMEOUT_MS: "0" }, "GATEWAY_UPSTREAM_TIMEOUT_MS must be a whole number of 1 or more"],
    [{ GATEWAY_BODY_LIMIT_BYTES: "10" }, "GATEWAY_BODY_LIMIT_BYTES must be a whole number of 1024 or more"],
    [{ PORT: "70000" }, "PORT must be a whole number from 0 to 65535"],
    [{ GATEWAY_UPSTREAM_MAX_ATTEMPTS: "11" }, "GATEWAY_UPSTREAM_MAX_ATTEMPTS must be a whole number from 1 to 10"],
    [{ GATEWAY_SUBSCRIPTION_POLL_MS: "10" }, "GATEWAY_SUBSCRIPTION_POLL_MS must be a whole number from 50 to 3600000"],
    [{ GATEWAY_SUBSCRIPTION_MAX_SECONDS: "0" }, "GATEWAY_SUBSCRIPTION_MAX_SECONDS must be a whole number from 1 to 86400"],
    [{ GATEWAY_SUBSCRIPTION_MAX_SECONDS: "2592000" }, "GATEWAY_SUBSCRIPTION_MAX_SECONDS must be a whole number from 1 to 86400"],
    [{ GATEWAY_SUBSCRIPTIONS_PER_CALLER: "0" }, "GATEWAY_SUBSCRIPTIONS_PER_CALLER must be a whole number of 1 or more"],
  ])("%j reads as English: %s", (env, message) => {
    expect(configError(env).message).toBe(message);
  });
});
