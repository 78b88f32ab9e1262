import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { CREATE_USER_GROUP } from "../fixtures/documents";
import { startGateway, type TestGateway } from "../fixtures/gateway";

const groupInput = (userGroupId: string) => ({ input: { userGroupId, engine: "REDIS", userIds: ["default"] } });

describe("limits", () => {
  let gw: TestGateway | undefined;
  afterEach(async () => {
    await gw?.close();
    gw = undefined;
  });

  it("answers a body over the limit with a JSON 413", async () => {
    gw = await startGateway(DEFAULT_SEED, { GATEWAY_BODY_LIMIT_BYTES: "2048" });
    const r = await gw.post({ query: CREATE_USER_GROUP, variables: { input: { userGroupId: "x".repeat(3000), engine: "REDIS" } } });
    expect(r.status).toBe(413);
    expect(r.json.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expect(gw.account.userGroups.size - DEFAULT_SEED.userGroups.length).toBe(0);
  });

  it("has a 64 KiB body limit by default", async () => {
    gw = await startGateway();
    const r = await gw.post({ query: "{ gateway { version } }", variables: { pad: "x".repeat(70 * 1024) } });
    expect(r.status).toBe(413);
  });

  it("rejects an operation with two AWS-calling fields (aliases) with a 400, calling AWS for neither", async () => {
    gw = await startGateway();
    const query = `mutation { a: createUserGroup(input: { userGroupId: "a", engine: REDIS, userIds: ["default"] }) { __typename }
      b: createUserGroup(input: { userGroupId: "b", engine: REDIS, userIds: ["default"] }) { __typename } }`;
    const r = await gw.post({ query });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(gw.account.userGroups.size - DEFAULT_SEED.userGroups.length).toBe(0);
  });

  it("answers an operation over GATEWAY_MAX_OPERATION_COST with a 400 that gives its cost, and runs one within it", async () => {
    gw = await startGateway(DEFAULT_SEED, { GATEWAY_MAX_OPERATION_COST: "4" });
    // An object costs 2 plus its selection, a scalar 1.
    const over = await gw.post({ query: "{ gateway { version backend region } }" });
    expect(over.status).toBe(400);
    expect(over.json).toEqual({ errors: [{ message: "The operation costs 5, over the limit of 4.", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] });
    const within = await gw.post({ query: "{ gateway { version backend } }" });
    expect(within.status).toBe(200);
    expect(within.json.data.gateway.backend).toBe("LOCAL");
  });

  it("rejects batched requests", async () => {
    gw = await startGateway();
    const r = await gw.post([
      { query: CREATE_USER_GROUP, variables: groupInput("batch-a") },
      { query: CREATE_USER_GROUP, variables: groupInput("batch-b") },
    ]);
    expect(r.status).toBe(400);
    expect(gw.account.userGroups.size - DEFAULT_SEED.userGroups.length).toBe(0);
  });

  it("answers RateLimited with a retry hint once a caller spends its burst, and calls no adapter for it", async () => {
    gw = await startGateway(DEFAULT_SEED, { GATEWAY_RATE_LIMIT_PER_MINUTE: "6", GATEWAY_RATE_LIMIT_BURST: "2" });
    const answers = [];
    for (const id of ["r1", "r2", "r3"]) answers.push((await gw.graphql(CREATE_USER_GROUP, groupInput(id))).data.createUserGroup);
    expect(answers.map((a) => a.__typename)).toEqual(["CreateUserGroupSuccess", "CreateUserGroupSuccess", "RateLimited"]);
    // Two calls at once, in a window of 2 * 60 / 6 s.
    expect(answers[2].retryAfterSeconds).toBeGreaterThanOrEqual(19);
    expect(answers[2].retryAfterSeconds).toBeLessThanOrEqual(20);
    expect(gw.account.userGroups.size - DEFAULT_SEED.userGroups.length).toBe(2);
  });

  it("answers 503 past the cap on concurrent requests", async () => {
    gw = await startGateway({ ...DEFAULT_SEED, latencyMs: 300 }, { GATEWAY_MAX_CONCURRENT_REQUESTS: "2" });
    const statuses = await Promise.all(
      ["c1", "c2", "c3"].map(async (id, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 30));
        return (await gw!.post({ query: CREATE_USER_GROUP, variables: groupInput(id) })).status;
      }),
    );
    expect(statuses).toEqual([200, 200, 503]);
    expect((await gw.post({ query: "{ gateway { version } }" })).status).toBe(200);
    // One warning for the episode, and the count once requests are admitted again (not a line per refusal).
    const lines = gw.logs.map((line) => JSON.parse(line));
    expect(lines.filter((line) => line.msg === "refusing new requests with 503: too many requests in flight")).toEqual([
      expect.objectContaining({ level: 40, inFlight: 2, max: 2 }),
    ]);
    for (let i = 0; i < 50 && !gw.logs.some((line) => line.includes("no longer refusing")); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gw.logs.map((line) => JSON.parse(line)).find((line) => line.msg === "no longer refusing requests (too many requests in flight)")).toMatchObject({
      level: 30,
      refused: 1,
    });
  });

  it("answers 408 to a client that never finishes its body", async () => {
    gw = await startGateway(DEFAULT_SEED, { GATEWAY_HEADERS_TIMEOUT_MS: "300", GATEWAY_REQUEST_TIMEOUT_MS: "600" });
    const socket = connect(Number(new URL(gw.url).port), "127.0.0.1");
    socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
    const started = Date.now();
    const answer = await readUntilClosed(socket);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(gw.account.userGroups.size - DEFAULT_SEED.userGroups.length).toBe(0);
  });

  it("closes an idle keep-alive connection after the keep-alive timeout", async () => {
    gw = await startGateway(DEFAULT_SEED, { GATEWAY_KEEP_ALIVE_TIMEOUT_MS: "300" });
    const socket = connect(Number(new URL(gw.url).port), "127.0.0.1");
    const body = JSON.stringify({ query: "{ gateway { version } }" });
    socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    const started = Date.now();
    const answer = await readUntilClosed(socket);
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    // Closed by the server well before the 5 s default would close it.
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("closes a connection that never finishes its headers", async () => {
    gw = await startGateway(DEFAULT_SEED, { GATEWAY_HEADERS_TIMEOUT_MS: "300" });
    const { port } = new URL(gw.url);
    const socket = connect(Number(port), "127.0.0.1");
    socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\n");
    const started = Date.now();
    const answer = await readUntilClosed(socket);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

/** Everything the server sends until it closes the connection (or 10 s pass). */
function readUntilClosed(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    socket.on("data", (d) => (text += d));
    socket.on("close", () => resolve(text));
    setTimeout(() => socket.destroy(), 10_000);
  });
}

describe("CORS", () => {
  it("sends no CORS headers by default, and allows only listed origins when configured", async () => {
    const closed = await startGateway();
    const open = await startGateway(DEFAULT_SEED, { GATEWAY_CORS_ORIGINS: "https://app.example.com" });
    try {
      const preflight = (url: string, origin: string) =>
        fetch(url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });
      expect((await preflight(closed.url, "https://app.example.com")).headers.get("access-control-allow-origin")).toBeNull();
      expect((await preflight(open.url, "https://app.example.com")).headers.get("access-control-allow-origin")).toBe("https://app.example.com");
      expect((await preflight(open.url, "https://evil.example.com")).headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await closed.close();
      await open.close();
    }
  });

  it("keeps CSRF prevention: a simple cross-site GET is refused", async () => {
    const gw = await startGateway();
    try {
      const response = await fetch(`${gw.url}?query=${encodeURIComponent("{ gateway { version } }")}`);
      expect(response.status).toBe(400);
    } finally {
      await gw.close();
    }
  });
});

describe("production mode", () => {
  it("turns off introspection and field suggestions, unless enabled", async () => {
    const prod = await startGateway(DEFAULT_SEED, { NODE_ENV: "production" });
    const opted = await startGateway(DEFAULT_SEED, { NODE_ENV: "production", GATEWAY_INTROSPECTION: "true", GATEWAY_FIELD_SUGGESTIONS: "true" });
    try {
      const introspect = { query: "{ __schema { queryType { name } } }" };
      const typo = { query: "{ gateway { versio } }" };
      expect((await prod.post(introspect)).json.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect((await prod.post(typo)).text).not.toMatch(/Did you mean/);
      expect((await opted.post(introspect)).json.data.__schema.queryType.name).toBe("Query");
      expect((await opted.post(typo)).text).toMatch(/Did you mean/);
    } finally {
      await prod.close();
      await opted.close();
    }
  });

  it("refuses introspection naming GATEWAY_INTROSPECTION, not Apollo's option", async () => {
    const prod = await startGateway(DEFAULT_SEED, { NODE_ENV: "production" });
    try {
      for (const query of ["{ __schema { queryType { name } } }", '{ __type(name: "Query") { name } }']) {
        const response = await prod.post({ query });
        expect(response.status).toBe(400);
        const [error] = response.json.errors;
        expect(error.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
        expect(error.message).toBe("Introspection is off on this gateway (the default in production); GATEWAY_INTROSPECTION=true turns it on.");
        expect(response.text).not.toMatch(/ApolloServer|introspection: true/);
      }
    } finally {
      await prod.close();
    }
  });
});

describe("health", () => {
  it("answers /healthz and /readyz without credentials or CSRF headers", async () => {
    const gw = await startGateway(DEFAULT_SEED, { GATEWAY_API_KEYS_FILE: "test/fixtures/no-keys.json" });
    try {
      for (const path of ["/healthz", "/readyz"]) {
        const response = await fetch(`${gw.origin}${path}`);
        expect(response.status).toBe(200);
        expect(await response.json()).toMatchObject({ status: expect.stringMatching(/^(ok|ready)$/) });
      }
    } finally {
      await gw.close();
    }
  });
});
