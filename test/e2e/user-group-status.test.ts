import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Client, createClient, type ExecutionResult } from "graphql-sse";
import { afterEach, describe, expect, it } from "vitest";
import { NOT_A_SUBSCRIPTION } from "../../src/server/stream-execution";
import { postStream } from "../fixtures/event-stream";
import { startGatewayOver, type TestGateway } from "../fixtures/gateway";
import { type Step, scriptedGet } from "../fixtures/scripted-user-group";
import { stubBackend } from "../fixtures/stub-backend";

const POLL_MS = 50;
/** A group id sent as a variable: it must never reach a log line. */
const GROUP = "canary-watched-group";

const WATCH = /* GraphQL */ `
  subscription Watch($id: String!) {
    userGroupStatus(userGroupId: $id) {
      __typename
      ... on UserGroup { userGroupId status }
      ... on RateLimited { retryAfterSeconds }
      ... on Error { message }
    }
  }
`;

type Member = { __typename: string; status?: string; message?: string; retryAfterSeconds?: number };

let gateways: TestGateway[] = [];
let clients: Client[] = [];
afterEach(async () => {
  for (const client of clients) client.dispose();
  await Promise.all(gateways.map((gw) => gw.close()));
  gateways = [];
  clients = [];
});

/** The app over a scripted `userGroups.get`, polling every POLL_MS (the playground, not under test here, off). */
async function start(steps: Step[], env: NodeJS.ProcessEnv = {}) {
  const port = scriptedGet(...steps);
  const settings = { GATEWAY_SUBSCRIPTION_POLL_MS: String(POLL_MS), GATEWAY_PLAYGROUND: "false" };
  const gw = await startGatewayOver(stubBackend({ userGroups: { get: port.get } }), { ...settings, ...env });
  gateways.push(gw);
  const streamUrl = `${gw.origin}/graphql/stream`;
  /**
   * A subscription through graphql-sse's own client: its results until the server completes it; `done`
   * resolves then, or when the client is disposed or loses the connection (`failure` says which).
   */
  const watch = (id = GROUP, headers: Record<string, string> = {}) => {
    const client = createClient({ url: streamUrl, headers, retryAttempts: 0 });
    const results: ExecutionResult[] = [];
    const watcher = { results, failure: undefined as unknown, done: Promise.resolve(), dispose: () => client.dispose() };
    watcher.done = (async () => {
      for await (const result of client.iterate({ query: WATCH, variables: { id }, operationName: "Watch" })) results.push(result as ExecutionResult);
    })().catch((error: unknown) => void (watcher.failure = error));
    clients.push(client);
    return watcher;
  };
  return { gw, port, streamUrl, watch };
}

