import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { CREATE_USER_GROUP } from "../fixtures/documents";
import { startGateway, type TestGateway } from "../fixtures/gateway";

describe("HTTP transport", () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway({ ...DEFAULT_SEED, deniedActions: ["elasticache:CreateUserGroup"] });
  });
  afterAll(() => gw.close());

  it("masks an unexpected error: fixed message and an error id that the log line also has, no AWS details", async () => {
    const { status, text, json } = await gw.post({
      query: CREATE_USER_GROUP,
      variables: { input: { userGroupId: "g", engine: "REDIS", userIds: ["default"] } },
    });
    expect(status).toBe(200);
    const [error] = json.errors;
    expect(error.extensions.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.message).toMatch(/^Unexpected error/);
    expect(text).not.toMatch(/000000000000|arn:|AccessDenied|stack|at /);
    const line = gw.logs.find((l) => l.includes(error.extensions.errorId));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({ level: 50, err: { name: "AccessDenied" } });
    expect(line).not.toContain("000000000000");
  });

  it.each([
    ["malformed JSON", '{"query": "{ gateway { version } }"', "application/json", 400, "BAD_REQUEST"],
    ["an empty JSON body", "", "application/json", 400, "BAD_REQUEST"],
    ["a wrong content type", "<query/>", "application/xml", 415, "UNSUPPORTED_MEDIA_TYPE"],
  ])("answers %s with a JSON error, no HTML and no stack", async (_, body, contentType, status, code) => {
    const before = gw.logs.length;
    const response = await gw.post(body, { "content-type": contentType });
    expect(response.status).toBe(status);
    expect(response.json).toEqual({ errors: [{ message: expect.any(String), extensions: { code } }] });
    const logged = gw.logs.slice(before).join("\n");
    expect(logged).not.toMatch(/"stack"|\n\s+at /);
  });

  it("answers an unknown path with a JSON 404", async () => {
    const response = await fetch(gw.url.replace("/graphql", "/nowhere"));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("rejects a malformed GraphQL document with a top-level error and status 400", async () => {
    const response = await gw.post({ query: "mutation { createUserGroup(" });
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("answers queries over GET, never cacheable", async () => {
    const response = await fetch(`${gw.url}?query=${encodeURIComponent("{ gateway { version backend region } }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(await response.json()).toEqual({ data: { gateway: { version: "test", backend: "LOCAL", region: "us-east-1" } } });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it.each([
    ["a result", { query: CREATE_USER_GROUP, variables: { input: { userGroupId: "cached", engine: "VALKEY", userIds: ["app-default"] } } }, 200],
    ["a validation error", { query: "{ nowhere }" }, 400],
    ["a parse error", { query: "{" }, 400],
  ])("marks %s over POST no-store", async (_, body, status) => {
    const response = await gw.post(body);
    expect(response.status).toBe(status);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
