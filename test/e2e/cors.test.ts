import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { startGateway, type TestGateway } from "../fixtures/gateway";

/** What a browser sends before a cross-origin JSON POST. */
const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" },
  });

const LOOPBACK = ["http://localhost:5173", "http://localhost:3000", "http://127.0.0.1:8080", "http://[::1]:4200", "http://localhost"];

describe("CORS in development (loopback origins by default)", () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway();
  });
  afterAll(() => gw.close());

  it.each(LOOPBACK)("answers the preflight of %s and allows it", async (origin) => {
    const response = await preflight(gw.url, origin);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(origin);
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expect(response.headers.get("access-control-allow-headers")).toContain("authorization");
  });

  it("allows the POST that follows from a loopback origin", async () => {
    const response = await gw.post({ query: "{ gateway { backend } }" }, { origin: "http://localhost:5173" });
    expect(response.json).toEqual({ data: { gateway: { backend: "LOCAL" } } });
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
  });

  it.each(["https://app.example.com", "http://localhost.evil.example", "http://127.0.0.2:5173", "null"])(
    "answers the preflight of %s without allowing it, never 404",
    async (origin) => {
      const response = await preflight(gw.url, origin);
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    },
  );
});

describe("CORS in production", () => {
  it("allows no origin unless GATEWAY_CORS_ORIGINS lists it; the preflight still answers", async () => {
    const gw = await startGateway(DEFAULT_SEED, { NODE_ENV: "production" });
    try {
      const response = await preflight(gw.url, "http://localhost:5173");
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await gw.close();
    }
  });

  it("allows the listed origins", async () => {
    const gw = await startGateway(DEFAULT_SEED, { NODE_ENV: "production", GATEWAY_CORS_ORIGINS: "https://app.example.com" });
    try {
      expect((await preflight(gw.url, "https://app.example.com")).headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    } finally {
      await gw.close();
    }
  });
});

describe("GATEWAY_CORS_ORIGINS in development", () => {
  it("replaces the loopback default", async () => {
    const gw = await startGateway(DEFAULT_SEED, { GATEWAY_CORS_ORIGINS: "https://app.example.com" });
    try {
      expect((await preflight(gw.url, "https://app.example.com")).headers.get("access-control-allow-origin")).toBe("https://app.example.com");
      const loopback = await preflight(gw.url, "http://localhost:5173");
      expect(loopback.status).toBe(204);
      expect(loopback.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await gw.close();
    }
  });
});

describe("methods /graphql does not answer", () => {
  let dev: TestGateway;
  let prod: TestGateway;
  beforeAll(async () => {
    dev = await startGateway();
    prod = await startGateway(DEFAULT_SEED, { NODE_ENV: "production" });
  });
  afterAll(async () => {
    await dev.close();
    await prod.close();
  });

  it.each<[string, string, Record<string, string>, string | undefined]>([
    ["PUT", "PUT", { "content-type": "application/json" }, '{"query":"{ __typename }"}'],
    ["PUT with a body of another type", "PUT", { "content-type": "application/xml" }, "<query/>"],
    ["DELETE", "DELETE", {}, undefined],
    ["PATCH", "PATCH", { "content-type": "application/json" }, "{}"],
    ["OPTIONS without preflight headers", "OPTIONS", {}, undefined],
    ["OPTIONS with an origin but no requested method", "OPTIONS", { origin: "http://localhost:5173" }, undefined],
  ])("answers %s with 405, the allowed methods and a GraphQL-shaped error", async (_, method, headers, body) => {
    for (const gw of [dev, prod]) {
      const response = await fetch(gw.url, { method, headers, body });
      expect(response.status, gw === dev ? "development" : "production").toBe(405);
      expect(response.headers.get("allow")).toBe("GET, POST, OPTIONS");
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({ errors: [{ message: expect.stringContaining("GET, POST"), extensions: { code: "METHOD_NOT_ALLOWED" } }] });
    }
  });

  it("still answers an unknown path with 404", async () => {
    const response = await fetch(`${dev.origin}/nowhere`, { method: "PUT" });
    expect(response.status).toBe(404);
  });
});