const members = (results: ExecutionResult[]) => results.map((r) => (r.data as { userGroupStatus: Member }).userGroupStatus);
const states = (results: ExecutionResult[]) => members(results).map((m) => m.status ?? m.__typename);
const until = async (check: () => boolean, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
const operationLines = (gw: TestGateway) => gw.logs.map((l) => JSON.parse(l)).filter((l) => l.msg === "graphql operation");

describe("userGroupStatus over GraphQL-SSE (POST /graphql/stream)", () => {
  it("sends the current state at once, then each change, and completes after ACTIVE", async () => {
    const { watch, port } = await start(["CREATING", "CREATING", "CREATING", "ACTIVE"]);
    const w = watch();
    await w.done;
    expect(states(w.results)).toEqual(["CREATING", "ACTIVE"]);
    expect(members(w.results)[0]).toMatchObject({ __typename: "UserGroup", userGroupId: GROUP });
    expect(port.calls).toHaveLength(4);
  });

  it("completes with UserGroupNotFound once a deletion finishes", async () => {
    const { watch } = await start(["DELETING", "DELETING", { code: "UserGroupNotFound", requestId: "r-gone" }]);
    const w = watch();
    await w.done;
    expect(states(w.results)).toEqual(["DELETING", "UserGroupNotFound"]);
  });

  it("completes after GATEWAY_SUBSCRIPTION_MAX_SECONDS", async () => {
    const { watch } = await start(["MODIFYING"], { GATEWAY_SUBSCRIPTION_MAX_SECONDS: "1" });
    const started = Date.now();
    const w = watch();
    await w.done;
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(states(w.results)).toEqual(["MODIFYING"]);
  });

  it("makes one DescribeUserGroups call per interval for 50 watchers of one group", async () => {
    const { watch, port } = await start(["MODIFYING"], { GATEWAY_SUBSCRIPTIONS_PER_CALLER: "50" });
    const started = Date.now();
    const watchers = Array.from({ length: 50 }, () => watch());
    await until(() => watchers.every((w) => w.results.length === 1));
    await new Promise((resolve) => setTimeout(resolve, 10 * POLL_MS));
    // At most one poll per interval (each waits the interval after the one before ended), for all 50.
    const intervals = (Date.now() - started) / POLL_MS;
    expect(port.calls.length).toBeLessThanOrEqual(Math.ceil(intervals) + 1);
    expect(port.calls.length, "polling goes on while they watch").toBeGreaterThanOrEqual(2);
    for (const w of watchers) expect(states(w.results)).toEqual(["MODIFYING"]);
    for (const w of watchers) w.dispose();
    await Promise.all(watchers.map((w) => w.done));
    await new Promise((resolve) => setTimeout(resolve, 3 * POLL_MS));
    const after = port.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 5 * POLL_MS));
    expect(port.calls.length, "polling stops when the watchers leave").toBe(after);
  });

  it("does not count open streams as requests in flight, and caps them on their own at the same number", async () => {
    const { gw, watch } = await start(["MODIFYING"], { GATEWAY_MAX_CONCURRENT_REQUESTS: "1" });
    const open = watch("g1");
    await until(() => open.results.length === 1);
    expect((await gw.post({ query: "{ gateway { version } }" })).status).toBe(200);
    const refused = watch("g2");
    await refused.done;
    expect(members(refused.results)).toEqual([
      { __typename: "RateLimited", retryAfterSeconds: 1, message: expect.stringContaining("The gateway has 1 open subscriptions") },
    ]);
  });

  it("refuses a subscription over the caller's cap with one RateLimited that says why", async () => {
    const { watch } = await start(["MODIFYING"], { GATEWAY_SUBSCRIPTIONS_PER_CALLER: "2" });
    const open = [watch("g1"), watch("g2")];
    await until(() => open.every((w) => w.results.length === 1));
    const third = watch("g3");
    await third.done;
    expect(members(third.results)).toEqual([{ __typename: "RateLimited", retryAfterSeconds: 1, message: expect.stringContaining("2 open subscriptions") }]);
    open[0]!.dispose();
    await open[0]!.done;
    const fourth = watch("g3");
    await until(() => fourth.results.length === 1);
    expect(states(fourth.results)).toEqual(["MODIFYING"]);
  });

  it("takes the caller's rate limit once, at the start", async () => {
    const { watch, port } = await start(["MODIFYING"], { GATEWAY_RATE_LIMIT_PER_MINUTE: "1", GATEWAY_RATE_LIMIT_BURST: "1" });
    const first = watch("g1");
    await until(() => port.calls.length >= 4);
    const second = watch("g2");
    await second.done;
    expect(states(second.results)).toEqual(["RateLimited"]);
    expect(states(first.results)).toEqual(["MODIFYING"]);
  });

  it("writes one operation log line per subscription when it ends, without its variables, and counts it in /metrics", async () => {
    const { gw, watch, port } = await start(["CREATING", "ACTIVE"]);
    const before = operationLines(gw).length;
    await watch().done;
    await until(() => operationLines(gw).length > before);
    const lines = operationLines(gw).slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      operation: "Watch",
      caller: "anonymous",
      outcomes: [{ field: "userGroupStatus", outcome: "UserGroup", awsRequestId: "req-2", attempts: 1 }],
      errors: [],
    });
    expect(lines[0].durationMs).toBeGreaterThanOrEqual(POLL_MS);
    expect(gw.logs.join("\n")).not.toContain(GROUP);

    const metrics = await (await fetch(`${gw.origin}/metrics`)).text();
    const series = (name: string) =>
      Number(
        metrics
          .split("\n")
          .find((l) => l.startsWith(name))
          ?.split(" ")
          .at(-1) ?? 0,
      );
    expect(series('gateway_aws_calls_total{service="elasticache",command="DescribeUserGroups",outcome="UserGroup"}')).toBe(port.calls.length);
    expect(series('gateway_operations_total{operation="userGroupStatus",outcome="UserGroup"}')).toBe(1);
  });

  it("masks a poll that throws, with an error id that the log also has, and completes", async () => {
    const { gw, watch } = await start(["MODIFYING", new Error("CANARY internal detail")]);
    const w = watch();
    await w.done;
    expect(w.results).toHaveLength(2);
    const error = w.results[1]!.errors![0] as unknown as { message: string; extensions: { code: string; errorId: string } };
    expect(error.extensions.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.message).not.toContain("CANARY");
    expect(gw.logs.some((l) => l.includes(error.extensions.errorId) && l.includes("unexpected error"))).toBe(true);
  });

  it("ends open subscriptions when the server closes, so the close does not wait for them", async () => {
    const { gw, streamUrl } = await start(["MODIFYING"]);
    const answer = await postStream(streamUrl, { query: WATCH, variables: { id: GROUP } });
    expect(answer.status).toBe(200);
    const started = Date.now();
    await gw.close();
    gateways = [];
    expect(Date.now() - started).toBeLessThan(2_000);
    const events = await answer.events;
    expect(events.map((e) => e.event)).toEqual(["next"]);
    expect(operationLines(gw).at(-1)).toMatchObject({ operation: "Watch", outcomes: [{ outcome: "UserGroup" }] });
  });
});

