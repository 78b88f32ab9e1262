import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthentication, createLocalBackend } from "../../src/composition";
import { readConfig } from "../../src/config";
import { buildApp } from "../../src/server/app";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { ACTIVEMQ_BROKER, CREATE_BROKER_USER, CREATE_USER_GROUP } from "../fixtures/documents";
import { startGateway, type TestGateway } from "../fixtures/gateway";

/** Values sent as variables: none of them may reach a log line. */
const PASSWORD = "CANARY-oplog-pw-4c1d8e2a";
const BAD_PASSWORD = "CANARY:op=log";
const GROUP_ID = "canary-oplog-group";
const USERNAME = "canary-oplog-user";
const MISSING_BROKER = "b-00000000-0000-4000-8000-0000c0ffee00";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface OperationLine {
  readonly msg: string;
  readonly reqId?: string;
  readonly operation: string | null;
  readonly caller: string | null;
  readonly outcomes: { field: string; outcome: string; awsRequestId?: string; attempts?: number }[];
  readonly errors: string[];
  readonly durationMs: number;
}

const parse = (lines: readonly string[]) => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
const operationLines = (gw: TestGateway) => parse(gw.logs).filter((l) => l.msg === "graphql operation") as unknown as OperationLine[];

/** Sends one request and answers its JSON and the operation log line it produced. */
async function sendAndLog(gw: TestGateway, body: unknown, headers?: Record<string, string>) {
  const before = operationLines(gw).length;
  const response = await gw.post(body, headers);
  // The line is written at the end of the event-loop turn in which the answer went out, before the
  // client can have read it; a tick more is enough to be safe.
  await new Promise((resolve) => setImmediate(resolve));
  const lines = operationLines(gw).slice(before);
  expect(lines, "exactly one operation line per request").toHaveLength(1);
  return { response, line: lines[0]! };
}

function expectCommonFields(line: OperationLine) {
  expect(typeof line.durationMs).toBe("number");
  expect(Number.isFinite(line.durationMs)).toBe(true);
  expect(line.durationMs).toBeGreaterThanOrEqual(0);
  expect(typeof line.reqId).toBe("string");
  expect(line.reqId!.length).toBeGreaterThan(0);
}

