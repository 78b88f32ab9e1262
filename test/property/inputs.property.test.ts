import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthentication } from "../../src/composition";
import { readConfig } from "../../src/config";
import type { CreateBrokerUserRequest } from "../../src/ports/broker-users";
import { ok } from "../../src/ports/result";
import type { CreateUserGroupRequest } from "../../src/ports/user-groups";
import { buildApp } from "../../src/server/app";
import { CONSTRAINTS } from "../../src/validation/violation";
import { CREATE_BROKER_USER, CREATE_USER_GROUP } from "../fixtures/documents";
import {
  applyBreakages,
  type BrokerUserJson,
  brokenVariables,
  brokerUserBreakage,
  brokerUserCase,
  brokerUserRequest,
  mixed,
  type Path,
  type UserGroupJson,
  unicodePassword,
  unicodeTagValue,
  userGroupBreakage,
  userGroupCase,
  userGroupRequest,
} from "../fixtures/input-arbitraries";
import { stubBackend } from "../fixtures/stub-backend";

/**
 * Property-based tests of both mutation inputs through the whole app (HTTP parsing, GraphQL coercion,
 * the resolvers' validation, the union result), in process with Fastify's inject, around ports that
 * count their calls. Validity is known from how each input was generated
 * (../fixtures/input-arbitraries.ts), never from the validation functions under test.
 *
 * The rules themselves get most of the generated inputs in test/unit/input-rules.property.test.ts,
 * straight through the validation functions; this file checks, on a few hundred inputs, that the app
 * around them reports the same violations, hands valid inputs to the port unchanged, and refuses what
 * is not of the input type.
 */

/**
 * Generated inputs per property: 650 here, and 100 more in the timing property at the end. About
 * 45 % of the mixed cases break at least one rule; one in 24 carries 100,000-code-point values.
 */
const RUNS = {
  userGroups: 150,
  brokerUsers: 150,
  unicodeTagValues: 50,
  unicodePasswords: 50,
  hostile: 250,
} as const;

const BODY_LIMIT = 8 * 1024 * 1024;
const KNOWN_CONSTRAINTS: ReadonlySet<string> = new Set(Object.keys(CONSTRAINTS));

interface Gateway {
  readonly app: FastifyInstance;
  /** How many times each port was called, and the last request it got (earlier ones are not kept: memory). */
  readonly calls: {
    userGroups: number;
    brokerUsers: number;
    lastUserGroup?: CreateUserGroupRequest;
    lastBrokerUser?: CreateBrokerUserRequest;
  };
  /** Log lines at level error or above. */
  readonly errorLogs: string[];
  post(query: string, variables: unknown): Promise<{ status: number; body: any; text: string }>;
}

/** The production app around a backend whose ports record each call and answer a success. */
async function startGateway(env: Record<string, string> = {}): Promise<Gateway> {
  const calls: Gateway["calls"] = { userGroups: 0, brokerUsers: 0 };
  const backend = stubBackend({
    userGroups: {
      create: async (request) => {
        calls.userGroups += 1;
        calls.lastUserGroup = request;
        return ok({
          userGroupId: request.userGroupId.toLowerCase(),
          status: "CREATING",
          engine: request.engine,
          userIds: [...(request.userIds ?? [])],
          minimumEngineVersion: "7.2",
          pendingChanges: null,
          replicationGroups: [],
          serverlessCaches: [],
          arn: null,
        });
      },
    },
    brokerUsers: {
      create: async (request) => {
        calls.brokerUsers += 1;
        calls.lastBrokerUser = request;
        const { password: _password, ...user } = request;
        return ok({ ...user, pending: { consoleAccess: user.consoleAccess, groups: user.groups, pendingChange: "CREATE" as const } });
      },
    },
  });
  const config = readConfig({ GATEWAY_RATE_LIMIT_PER_MINUTE: "0", GATEWAY_BODY_LIMIT_BYTES: String(BODY_LIMIT), ...env });
  const errorLogs: string[] = [];
  const app = await buildApp({
    backend,
    authenticate: await createAuthentication(config.auth),
    config,
    version: "property",
    logStream: { write: (line) => void (/^\{"level":[5-9]\d/.test(line) && errorLogs.push(line)) },
  });
  await app.ready();
  return {
    app,
    calls,
    errorLogs,
    async post(query, variables) {
      const response = await app.inject({
        method: "POST",
        url: "/graphql",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ query, variables }),
      });
      let body: unknown;
      try {
        body = JSON.parse(response.body);
      } catch {
        body = undefined;
      }
      return { status: response.statusCode, body, text: response.body };
    },
  };
}