describe("the event stream route's answers", () => {
  it("answers a request without Accept: text/event-stream 406, saying what to send", async () => {
    const { streamUrl } = await start(["ACTIVE"]);
    const answer = await postStream(streamUrl, { query: WATCH, variables: { id: GROUP } }, { accept: "application/json" });
    expect(answer.status).toBe(406);
    expect(answer.json.errors[0]).toEqual({
      message: "/graphql/stream serves subscriptions as Server-Sent Events: send Accept: text/event-stream.",
      extensions: { code: "NOT_ACCEPTABLE" },
    });
  });

  it("streams a query's refusal: subscriptions only, queries and mutations go to /graphql", async () => {
    const { streamUrl, port } = await start(["ACTIVE"]);
    const answer = await postStream(streamUrl, { query: "{ gateway { version } }" });
    expect(answer.status).toBe(200);
    const events = await answer.events;
    expect(events).toEqual([
      { event: "next", data: { errors: [{ message: NOT_A_SUBSCRIPTION, extensions: { code: "BAD_REQUEST" } }] } },
      { event: "complete", data: null },
    ]);
    expect(port.calls).toEqual([]);
  });

  it("applies /graphql's validation and limits", async () => {
    const { streamUrl } = await start(["ACTIVE"]);
    const unknown = await (await postStream(streamUrl, { query: "subscription { userGroupStatus(userGroupId: 1) { nope } }" })).events;
    expect(unknown[0]!.data.errors.map((e: any) => e.extensions.code)).toEqual(["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_VALIDATION_FAILED"]);
    const manyAliases = `subscription { userGroupStatus(userGroupId: "g") { ${Array.from({ length: 11 }, (_, i) => `... on UserGroup { a${i}: status }`).join(" ")} } }`;
    const aliases = await (await postStream(streamUrl, { query: manyAliases })).events;
    expect(aliases[0]!.data.errors[0]).toMatchObject({ message: "Aliases limit of 10 exceeded, found 11.", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    const badVariable = await (await postStream(streamUrl, { query: WATCH, variables: { id: 7 } })).events;
    expect(badVariable[0]!.data.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const unparsable = await (await postStream(streamUrl, { query: "subscription {" })).events;
    expect(unparsable[0]!.data.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("answers a bad id with one InputValidationError, then completes", async () => {
    const { streamUrl, port } = await start(["ACTIVE"]);
    const events = await (
      await postStream(streamUrl, {
        query: "subscription($id: String!) { userGroupStatus(userGroupId: $id) { __typename ... on InputValidationError { violations { path } } } }",
        variables: { id: "-bad" },
      })
    ).events;
    expect(events).toEqual([
      { event: "next", data: { data: { userGroupStatus: { __typename: "InputValidationError", violations: [{ path: ["userGroupId"] }] } } } },
      { event: "complete", data: null },
    ]);
    expect(port.calls).toEqual([]);
  });

  it("answers other methods 405 with Allow, and a loopback origin's preflight", async () => {
    const { streamUrl } = await start(["ACTIVE"]);
    const get = await fetch(streamUrl, { headers: { accept: "text/event-stream" } });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST, OPTIONS");
    const preflight = await fetch(streamUrl, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    const answer = await postStream(streamUrl, { query: WATCH, variables: { id: GROUP } }, { origin: "http://localhost:5173" });
    expect(answer.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    answer.close();
  });
});

describe("the event stream route with authentication", () => {
  const KEY = "agk_CANARY_stream_watcher_1";
  const CREATOR_KEY = "agk_CANARY_stream_creator_2";

  async function startAuthenticated() {
    const dir = mkdtempSync(join(tmpdir(), "stream-keys-"));
    const sha256 = (key: string) => createHash("sha256").update(key).digest("hex");
    writeFileSync(
      join(dir, "keys.json"),
      JSON.stringify([
        { id: "watcher", sha256: sha256(KEY), scopes: ["elasticache:DescribeUserGroups"] },
        { id: "creator", sha256: sha256(CREATOR_KEY), scopes: ["elasticache:CreateUserGroup"] },
      ]),
    );
    return start(["ACTIVE"], { GATEWAY_API_KEYS_FILE: join(dir, "keys.json") });
  }

  it("answers 401 with a challenge without credentials, and to refused ones", async () => {
    const { streamUrl, port, gw } = await startAuthenticated();
    const missing = await postStream(streamUrl, { query: WATCH, variables: { id: GROUP } });
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe("Bearer");
    expect(missing.json.errors[0].extensions).toEqual({ code: "UNAUTHENTICATED" });
    const refused = await postStream(streamUrl, { query: WATCH, variables: { id: GROUP } }, { "x-api-key": "agk_wrong" });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token"/);
    expect(refused.json.errors[0].extensions).toEqual({ code: "UNAUTHENTICATED", reason: "unknown-api-key" });
    expect(port.calls).toEqual([]);
    await until(() => operationLines(gw).length >= 2);
    expect(operationLines(gw).map((l) => l.errors)).toEqual([["UNAUTHENTICATED"], ["UNAUTHENTICATED"]]);
  });

  it("streams FORBIDDEN to a caller without the scope, and serves one with it", async () => {
    const { streamUrl, watch, port, gw } = await startAuthenticated();
    const forbidden = await postStream(streamUrl, { query: WATCH, variables: { id: GROUP } }, { "x-api-key": CREATOR_KEY });
    expect(forbidden.status).toBe(200);
    const events = await forbidden.events;
    expect(events[0]!.data.errors[0]).toMatchObject({ message: "Missing scope: elasticache:DescribeUserGroups.", extensions: { code: "FORBIDDEN" } });
    expect(events.map((e) => e.event)).toEqual(["next", "complete"]);
    expect(port.calls).toEqual([]);
    const allowed = watch(GROUP, { "x-api-key": KEY });
    await allowed.done;
    expect(states(allowed.results)).toEqual(["ACTIVE"]);
    await until(() => operationLines(gw).some((l) => l.caller === "api-key:watcher"));
    expect(gw.logs.join("\n")).not.toContain("CANARY");
  });
});
