import { type GraphQLUnionType, graphql } from "graphql";
import { describe, expect, it } from "vitest";
import type { Backend } from "../../src/backend";
import { PageCursor } from "../../src/graphql/page-cursor";
import { buildGatewaySchema } from "../../src/graphql/schema";
import { AWS_SCOPES } from "../../src/operations";
import type { BrokerUserCallFault, ListBrokerUsersFault, UpdateBrokerUserFault, UpdateBrokerUserRequest } from "../../src/ports/broker-users";
import type { BrokersFault } from "../../src/ports/brokers";
import { fail, ok } from "../../src/ports/result";
import { validateBrokerId, validateBrokerUserKey, validateUpdateBrokerUser } from "../../src/validation/broker-user-input";
import type { Violation } from "../../src/validation/violation";
import { BROKER_USER, BROKER_USERS, BROKERS, DELETE_BROKER_USER, UPDATE_BROKER_USER } from "../fixtures/broker-documents";
import { ACTIVEMQ_BROKER } from "../fixtures/documents";
import { stubBackend } from "../fixtures/stub-backend";

const KEY = { brokerId: ACTIVEMQ_BROKER, username: "app-user" };
const PASSWORD = "Correct-Horse-Battery";
const summary = (violations: readonly Violation[]) => violations.map((v) => [v.path.join("."), v.constraint]);

describe("validateUpdateBrokerUser", () => {
  const update = (over: Partial<UpdateBrokerUserRequest>): UpdateBrokerUserRequest => ({ ...KEY, ...over });

  it.each<[string, Partial<UpdateBrokerUserRequest>]>([
    ["a password only", { password: PASSWORD }],
    ["consoleAccess only, false", { consoleAccess: false }],
    ["consoleAccess only, true", { consoleAccess: true }],
    ["replicationUser only", { replicationUser: true }],
    ["no groups at all", { groups: [] }],
    ["every field", { password: PASSWORD, consoleAccess: true, groups: ["a-b"], replicationUser: false }],
  ])("accepts %s", (_, over) => {
    expect(validateUpdateBrokerUser(update(over))).toEqual([]);
  });

  it("asks for at least one change besides the key, at the input itself", () => {
    const violations = validateUpdateBrokerUser(update({}));
    expect(summary(violations)).toEqual([["", "REQUIRED_ONE_OF"]]);
    expect(violations[0]!.message).toMatch(/password.*consoleAccess.*groups.*replicationUser/);
  });

  it("checks the key as CreateUser does", () => {
    expect(summary(validateUpdateBrokerUser(update({ brokerId: "", username: "a:b", consoleAccess: false })))).toEqual([
      ["brokerId", "MIN_LENGTH"],
      ["username", "PATTERN"],
    ]);
  });

  it("checks a given password as CreateUser does, never echoing it", () => {
    const bad = "aaa,aaa";
    const violations = validateUpdateBrokerUser(update({ password: bad }));
    expect(summary(violations)).toEqual([
      ["password", "MIN_LENGTH"],
      ["password", "MIN_DISTINCT_CHARACTERS"],
      ["password", "FORBIDDEN_CHARACTERS"],
    ]);
    expect(JSON.stringify(violations)).not.toContain(bad);
  });

  it("checks given groups as CreateUser does", () => {
    const groups = [...Array.from({ length: 20 }, (_, i) => `g-${i}`), "x"];
    expect(summary(validateUpdateBrokerUser(update({ groups })))).toEqual([
      ["groups", "MAX_ITEMS"],
      ["groups.20", "MIN_LENGTH"],
    ]);
  });

  it("refuses consoleAccess and replicationUser both true", () => {
    expect(summary(validateUpdateBrokerUser(update({ consoleAccess: true, replicationUser: true })))).toEqual([["replicationUser", "MUTUALLY_EXCLUSIVE"]]);
  });

  it("reports every broken rule at once", () => {
    expect(summary(validateUpdateBrokerUser({ brokerId: "", username: "x" }))).toEqual([
      ["brokerId", "MIN_LENGTH"],
      ["username", "MIN_LENGTH"],
      ["", "REQUIRED_ONE_OF"],
    ]);
  });
});