const joined = (paths: readonly Path[]): string[] => [...new Set(paths.map((p) => p.join(".")))].sort();

interface Violation {
  path: string[];
  constraint: string;
  message: string;
}

/** Truncated JSON for failure messages: values here can be megabytes long, too long to diff. */
const brief = (value: unknown, max = 600): string => {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > max ? `${json.slice(0, max)}... (${json.length} chars)` : json;
};

/** An assertion whose message stays short whatever the size of the values. */
function check(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

/** What every answer to a representable input must be: HTTP 200, no top-level errors, a union member. */
function member(response: { status: number; body: any; text: string }, field: string): any {
  check(response.status < 500, () => `HTTP ${response.status}: ${brief(response.text)}`);
  check(response.status === 200 && response.body?.errors === undefined, () => `HTTP ${response.status}: ${brief(response.text)}`);
  return response.body.data[field];
}

/** An invalid input: InputValidationError, violations exactly at the broken fields, nothing sent on. */
function expectViolations(result: any, expected: readonly Path[], callsBefore: number, callsAfter: number): void {
  check(result.__typename === "InputValidationError", () => `expected InputValidationError at ${brief(joined(expected))}, got ${brief(result)}`);
  const violations = result.violations as Violation[];
  const got = joined(violations.map((v) => v.path));
  const want = joined(expected);
  check(got.join("|") === want.join("|"), () => {
    const missing = want.filter((p) => !got.includes(p));
    const extra = got.filter((p) => !want.includes(p));
    return `violation paths differ: missing ${brief(missing)}, unexpected ${brief(violations.filter((v) => extra.includes(v.path.join("."))))}`;
  });
  for (const v of violations) check(v.path[0] === "input" && KNOWN_CONSTRAINTS.has(v.constraint), () => `bad violation ${brief(v)}`);
  check(callsAfter === callsBefore, () => "an invalid input reached the port");
}

describe("property: both mutation inputs through the whole gateway", () => {
  let gw: Gateway;

  beforeAll(async () => {
    gw = await startGateway();
  });
  afterAll(async () => {
    await gw?.app.close();
  });

  it(`createUserGroup: invalid inputs answer their violations, valid ones reach the port once (${RUNS.userGroups} inputs)`, async () => {
    await fc.assert(
      fc.asyncProperty(mixed(userGroupCase), async ({ value: input, bad }) => {
        const before = gw.calls.userGroups;
        const result = member(await gw.post(CREATE_USER_GROUP, { input }), "createUserGroup");
        if (bad.length > 0) {
          expectViolations(result, bad, before, gw.calls.userGroups);
        } else {
          check(result.__typename === "CreateUserGroupSuccess", () => `expected CreateUserGroupSuccess, got ${brief(result)}`);
          check(gw.calls.userGroups === before + 1, () => `the port was called ${gw.calls.userGroups - before} times`);
          const want = userGroupRequest(input);
          check(isDeepStrictEqual({ ...gw.calls.lastUserGroup }, want), () => `the port got ${brief(gw.calls.lastUserGroup)}, not ${brief(want)}`);
        }
      }),
      { numRuns: RUNS.userGroups },
    );
  }, 120_000);

  it(`createBrokerUser: invalid inputs answer their violations, valid ones reach the port once (${RUNS.brokerUsers} inputs)`, async () => {
    await fc.assert(
      fc.asyncProperty(mixed(brokerUserCase), async ({ value: input, bad }) => {
        const before = gw.calls.brokerUsers;
        const response = await gw.post(CREATE_BROKER_USER, { input });
        const result = member(response, "createBrokerUser");
        // The password is never repeated, valid or not (checked where it cannot occur by chance).
        if ([...input.password].length >= 12) check(!response.text.includes(JSON.stringify(input.password).slice(1, -1)), () => "the password came back");
        if (bad.length > 0) {
          expectViolations(result, bad, before, gw.calls.brokerUsers);
        } else {
          check(result.__typename === "CreateBrokerUserSuccess", () => `expected CreateBrokerUserSuccess, got ${brief(result)}`);
          check(gw.calls.brokerUsers === before + 1, () => `the port was called ${gw.calls.brokerUsers - before} times`);
          const want = brokerUserRequest(input);
          check(isDeepStrictEqual({ ...gw.calls.lastBrokerUser }, want), () => `the port got ${brief(gw.calls.lastBrokerUser)}, not ${brief(want)}`);
        }
      }),
      { numRuns: RUNS.brokerUsers },
    );
  }, 120_000);

  it(`createUserGroup: unicode tag values (astral, combining marks, invisibles) reach the port unchanged (${RUNS.unicodeTagValues} inputs)`, async () => {
    await fc.assert(
      fc.asyncProperty(userGroupCase("valid"), fc.array(unicodeTagValue, { minLength: 1, maxLength: 5 }), async ({ value: base }, values) => {
        const input: UserGroupJson = { ...base, tags: values.map((value, i) => ({ key: `k${i}`, value })) };
        const before = gw.calls.userGroups;
        const result = member(await gw.post(CREATE_USER_GROUP, { input }), "createUserGroup");
        expect(result.__typename).toBe("CreateUserGroupSuccess");
        expect(gw.calls.userGroups).toBe(before + 1);
        const sent = gw.calls.lastUserGroup!.tags!.map((t) => t.value);
        expect(sent).toEqual(values);
        for (const [i, value] of sent.entries()) expect(value === values[i]).toBe(true);
      }),
      { numRuns: RUNS.unicodeTagValues },
    );
  }, 60_000);

  it(`createBrokerUser: unicode passwords reach the port unchanged (${RUNS.unicodePasswords} inputs)`, async () => {
    await fc.assert(
      fc.asyncProperty(brokerUserCase("valid"), unicodePassword, async ({ value: base }, password) => {
        const input: BrokerUserJson = { ...base, password };
        const before = gw.calls.brokerUsers;
        const response = await gw.post(CREATE_BROKER_USER, { input });
        const result = member(response, "createBrokerUser");
        expect(result.__typename).toBe("CreateBrokerUserSuccess");
        expect(gw.calls.brokerUsers).toBe(before + 1);
        expect(gw.calls.lastBrokerUser!.password === password).toBe(true);
        expect(response.text.includes(JSON.stringify(password).slice(1, -1))).toBe(false);
      }),
      { numRuns: RUNS.unicodePasswords },
    );
  }, 60_000);

  it("logged no unexpected error", () => {
    check(gw.errorLogs.length === 0, () => `logged: ${gw.errorLogs.map((l) => brief(l, 2_000)).join("\n")}`);
  });
});

describe("property: inputs that are not of the GraphQL input type", () => {
  let gateways: { dev: Gateway; production: Gateway };

  beforeAll(async () => {
    gateways = { dev: await startGateway(), production: await startGateway({ NODE_ENV: "production" }) };
  });
  afterAll(async () => {
    await gateways?.dev.app.close();
    await gateways?.production.app.close();
  });

  const hostile = fc.oneof(
    fc
      .tuple(userGroupCase("valid"), fc.array(userGroupBreakage, { minLength: 1, maxLength: 3 }))
      .map(([c, breakages]) => ({ operation: "createUserGroup" as const, variables: { input: applyBreakages(c.value, breakages) } })),
    fc
      .tuple(brokerUserCase("valid"), fc.array(brokerUserBreakage, { minLength: 1, maxLength: 3 }))
      .map(([c, breakages]) => ({ operation: "createBrokerUser" as const, variables: { input: applyBreakages(c.value, breakages) } })),
    fc
      .tuple(fc.constantFrom("createUserGroup" as const, "createBrokerUser" as const), brokenVariables)
      .map(([operation, variables]) => ({ operation, variables })),
  );

  it(`answer 400 BAD_USER_INPUT without echoing the value, never reach a port (${RUNS.hostile} inputs, dev and production config)`, async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom("dev" as const, "production" as const), async ({ operation, variables }, which) => {
        const gw = gateways[which];
        const before = gw.calls.userGroups + gw.calls.brokerUsers;
        const { status, body, text } = await gw.post(operation === "createUserGroup" ? CREATE_USER_GROUP : CREATE_BROKER_USER, variables);
        expect(status, text.slice(0, 2_000)).toBeLessThan(500);
        expect(status, text.slice(0, 2_000)).toBe(400);
        expect(body.data).toBeUndefined();
        expect(body.errors.length).toBeGreaterThan(0);
        for (const error of body.errors) expect(error.extensions.code).toBe("BAD_USER_INPUT");
        // A rejected value is never repeated: megabyte values must not come back.
        expect(text.length).toBeLessThan(50_000);
        expect(gw.calls.userGroups + gw.calls.brokerUsers).toBe(before);
      }),
      { numRuns: RUNS.hostile },
    );
    for (const gw of Object.values(gateways)) check(gw.errorLogs.length === 0, () => `logged: ${gw.errorLogs.map((l) => brief(l, 2_000)).join("\n")}`);
  }, 120_000);
});

