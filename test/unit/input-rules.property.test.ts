import fc from "fast-check";
import { describe, it } from "vitest";
import { validateCreateBrokerUser } from "../../src/validation/broker-user-input";
import { validateCreateUserGroup } from "../../src/validation/user-group-input";
import { CONSTRAINTS, type Violation } from "../../src/validation/violation";
import {
  brokerUserCase,
  brokerUserRequest,
  mixed,
  type Path,
  type UserGroupJson,
  unicodePassword,
  unicodeTagValue,
  userGroupCase,
  userGroupRequest,
} from "../fixtures/input-arbitraries";

/**
 * Property-based tests of the input rules, straight through the validation functions: most of the
 * generated inputs are checked here, where one costs microseconds. Validity is known from how each input
 * was generated (../fixtures/input-arbitraries.ts), never from the functions under test. A few hundred
 * more go through the whole app in test/property/inputs.property.test.ts.
 */
const RUNS = {
  userGroups: 5_000,
  brokerUsers: 5_000,
  unicodeTagValues: 1_000,
  unicodePasswords: 1_000,
} as const;

const KNOWN_CONSTRAINTS: ReadonlySet<string> = new Set(Object.keys(CONSTRAINTS));

/** Truncated JSON for failure messages: values here can be megabytes long, too long to diff. */
const brief = (value: unknown, max = 600): string => {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > max ? `${json.slice(0, max)}... (${json.length} chars)` : json;
};

/** An assertion whose message stays short whatever the size of the values. */
function check(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

const joined = (paths: readonly Path[]): string[] => [...new Set(paths.map((p) => p.join(".")))].sort();

/** The violations name exactly the broken fields (paths from "input", as the generator gives them), with known constraints. */
function expectViolations(violations: readonly Violation[], expected: readonly Path[]): void {
  const got = joined(violations.map((v) => ["input", ...v.path]));
  const want = joined(expected);
  check(got.join("|") === want.join("|"), () => {
    const missing = want.filter((p) => !got.includes(p));
    const extra = got.filter((p) => !want.includes(p));
    return `violation paths differ: missing ${brief(missing)}, unexpected ${brief(extra)} in ${brief(violations)}`;
  });
  for (const v of violations) check(KNOWN_CONSTRAINTS.has(v.constraint) && v.message.length > 0, () => `bad violation ${brief(v)}`);
}

describe("property: the input rules (src/validation) on generated inputs", () => {
  it(`validateCreateUserGroup reports exactly the broken fields (${RUNS.userGroups} inputs)`, () => {
    fc.assert(
      fc.property(mixed(userGroupCase), ({ value: input, bad }) => {
        expectViolations(validateCreateUserGroup(userGroupRequest(input)), bad);
      }),
      { numRuns: RUNS.userGroups },
    );
  }, 60_000);

  it(`validateCreateBrokerUser reports exactly the broken fields, never repeating the password (${RUNS.brokerUsers} inputs)`, () => {
    fc.assert(
      fc.property(mixed(brokerUserCase), ({ value: input, bad }) => {
        const violations = validateCreateBrokerUser(brokerUserRequest(input));
        expectViolations(violations, bad);
        // Checked where the password cannot occur in a message by chance.
        if ([...input.password].length >= 12) check(!violations.some((v) => v.message.includes(input.password)), () => "a message holds the password");
      }),
      { numRuns: RUNS.brokerUsers },
    );
  }, 60_000);

  it(`accepts unicode tag values (astral, combining marks, invisibles) of up to 256 code points (${RUNS.unicodeTagValues} inputs)`, () => {
    fc.assert(
      fc.property(userGroupCase("valid"), fc.array(unicodeTagValue, { minLength: 1, maxLength: 5 }), ({ value: base }, values) => {
        const input: UserGroupJson = { ...base, tags: values.map((value, i) => ({ key: `k${i}`, value })) };
        const violations = validateCreateUserGroup(userGroupRequest(input));
        check(violations.length === 0, () => `rejected: ${brief(violations)}`);
      }),
      { numRuns: RUNS.unicodeTagValues },
    );
  });

  it(`accepts unicode passwords (${RUNS.unicodePasswords} inputs)`, () => {
    fc.assert(
      fc.property(brokerUserCase("valid"), unicodePassword, ({ value: base }, password) => {
        const violations = validateCreateBrokerUser(brokerUserRequest({ ...base, password }));
        check(violations.length === 0, () => `rejected: ${brief(violations)}`);
      }),
      { numRuns: RUNS.unicodePasswords },
    );
  });
});
