import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageCursor } from "../../src/graphql/page-cursor";
import type { ListField } from "../../src/operations";
import type { Seed } from "../../src/simulation/seed";
import { BROKER_USER, BROKER_USERS, BROKERS, DELETE_BROKER_USER, UPDATE_BROKER_USER } from "../fixtures/broker-documents";
import { ACTIVEMQ_BROKER as ACTIVEMQ, CREATE_BROKER_USER, RABBITMQ_BROKER as RABBITMQ } from "../fixtures/documents";
import { startEmulatorGateway, startGateway, type TestGateway } from "../fixtures/gateway";
import { mqSeed } from "../fixtures/mq-seeds";

const PASSWORD = "Lifecycle-Pa55word-1a";
const NEW_PASSWORD = "Rotated-Pa55word-2b";
const MISSING = "b-00000000-0000-4000-8000-000000000000";
/** Applied users, one per test that changes one. */
const APPLIED = ["applied-1", "applied-2", "applied-3", "applied-4", "applied-5"];
const ACTIONS = ["mq:ListBrokers", "mq:ListUsers", "mq:DescribeUser", "mq:UpdateUser", "mq:DeleteUser"];

/** A cursor as the gateway would give it, whose AWS marker is `marker`: AWS, not the gateway, judges it. */
function cursorWithMarker(field: ListField, scope: string[], marker: string): string {
  // No node is given, so no key is taken.
  const cursor = new PageCursor(field, (_node: never) => "", scope);
  return cursor.connection(cursor.plan({ first: 1 }).plan!, { items: [], nextMarker: marker }).pageInfo.endCursor!;
}

/** Each field: its document, and the name of its result in `data`. */
const FIELDS = {
  brokers: BROKERS,
  brokerUsers: BROKER_USERS,
  brokerUser: BROKER_USER,
  updateBrokerUser: UPDATE_BROKER_USER,
  deleteBrokerUser: DELETE_BROKER_USER,
} as const;
type Field = keyof typeof FIELDS;

/** Variables of a call that would succeed against the seed, for each field. */
const GOOD: Record<Field, Record<string, unknown>> = {
  brokers: {},
  brokerUsers: { brokerId: ACTIVEMQ },
  brokerUser: { brokerId: ACTIVEMQ, username: "admin" },
  updateBrokerUser: { input: { brokerId: ACTIVEMQ, username: "admin", consoleAccess: false } },
  deleteBrokerUser: { input: { brokerId: ACTIVEMQ, username: "admin" } },
};

const OPERATIONS: Record<Field, string> = {
  brokers: "mq:ListBrokers",
  brokerUsers: "mq:ListUsers",
  brokerUser: "mq:DescribeUser",
  updateBrokerUser: "mq:UpdateUser",
  deleteBrokerUser: "mq:DeleteUser",
};