describe("property: rejected values cannot make the answer slow", () => {
  /**
   * graphql-js repeats a rejected value in its message, and the gateway rewrites those messages with
   * regular expressions (src/server/client-errors.ts; in production also its suggestion stripper).
   * A value made of the words those expressions look for must not
   * make them backtrack over the whole message once per occurrence. Values are kept under the default
   * body limit (64 KiB), so every one of them is a request the default configuration accepts. A normal
   * answer takes a few milliseconds; the budget is generous against scheduling noise.
   */
  const BUDGET_MS = 1_000; // a linear answer takes about 3 ms; the quadratic one took 400 to 750 ms and grows with the square of the size
  const VALUE_BYTES = 60_000;
  const RUNS_TIMING = 100;

  let gateways: { dev: Gateway; production: Gateway };
  beforeAll(async () => {
    gateways = { dev: await startGateway(), production: await startGateway({ NODE_ENV: "production" }) };
  });
  afterAll(async () => {
    await gateways?.dev.app.close();
    await gateways?.production.app.close();
  });

  const fragment = fc.constantFrom(
    "; Value ",
    "Did you mean ",
    " does not exist in ",
    '; Field "x" is not defined by type "T".',
    '" is not defined by type "T". Did you mean "x"?',
    "; String cannot represent a non string value: ",
    ' at "input.userGroupId"; ',
    'Variable "$input" got invalid value ',
    "x",
  );
  /** A value as a word pattern and a repeat count, so a counterexample reads short. */
  const value = fc.oneof({ weight: 3, arbitrary: fragment.map((f) => [f]) }, fc.array(fragment, { minLength: 2, maxLength: 3 })).map((parts) => {
    const unit = parts.join("");
    return { unit, times: Math.floor(VALUE_BYTES / Buffer.byteLength(JSON.stringify(unit))) };
  });
  /** Where graphql-js echoes the value: a list for a String, a string for a TagInput, an enum, an unknown field or key, a Boolean. */
  const PLACEMENTS = {
    "userGroupId: [value]": (s: string) => ({ query: CREATE_USER_GROUP, input: { userGroupId: [s], engine: "VALKEY" } }),
    "tags: [value]": (s: string) => ({ query: CREATE_USER_GROUP, input: { userGroupId: "g", engine: "VALKEY", tags: [s] } }),
    "engine: value": (s: string) => ({ query: CREATE_USER_GROUP, input: { userGroupId: "g", engine: s } }),
    "extra: value": (s: string) => ({ query: CREATE_USER_GROUP, input: { userGroupId: "g", engine: "VALKEY", extra: s } }),
    "value as a key": (s: string) => ({ query: CREATE_USER_GROUP, input: { userGroupId: "g", engine: "VALKEY", [s]: 1 } }),
    "consoleAccess: value": (s: string) => ({
      query: CREATE_BROKER_USER,
      input: { brokerId: "b", username: "user", password: "pass-word-123", consoleAccess: s },
    }),
  } as const;
  const placement = fc.constantFrom(...(Object.keys(PLACEMENTS) as (keyof typeof PLACEMENTS)[]));

  it(`answers 400 within ${BUDGET_MS} ms for ${VALUE_BYTES / 1000} KB values built from error-message words (${RUNS_TIMING} inputs)`, async () => {
    await fc.assert(
      fc.asyncProperty(value, placement, fc.constantFrom("dev" as const, "production" as const), async ({ unit, times }, place, which) => {
        const { query, input } = PLACEMENTS[place](unit.repeat(times));
        const started = performance.now();
        const { status, body, text } = await gateways[which].post(query, { input });
        const elapsed = performance.now() - started;
        check(status === 400 && body?.errors?.[0]?.extensions?.code === "BAD_USER_INPUT", () => `HTTP ${status}: ${brief(text)}`);
        check(elapsed < BUDGET_MS, () => `answered in ${Math.round(elapsed)} ms (${which} config): ${brief(text, 300)}`);
      }),
      { numRuns: RUNS_TIMING },
    );
  }, 120_000);
});