describe("operation log: one line per GraphQL operation", () => {
  let gw: TestGateway;
  let locked: TestGateway;

  beforeAll(async () => {
    gw = await startGateway();
    locked = await startGateway(DEFAULT_SEED, { GATEWAY_API_KEYS_FILE: "test/fixtures/no-keys.json" });
  });
  afterAll(async () => {
    await gw?.close();
    await locked?.close();
  });

  it("a successful createUserGroup: its outcome, AWS request id and attempts", async () => {
    const { response, line } = await sendAndLog(gw, {
      query: CREATE_USER_GROUP,
      operationName: "CreateUserGroup",
      variables: { input: { userGroupId: GROUP_ID, engine: "VALKEY", userIds: ["app-default"] } },
    });
    expect(response.json.data.createUserGroup.__typename).toBe("CreateUserGroupSuccess");

    expect(line).toMatchObject({ operation: "CreateUserGroup", caller: "anonymous", errors: [] });
    expect(line.outcomes).toEqual([{ field: "createUserGroup", outcome: "CreateUserGroupSuccess", awsRequestId: expect.stringMatching(UUID), attempts: 1 }]);
    expectCommonFields(line);
  });

  it("names the operation from the document when the request gives no operationName", async () => {
    const { line } = await sendAndLog(gw, {
      query: CREATE_USER_GROUP,
      variables: { input: { userGroupId: `${GROUP_ID}-2`, engine: "VALKEY", userIds: ["app-default"] } },
    });
    expect(line.operation).toBe("CreateUserGroup");
    expect(line.outcomes.map((o) => o.outcome)).toEqual(["CreateUserGroupSuccess"]);
  });

  it("a createBrokerUser that AWS answers BrokerNotFound: the fault is an outcome, not an error", async () => {
    const { response, line } = await sendAndLog(gw, {
      query: CREATE_BROKER_USER,
      variables: { input: { brokerId: MISSING_BROKER, username: USERNAME, password: PASSWORD } },
    });
    const result = response.json.data.createBrokerUser;
    expect(result.__typename).toBe("BrokerNotFound");

    expect(line).toMatchObject({ operation: "CreateBrokerUser", caller: "anonymous", errors: [] });
    expect(line.outcomes).toEqual([{ field: "createBrokerUser", outcome: "BrokerNotFound", awsRequestId: expect.stringMatching(UUID), attempts: 1 }]);
    // The id logged is the one the caller got, so a support request can be matched to the line.
    expect(line.outcomes[0]!.awsRequestId).toBe(result.requestId);
    expectCommonFields(line);
  });

  it("an InputValidationError: no AWS call, so no request id or attempts", async () => {
    const { response, line } = await sendAndLog(gw, {
      query: CREATE_BROKER_USER,
      variables: { input: { brokerId: ACTIVEMQ_BROKER, username: USERNAME, password: BAD_PASSWORD } },
    });
    expect(response.json.data.createBrokerUser.__typename).toBe("InputValidationError");

    expect(line).toMatchObject({ operation: "CreateBrokerUser", caller: "anonymous", errors: [] });
    expect(line.outcomes).toEqual([{ field: "createBrokerUser", outcome: "InputValidationError" }]);
    expect(Object.keys(line.outcomes[0]!).sort()).toEqual(["field", "outcome"]);
    expectCommonFields(line);
  });

  it("a request refused before any field runs: outcomes [] and the error code", async () => {
    const { response, line } = await sendAndLog(gw, {
      query: CREATE_BROKER_USER,
      variables: { input: { brokerId: ACTIVEMQ_BROKER, username: USERNAME, password: [PASSWORD] } },
    });
    expect(response.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(line).toMatchObject({ operation: "CreateBrokerUser", caller: "anonymous", outcomes: [], errors: ["BAD_USER_INPUT"] });
    expectCommonFields(line);
  });

  it("an operation failing authentication: caller null, outcomes [], errors [UNAUTHENTICATED]", async () => {
    const { response, line } = await sendAndLog(locked, {
      query: CREATE_BROKER_USER,
      variables: { input: { brokerId: ACTIVEMQ_BROKER, username: USERNAME, password: PASSWORD } },
    });
    expect(response.json.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(["UNAUTHENTICATED"]);
    expect(line).toMatchObject({ operation: "CreateBrokerUser", caller: null, outcomes: [], errors: ["UNAUTHENTICATED"] });
    expectCommonFields(line);
    expect(locked.account.brokers.get(ACTIVEMQ_BROKER)!.users.has(USERNAME)).toBe(false);
  });

  it("every line is JSON, and none holds a value sent as a variable", () => {
    const all = [...gw.logs, ...locked.logs];
    expect(all.length).toBeGreaterThan(0);
    for (const line of all) expect(() => JSON.parse(line)).not.toThrow();
    for (const canary of [PASSWORD, BAD_PASSWORD, GROUP_ID, USERNAME, MISSING_BROKER, "app-default"]) {
      for (const line of all) expect(line, `a log line holds ${canary}`).not.toContain(canary);
    }
  });
});

describe("operation log: written after the answers, at the end of the event loop's turn", () => {
  it("closing the server writes the lines still waiting", async () => {
    const config = readConfig({ GATEWAY_RATE_LIMIT_PER_MINUTE: "0" });
    const logs: string[] = [];
    const app = await buildApp({
      backend: createLocalBackend(DEFAULT_SEED, "us-east-1"),
      authenticate: await createAuthentication(config.auth),
      config,
      version: "test",
      logStream: { write: (line: string) => void logs.push(line) },
    });
    const lines = () => parse(logs).filter((l) => l.msg === "graphql operation");
    const payload = { query: CREATE_USER_GROUP, variables: { input: { userGroupId: "closing-group", engine: "VALKEY", userIds: ["app-default"] } } };
    // Closing in the turn the answer arrives in, before that turn's end writes its line.
    let closed!: Promise<unknown>;
    let linesAtAnswer = -1;
    const answer = await app.inject({ method: "POST", url: "/graphql", payload }).then((response) => {
      linesAtAnswer = lines().length;
      closed = app.close();
      return response;
    });
    await closed;
    expect(answer.json().data.createUserGroup.__typename).toBe("CreateUserGroupSuccess");
    expect(linesAtAnswer, "the line waits for the end of the turn").toBe(0);
    expect(lines()).toMatchObject([{ operation: "CreateUserGroup", outcomes: [{ field: "createUserGroup", outcome: "CreateUserGroupSuccess" }] }]);
  });
});