describe.each([
  ["local", startGateway],
  ["emulator (real SDK adapters over the wire)", startEmulatorGateway],
])("the Amazon MQ lifecycle over HTTP on the %s backend", (_backend, start: (seed?: Seed, env?: NodeJS.ProcessEnv) => Promise<TestGateway>) => {
  let gw: TestGateway;
  const ask = async (field: Field, variables: Record<string, unknown>) => {
    const body = await gw.graphql(FIELDS[field], variables);
    expect(body.errors).toBeUndefined();
    return body.data[field];
  };
  const createUser = async (username: string, extra: Record<string, unknown> = {}) =>
    (await gw.graphql(CREATE_BROKER_USER, { input: { brokerId: ACTIVEMQ, username, password: PASSWORD, ...extra } })).data.createBrokerUser;

  beforeAll(async () => {
    // One attempt per call: the SDK's retries (tested elsewhere) would only slow the scripted faults down.
    gw = await start(mqSeed(APPLIED), { GATEWAY_UPSTREAM_MAX_ATTEMPTS: "1" });
  });
  afterAll(() => gw.close());

  describe("every member of each field's union", () => {
    it.each<[Field, string, Record<string, unknown>, Record<string, unknown>]>([
      ["brokers", "BrokerConnection", { first: 1 }, { nodes: [{ brokerId: ACTIVEMQ, engineType: "ACTIVEMQ" }], pageInfo: { hasNextPage: true } }],
      ["brokers", "InputValidationError", { first: 101 }, { violations: [{ path: ["first"], constraint: "RANGE" }] }],
      [
        "brokerUsers",
        "BrokerUserConnection",
        { brokerId: ACTIVEMQ, first: 2 },
        { nodes: [{ username: "admin", pendingChange: null }, { username: "applied-1" }] },
      ],
      ["brokerUsers", "BrokerNotFound", { brokerId: MISSING }, { requestId: expect.any(String) }],
      ["brokerUsers", "BadRequest", { brokerId: RABBITMQ }, { attribute: null, message: expect.stringContaining("RabbitMQ") }],
      ["brokerUsers", "InputValidationError", { brokerId: "", after: "x.y" }, { violations: [{ path: ["brokerId"] }, { path: ["after"] }] }],
      [
        "brokerUser",
        "BrokerUser",
        { brokerId: ACTIVEMQ, username: "admin" },
        { username: "admin", consoleAccess: false, groups: [], replicationUser: false, pending: null, pendingChange: null },
      ],
      ["brokerUser", "BrokerUserNotFound", { brokerId: ACTIVEMQ, username: "ghost" }, { missing: "USER", requestId: expect.any(String) }],
      ["brokerUser", "BrokerUserNotFound", { brokerId: MISSING, username: "admin" }, { missing: "BROKER" }],
      ["brokerUser", "BadRequest", { brokerId: RABBITMQ, username: "someone" }, { attribute: null }],
      ["brokerUser", "InputValidationError", { brokerId: ACTIVEMQ, username: "a b" }, { violations: [{ path: ["username"], constraint: "PATTERN" }] }],
      ["updateBrokerUser", "BrokerUserNotFound", { input: { brokerId: ACTIVEMQ, username: "ghost", password: NEW_PASSWORD } }, { missing: "USER" }],
      ["updateBrokerUser", "BrokerUserNotFound", { input: { brokerId: MISSING, username: "admin", groups: [] } }, { missing: "BROKER" }],
      ["updateBrokerUser", "BadRequest", { input: { brokerId: RABBITMQ, username: "someone", consoleAccess: true } }, { attribute: null }],
      [
        "updateBrokerUser",
        "InputValidationError",
        { input: { brokerId: ACTIVEMQ, username: "admin" } },
        { violations: [{ path: ["input"], constraint: "REQUIRED_ONE_OF" }] },
      ],
      ["deleteBrokerUser", "BrokerUserNotFound", { input: { brokerId: ACTIVEMQ, username: "ghost" } }, { missing: "USER" }],
      ["deleteBrokerUser", "BadRequest", { input: { brokerId: RABBITMQ, username: "someone" } }, { attribute: null }],
      ["deleteBrokerUser", "InputValidationError", { input: { brokerId: ACTIVEMQ, username: "" } }, { violations: [{ path: ["input", "username"] }] }],
    ])("%s answers %s", async (field, typename, variables, expected) => {
      expect(await ask(field, variables)).toMatchObject({ __typename: typename, ...expected });
    });

    it("brokers answers BadRequest when AWS does", async () => {
      gw.account.documentedFaults.add({ operation: "mq:ListBrokers", fault: { code: "BadRequest" }, times: 1 });
      expect(await ask("brokers", {})).toMatchObject({ __typename: "BadRequest", attribute: null, requestId: expect.any(String) });
    });

    it.each<[Field, Record<string, unknown>, string[]]>([
      ["brokers", {}, []],
      ["brokerUsers", { brokerId: ACTIVEMQ }, [ACTIVEMQ]],
    ])("%s answers a made-up cursor that passes the gateway's check, which AWS refuses, as InputValidationError on after", async (field, variables, scope) => {
      const after = cursorWithMarker(field as ListField, scope, "not-a-token");
      expect(await ask(field, { ...variables, after })).toMatchObject({
        __typename: "InputValidationError",
        violations: [{ path: ["after"], constraint: "CURSOR" }],
      });
    });

    it("updateBrokerUser answers UpdateBrokerUserSuccess, and Conflict for a user pending deletion", async () => {
      const key = { brokerId: ACTIVEMQ, username: "applied-1" };
      expect(await ask("updateBrokerUser", { input: { ...key, password: NEW_PASSWORD } })).toEqual({ __typename: "UpdateBrokerUserSuccess", ...key });
      expect(await ask("deleteBrokerUser", { input: key })).toEqual({ __typename: "DeleteBrokerUserSuccess", ...key });
      const conflict = await ask("updateBrokerUser", { input: { ...key, consoleAccess: true } });
      expect(conflict).toMatchObject({ __typename: "Conflict", message: expect.stringMatching(/pending deletion/), requestId: expect.any(String) });
    });

    it("updateBrokerUser answers BadRequest when the change would give a replication user console access", async () => {
      const key = { brokerId: ACTIVEMQ, username: "applied-2" };
      expect((await ask("updateBrokerUser", { input: { ...key, replicationUser: true } })).__typename).toBe("UpdateBrokerUserSuccess");
      expect(await ask("updateBrokerUser", { input: { ...key, consoleAccess: true } })).toMatchObject({ __typename: "BadRequest", attribute: "consoleAccess" });
    });

    it.each(Object.keys(FIELDS) as Field[])("%s answers UpstreamThrottled and UpstreamUnavailable when the simulated AWS does", async (field) => {
      gw.account.faults.add({ operation: OPERATIONS[field], fault: { kind: "throttling" } });
      expect(await ask(field, GOOD[field])).toMatchObject({ __typename: "UpstreamThrottled", retryAfterSeconds: 1 });
      gw.account.faults.clear();
      gw.account.faults.add({ operation: OPERATIONS[field], fault: { kind: "unavailable" } });
      expect(await ask(field, GOOD[field])).toMatchObject({ __typename: "UpstreamUnavailable", retryable: true });
      gw.account.faults.clear();
      expect(gw.account.brokers.get(ACTIVEMQ)!.users.get("admin")!.pending).toBeNull();
    });

    it("every field answers Forbidden, with a fixed message, when the gateway's role is denied its action", async () => {
      const denied = await start({ ...mqSeed([]), deniedActions: ACTIONS });
      try {
        for (const field of Object.keys(FIELDS) as Field[]) {
          const body = await denied.graphql(FIELDS[field], GOOD[field]);
          expect(body.data[field], field).toMatchObject({ __typename: "Forbidden", requestId: expect.any(String) });
          expect(body.data[field].message).not.toMatch(/arn:|\d{12}|mq:/);
        }
      } finally {
        await denied.close();
      }
    });

    it("every field answers RateLimited once the caller spent its burst, and calls no adapter for it", async () => {
      const limited = await start(mqSeed([]), { GATEWAY_RATE_LIMIT_PER_MINUTE: "1", GATEWAY_RATE_LIMIT_BURST: "1" });
      try {
        expect((await limited.graphql(BROKERS, {})).data.brokers.__typename).toBe("BrokerConnection");
        for (const field of Object.keys(FIELDS) as Field[]) {
          expect((await limited.graphql(FIELDS[field], GOOD[field])).data[field], field).toMatchObject({ __typename: "RateLimited" });
        }
        expect(limited.account.brokers.get(ACTIVEMQ)!.users.get("admin")!.pending).toBeNull();
      } finally {
        await limited.close();
      }
    });
  });

  describe("a user's life", () => {
    it("created, it is pending creation; changed, still; deleted, gone at once", async () => {
      expect((await createUser("newcomer", { groups: ["apps"] })).__typename).toBe("CreateBrokerUserSuccess");
      const key = { brokerId: ACTIVEMQ, username: "newcomer" };
      expect(await ask("brokerUser", key)).toMatchObject({ groups: ["apps"], pending: { groups: ["apps"], pendingChange: "CREATE" }, pendingChange: "CREATE" });

      expect((await ask("updateBrokerUser", { input: { ...key, groups: ["apps", "ops"], consoleAccess: true } })).__typename).toBe("UpdateBrokerUserSuccess");
      expect(await ask("brokerUser", key)).toMatchObject({ pending: { consoleAccess: true, groups: ["apps", "ops"], pendingChange: "CREATE" } });
      const listed = await ask("brokerUsers", { brokerId: ACTIVEMQ });
      expect(listed.nodes).toContainEqual({ username: "newcomer", pendingChange: "CREATE" });

      expect(await ask("deleteBrokerUser", { input: key })).toEqual({ __typename: "DeleteBrokerUserSuccess", ...key });
      expect(await ask("brokerUser", key)).toMatchObject({ __typename: "BrokerUserNotFound", missing: "USER" });
      expect((await ask("brokerUsers", { brokerId: ACTIVEMQ })).nodes.map((n: { username: string }) => n.username)).not.toContain("newcomer");
    });

    it("an applied user's change is pending until the broker reboots; the broker runs the old values meanwhile", async () => {
      const key = { brokerId: ACTIVEMQ, username: "applied-3" };
      const input = { ...key, password: NEW_PASSWORD, consoleAccess: true, groups: ["admins"], replicationUser: false };
      expect(await ask("updateBrokerUser", { input })).toEqual({ __typename: "UpdateBrokerUserSuccess", ...key });
      expect(await ask("brokerUser", key)).toEqual({
        __typename: "BrokerUser",
        ...key,
        consoleAccess: false,
        groups: [],
        replicationUser: false,
        pending: { consoleAccess: true, groups: ["admins"], pendingChange: "UPDATE" },
        pendingChange: "UPDATE",
      });
      expect((await ask("brokerUsers", { brokerId: ACTIVEMQ })).nodes).toContainEqual({ username: "applied-3", pendingChange: "UPDATE" });
    });

    it("an applied user's deletion is pending; deleting it again changes nothing", async () => {
      const key = { brokerId: ACTIVEMQ, username: "applied-4" };
      for (let i = 0; i < 2; i++) expect((await ask("deleteBrokerUser", { input: key })).__typename).toBe("DeleteBrokerUserSuccess");
      expect(await ask("brokerUser", key)).toMatchObject({ consoleAccess: false, pending: { pendingChange: "DELETE" }, pendingChange: "DELETE" });
      expect((await ask("brokerUsers", { brokerId: ACTIVEMQ })).nodes).toContainEqual({ username: "applied-4", pendingChange: "DELETE" });
      expect((await createUser("applied-4")).__typename).toBe("BrokerUserAlreadyExists");
    });
  });

  describe("the password", () => {
    it("is never in an answer or a log line, whatever updateBrokerUser answers", async () => {
      const key = { brokerId: ACTIVEMQ, username: "applied-5" };
      const answers = [
        await ask("updateBrokerUser", { input: { ...key, password: NEW_PASSWORD } }),
        await ask("updateBrokerUser", { input: { ...key, username: "ghost", password: NEW_PASSWORD } }),
        await ask("updateBrokerUser", { input: { ...key, brokerId: RABBITMQ, password: NEW_PASSWORD } }),
        await ask("updateBrokerUser", { input: { ...key, password: `${NEW_PASSWORD},` } }),
      ];
      expect(answers.map((a) => a.__typename)).toEqual(["UpdateBrokerUserSuccess", "BrokerUserNotFound", "BadRequest", "InputValidationError"]);
      // A password of the wrong type: graphql-js would repeat the value in its error.
      const wrongType = await gw.post({ query: UPDATE_BROKER_USER, variables: { input: { ...key, password: { secret: NEW_PASSWORD } } } });
      expect(wrongType.status).toBe(400);
      expect(JSON.stringify(answers) + wrongType.text).not.toContain(NEW_PASSWORD);
      expect(gw.logs.length).toBeGreaterThan(0);
      expect(gw.logs.join("\n")).not.toContain(NEW_PASSWORD);
    });

    it("is censored by the app's logger at input.password, wherever a line would carry updateBrokerUser's input", () => {
      const before = gw.logs.length;
      gw.log.info({ input: { brokerId: ACTIVEMQ, username: "admin", password: NEW_PASSWORD } }, "an updateBrokerUser input");
      const line = gw.logs.slice(before).join("\n");
      expect(line).toContain('"password":"[redacted]"');
      expect(line).not.toContain(NEW_PASSWORD);
    });
  });
});