describe("validateBrokerUserKey and validateBrokerId", () => {
  it.each<[string, { brokerId: string; username: string }, string[][]]>([
    ["a valid key", KEY, []],
    ["an empty broker id", { ...KEY, brokerId: "" }, [["brokerId", "MIN_LENGTH"]]],
    ["an empty username (it would name the ListUsers path)", { ...KEY, username: "" }, [["username", "MIN_LENGTH"]]],
    ["a username with a slash", { ...KEY, username: "a/b" }, [["username", "PATTERN"]]],
    ["a username of 101 characters", { ...KEY, username: "u".repeat(101) }, [["username", "MAX_LENGTH"]]],
  ])("%s", (_, key, expected) => {
    expect(summary(validateBrokerUserKey(key))).toEqual(expected);
  });

  it("a broker id must not be empty", () => {
    expect(validateBrokerId(ACTIVEMQ_BROKER)).toEqual([]);
    expect(summary(validateBrokerId(""))).toEqual([["brokerId", "MIN_LENGTH"]]);
  });
});

/** The schema over `backend`, executed in process by a caller holding every scope. */
async function run(backend: Backend, document: string, variables: Record<string, unknown>) {
  const contextValue = { identity: { id: "test", kind: "api-key", scopes: new Set(AWS_SCOPES) }, log: console, calls: [] };
  const result = await graphql({ schema: await buildGatewaySchema(backend, "test"), source: document, variableValues: variables, contextValue });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as Record<string, any>;
}

const UPSTREAM = [
  { code: "UpstreamThrottled", retryAfterSeconds: 4, requestId: "r-t" },
  { code: "UpstreamUnavailable", retryable: true, requestId: "r-u" },
] as const;
const BAD_REQUEST = { code: "BadRequest", attribute: "maxResults", reason: "AWS says no.", requestId: "r-b" } as const;
const FORBIDDEN = { code: "Forbidden", requestId: "r-f" } as const;

const BROKERS_FAULTS: BrokersFault[] = [BAD_REQUEST, FORBIDDEN, ...UPSTREAM];
const LIST_USERS_FAULTS: ListBrokerUsersFault[] = [{ code: "BrokerNotFound", requestId: "r-n" }, BAD_REQUEST, FORBIDDEN, ...UPSTREAM];
const USER_CALL_FAULTS: BrokerUserCallFault[] = [
  { code: "BrokerUserNotFound", missing: "BROKER", requestId: "r-n1" },
  { code: "BrokerUserNotFound", missing: "USER", requestId: "r-n2" },
  { code: "BrokerUserNotFound", missing: null, requestId: "r-n3" },
  BAD_REQUEST,
  FORBIDDEN,
  ...UPSTREAM,
];
const UPDATE_FAULTS: UpdateBrokerUserFault[] = [...USER_CALL_FAULTS, { code: "Conflict", reason: "The user is pending deletion.", requestId: "r-c" }];

/** Each field, how it is asked, and the backend whose port answers `fault`. */
const FIELDS = {
  brokers: {
    union: "BrokersResult",
    document: BROKERS,
    variables: {},
    faults: BROKERS_FAULTS,
    backend: (f: any) => stubBackend({ brokers: { list: async () => fail(f) } }),
  },
  brokerUsers: {
    union: "BrokerUsersResult",
    document: BROKER_USERS,
    variables: { brokerId: ACTIVEMQ_BROKER },
    faults: LIST_USERS_FAULTS,
    backend: (f: any) => stubBackend({ brokerUsers: { list: async () => fail(f) } }),
  },
  brokerUser: {
    union: "BrokerUserResult",
    document: BROKER_USER,
    variables: KEY,
    faults: USER_CALL_FAULTS,
    backend: (f: any) => stubBackend({ brokerUsers: { get: async () => fail(f) } }),
  },
  updateBrokerUser: {
    union: "UpdateBrokerUserResult",
    document: UPDATE_BROKER_USER,
    variables: { input: { ...KEY, password: PASSWORD } },
    faults: UPDATE_FAULTS,
    backend: (f: any) => stubBackend({ brokerUsers: { update: async () => fail(f) } }),
  },
  deleteBrokerUser: {
    union: "DeleteBrokerUserResult",
    document: DELETE_BROKER_USER,
    variables: { input: KEY },
    faults: USER_CALL_FAULTS,
    backend: (f: any) => stubBackend({ brokerUsers: { delete: async () => fail(f) } }),
  },
} as const;

