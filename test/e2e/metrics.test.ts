import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { ACTIVEMQ_BROKER, CREATE_BROKER_USER, CREATE_USER_GROUP } from "../fixtures/documents";
import { startEmulatorGateway, startGateway, type TestGateway } from "../fixtures/gateway";

const SCRAPER_KEY = "agk_CANARY_scraper_41d0";
const CALLER_KEY = "agk_CANARY_caller_77e2";
const PASSWORD = "Metrics-Pa55word-canary";

/** The value of one series in Prometheus' text format (0 when absent). */
function value(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split("\n").find((l) => (l.startsWith(`${name}{`) || l.startsWith(`${name} `) ? wanted.every((w) => l.includes(w)) : false));
  return line ? Number(line.split(" ").at(-1)) : 0;
}

describe("GET /metrics", () => {
  let gw: TestGateway;
  const scrape = async (headers: Record<string, string> = { "x-api-key": SCRAPER_KEY }) => fetch(`${gw.origin}/metrics`, { headers });

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "metrics-"));
    const sha256 = (key: string) => createHash("sha256").update(key).digest("hex");
    writeFileSync(
      join(dir, "keys.json"),
      JSON.stringify([
        { id: "prometheus", sha256: sha256(SCRAPER_KEY), scopes: ["gateway:ReadMetrics"] },
        { id: "app", sha256: sha256(CALLER_KEY), scopes: ["elasticache:CreateUserGroup", "mq:CreateUser"] },
      ]),
    );
    gw = await startEmulatorGateway(DEFAULT_SEED, { GATEWAY_API_KEYS_FILE: join(dir, "keys.json"), GATEWAY_UPSTREAM_MAX_ATTEMPTS: "2" });
  });
  afterAll(() => gw.close());

  it("answers 401 with a challenge (RFC 6750) without credentials or to refused ones", async () => {
    const missing = await scrape({});
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe("Bearer");
    expect(((await missing.json()) as any).errors[0].extensions).toEqual({ code: "UNAUTHENTICATED" });
    const refused = await scrape({ "x-api-key": "agk_wrong" });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token", error_description="[^"]+"$/);
    expect(((await refused.json()) as any).errors[0].extensions).toEqual({ code: "UNAUTHENTICATED", reason: "unknown-api-key" });
  });

  it("answers 403 FORBIDDEN to valid credentials without the metrics scope", async () => {
    const response = await scrape({ "x-api-key": CALLER_KEY });
    expect(response.status).toBe(403);
    expect(response.headers.get("www-authenticate")).toBeNull();
    expect(await response.json()).toEqual({ errors: [{ message: "Missing scope: gateway:ReadMetrics.", extensions: { code: "FORBIDDEN" } }] });
  });

  it("counts operations, AWS calls, attempts, throttles and latency after traffic; labels carry no secrets", async () => {
    const before = await (await scrape()).text();
    const as = { "x-api-key": CALLER_KEY };
    await gw.post({ query: CREATE_USER_GROUP, variables: { input: { userGroupId: "m1", engine: "REDIS", userIds: ["default"] } } }, as);
    await gw.post({ query: CREATE_BROKER_USER, variables: { input: { brokerId: ACTIVEMQ_BROKER, username: "m-user", password: PASSWORD } } }, as);
    await gw.post({ query: CREATE_BROKER_USER, variables: { input: { brokerId: ACTIVEMQ_BROKER, username: "m", password: PASSWORD } } }, as);
    gw.account.faults.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "throttling" } });
    await gw.post({ query: CREATE_USER_GROUP, variables: { input: { userGroupId: "m2", engine: "REDIS", userIds: ["default"] } } }, as);
    gw.account.faults.clear();
    await gw.post({ query: CREATE_USER_GROUP, variables: { input: { userGroupId: "m3", engine: "REDIS", userIds: ["default"] } } });
    const response = await scrape();
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const after = await response.text();
    const moved = (name: string, labels: Record<string, string>) => value(after, name, labels) - value(before, name, labels);

    expect(moved("gateway_operations_total", { operation: "createUserGroup", outcome: "CreateUserGroupSuccess" })).toBe(1);
    expect(moved("gateway_operations_total", { operation: "createBrokerUser", outcome: "CreateBrokerUserSuccess" })).toBe(1);
    expect(moved("gateway_operations_total", { operation: "createBrokerUser", outcome: "InputValidationError" })).toBe(1);
    expect(moved("gateway_operations_total", { operation: "createUserGroup", outcome: "UpstreamThrottled" })).toBe(1);
    expect(moved("gateway_operations_total", { operation: "other", outcome: "UNAUTHENTICATED" })).toBe(1);
    expect(moved("gateway_operation_duration_seconds_count", { operation: "createUserGroup" })).toBe(2);
    expect(moved("gateway_aws_calls_total", { service: "elasticache", command: "CreateUserGroup", outcome: "CreateUserGroupSuccess" })).toBe(1);
    expect(moved("gateway_aws_calls_total", { service: "mq", command: "CreateUser", outcome: "CreateBrokerUserSuccess" })).toBe(1);
    expect(moved("gateway_aws_throttles_total", { service: "elasticache", command: "CreateUserGroup" })).toBe(1);
    expect(moved("gateway_aws_call_attempts_total", { service: "elasticache", command: "CreateUserGroup" })).toBe(3);
    expect(moved("gateway_aws_call_duration_seconds_count", { service: "mq", command: "CreateUser" })).toBe(1);
    expect(value(after, "gateway_aws_calls_in_flight", { service: "elasticache" })).toBe(0);
    expect(value(after, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
    for (const secret of [PASSWORD, CALLER_KEY, SCRAPER_KEY, "api-key:", "m-user"]) expect(after).not.toContain(secret);
    // Counts are handed to prom-client at each scrape: scraping again must not add them twice.
    const again = await (await scrape()).text();
    expect(value(again, "gateway_aws_call_attempts_total", { service: "elasticache", command: "CreateUserGroup" })).toBe(
      value(after, "gateway_aws_call_attempts_total", { service: "elasticache", command: "CreateUserGroup" }),
    );
  });

  it("shows an AWS call in flight while it waits on the upstream", async () => {
    gw.account.faults.add({ operation: "mq:CreateUser", fault: { kind: "latency", ms: 600 } });
    try {
      const call = gw.post(
        { query: CREATE_BROKER_USER, variables: { input: { brokerId: ACTIVEMQ_BROKER, username: "slow-user", password: PASSWORD } } },
        { "x-api-key": CALLER_KEY },
      );
      await new Promise((resolve) => setTimeout(resolve, 250));
      const during = await (await scrape()).text();
      await call;
      const after = await (await scrape()).text();
      expect(value(during, "gateway_aws_calls_in_flight", { service: "mq" })).toBe(1);
      expect(value(after, "gateway_aws_calls_in_flight", { service: "mq" })).toBe(0);
    } finally {
      gw.account.faults.clear();
    }
  });
});

describe("GET /metrics settings", () => {
  it("is open without authentication configured, and absent when GATEWAY_METRICS=false", async () => {
    const open = await startGateway();
    const off = await startGateway(DEFAULT_SEED, { GATEWAY_METRICS: "false" });
    try {
      expect((await fetch(`${open.origin}/metrics`)).status).toBe(200);
      expect((await fetch(`${off.origin}/metrics`)).status).toBe(404);
    } finally {
      await open.close();
      await off.close();
    }
  });
});