describe("domain fault to union member, for each new field", () => {
  const cases = Object.entries(FIELDS).flatMap(([field, f]) => f.faults.map((fault) => [field, fault.code, fault] as const));

  it.each(cases)("%s: %s is the member of that name", async (field, code, fault) => {
    const f = FIELDS[field as keyof typeof FIELDS];
    const member = await run(f.backend(fault), f.document, f.variables);
    expect(member).toMatchObject({ __typename: code, requestId: fault.requestId, message: expect.stringMatching(/\w{3,}/) });
    if (fault.code === "BadRequest") expect(member).toMatchObject({ attribute: "maxResults", message: "AWS says no." });
    if (fault.code === "BrokerUserNotFound") expect(member.missing).toBe(fault.missing);
    if (fault.code === "Conflict") expect(member.message).toBe("The user is pending deletion.");
    if (fault.code === "UpstreamThrottled") expect(member.retryAfterSeconds).toBe(4);
    if (fault.code === "UpstreamUnavailable") expect(member.retryable).toBe(true);
  });

  it("BrokerUserNotFound says which was missing in its message", async () => {
    const messages = [];
    for (const fault of USER_CALL_FAULTS.filter((f) => f.code === "BrokerUserNotFound")) {
      messages.push((await run(FIELDS.brokerUser.backend(fault), BROKER_USER, KEY)).message);
    }
    expect(messages).toEqual([
      "No broker with this id exists in the gateway's region.",
      "The broker has no user with this username.",
      "The broker or the user does not exist.",
    ]);
  });

  it("covers every member of each union but the success and the gateway's own (InputValidationError, RateLimited, Idempotency*)", async () => {
    const schema = await buildGatewaySchema(stubBackend(), "t");
    for (const f of Object.values(FIELDS)) {
      const members = (schema.getType(f.union) as GraphQLUnionType)
        .getTypes()
        .map((t) => t.name)
        .filter((n) => !/Success$|Connection$|^BrokerUser$|^InputValidationError$|^RateLimited$|^Idempotency/.test(n));
      expect(members.sort(), f.union).toEqual([...new Set(f.faults.map((x) => x.code))].sort());
    }
  });
});

describe("successes", () => {
  it("brokerUser: the user, its pending values, and pendingChange as a shortcut to them", async () => {
    const user = {
      ...KEY,
      consoleAccess: false,
      groups: ["a"],
      replicationUser: false,
      pending: { consoleAccess: true, groups: ["b"], pendingChange: "UPDATE" as const },
    };
    const backend = stubBackend({ brokerUsers: { get: async () => ok(user) } });
    expect(await run(backend, BROKER_USER, KEY)).toEqual({ __typename: "BrokerUser", ...user, pendingChange: "UPDATE" });
    const applied = stubBackend({ brokerUsers: { get: async () => ok({ ...user, consoleAccess: null, replicationUser: null, pending: null }) } });
    expect(await run(applied, BROKER_USER, KEY)).toMatchObject({ consoleAccess: null, replicationUser: null, pending: null, pendingChange: null });
  });

  it("updateBrokerUser and deleteBrokerUser: the key, and nothing of the password", async () => {
    const backend = stubBackend({ brokerUsers: { update: async (r) => ok({ brokerId: r.brokerId, username: r.username }), delete: async (k) => ok(k) } });
    const updated = await run(backend, UPDATE_BROKER_USER, { input: { ...KEY, password: PASSWORD } });
    expect(updated).toEqual({ __typename: "UpdateBrokerUserSuccess", ...KEY });
    expect(await run(backend, DELETE_BROKER_USER, { input: KEY })).toEqual({ __typename: "DeleteBrokerUserSuccess", ...KEY });
  });

  it("updateBrokerUser: a null field is left out of the request, as an absent one", async () => {
    const requests: UpdateBrokerUserRequest[] = [];
    const backend = stubBackend({
      brokerUsers: {
        update: async (r) => {
          requests.push(r);
          return ok(KEY);
        },
      },
    });
    await run(backend, UPDATE_BROKER_USER, { input: { ...KEY, password: null, consoleAccess: true, groups: null } });
    expect(requests).toStrictEqual([{ ...KEY, consoleAccess: true }]);
  });

  it("brokers: a page of the AWS page, with a cursor that goes on inside it", async () => {
    const items = Array.from({ length: 5 }, (_, i) => ({
      brokerId: `b-${i}`,
      brokerName: null,
      engineType: "ACTIVEMQ" as const,
      state: null,
      deploymentMode: "SINGLE_INSTANCE" as const,
      arn: null,
    }));
    const requests: unknown[] = [];
    const backend = stubBackend({
      brokers: {
        list: async (page) => {
          requests.push(page);
          return ok({ items, nextMarker: "m" });
        },
      },
    });
    const first = await run(backend, BROKERS, { first: 2 });
    expect(first.nodes).toEqual(items.slice(0, 2));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await run(backend, BROKERS, { first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((n: { brokerId: string }) => n.brokerId)).toEqual(["b-2", "b-3"]);
    expect(requests).toEqual([{ maxRecords: 5 }, { maxRecords: 5 }]);
  });
});

describe("input violations, before any AWS call (the stub ports refuse every call)", () => {
  it.each<[string, string, Record<string, unknown>, string[][]]>([
    ["brokers: first out of range", BROKERS, { first: 0 }, [["first", "RANGE"]]],
    ["brokers: a cursor that is not one", BROKERS, { after: "garbage" }, [["after", "CURSOR"]]],
    [
      "brokerUsers: an empty broker id, first too large",
      BROKER_USERS,
      { brokerId: "", first: 101 },
      [
        ["brokerId", "MIN_LENGTH"],
        ["first", "RANGE"],
      ],
    ],
    ["brokerUser: a username with a colon", BROKER_USER, { ...KEY, username: "a:b" }, [["username", "PATTERN"]]],
    ["updateBrokerUser: nothing to change", UPDATE_BROKER_USER, { input: KEY }, [["input", "REQUIRED_ONE_OF"]]],
    [
      "updateBrokerUser: console access and replication",
      UPDATE_BROKER_USER,
      { input: { ...KEY, consoleAccess: true, replicationUser: true } },
      [["input.replicationUser", "MUTUALLY_EXCLUSIVE"]],
    ],
    ["deleteBrokerUser: an empty username", DELETE_BROKER_USER, { input: { ...KEY, username: "" } }, [["input.username", "MIN_LENGTH"]]],
  ])("%s", async (_, document, variables, expected) => {
    const member = await run(stubBackend(), document, variables);
    expect(member.__typename).toBe("InputValidationError");
    expect(member.violations.map((v: { path: string[]; constraint: string }) => [v.path.join("."), v.constraint])).toEqual(expected);
  });

  it("brokerUsers: a cursor of one broker's list is refused for another's", async () => {
    const cursor = new PageCursor("brokerUsers", (user: { username: string }) => user.username, ["b-other"]);
    const other = cursor.connection(cursor.plan({ first: 1 }).plan!, { items: [{ username: "a" }, { username: "b" }] }).pageInfo.endCursor;
    const member = await run(stubBackend(), BROKER_USERS, { brokerId: ACTIVEMQ_BROKER, after: other });
    expect(member).toMatchObject({ __typename: "InputValidationError", violations: [{ path: ["after"], constraint: "CURSOR" }] });
  });
});
