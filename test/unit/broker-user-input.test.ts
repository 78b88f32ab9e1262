import { describe, expect, it } from "vitest";
import type { CreateBrokerUserRequest } from "../../src/ports/broker-users";
import { validateCreateBrokerUser } from "../../src/validation/broker-user-input";
import type { Constraint, Violation } from "../../src/validation/violation";

type Expected = { path: string[]; constraint: Constraint };

const VALID: CreateBrokerUserRequest = {
  brokerId: "b-1f5a2c3d-0000-4000-8000-00000000a001",
  username: "app.user_1~x-y",
  password: "Correct-Horse-Battery",
  consoleAccess: false,
  groups: ["admins", "readers"],
  replicationUser: false,
};

const request = (overrides: Partial<CreateBrokerUserRequest>): CreateBrokerUserRequest => ({ ...VALID, ...overrides });

const summary = (violations: readonly Violation[]): Expected[] => violations.map((v) => ({ path: [...v.path], constraint: v.constraint }));

const at = (path: string[], constraint: Constraint): Expected[] => [{ path, constraint }];

/** n distinct valid group names. */
const groupNames = (n: number): string[] => Array.from({ length: n }, (_, i) => `group-${i}`);

describe("validateCreateBrokerUser", () => {
  it("accepts the valid base request", () => {
    expect(validateCreateBrokerUser(VALID)).toEqual([]);
  });

  describe("brokerId: non-empty", () => {
    it.each(["b-1234", "x"])("accepts %j", (brokerId) => {
      expect(validateCreateBrokerUser(request({ brokerId }))).toEqual([]);
    });

    it("rejects an empty brokerId", () => {
      expect(summary(validateCreateBrokerUser(request({ brokerId: "" })))).toEqual(at(["brokerId"], "MIN_LENGTH"));
    });
  });

  describe("username: 2-100 characters of letters, digits, - . _ ~", () => {
    it.each<[string, string]>([
      ["2 characters", "ab"],
      ["100 characters", "u".repeat(100)],
      ["every allowed symbol", "a-b.c_d~e"],
      ["digits only", "12"],
      ["symbols only", "-._~"],
      ["mixed case", "AppUser"],
    ])("accepts %s", (_name, username) => {
      expect(validateCreateBrokerUser(request({ username }))).toEqual([]);
    });

    it.each<[string, string, Constraint]>([
      ["empty: MIN_LENGTH only, not also PATTERN", "", "MIN_LENGTH"],
      ["1 character", "a", "MIN_LENGTH"],
      ["1 forbidden character: MIN_LENGTH only", "!", "MIN_LENGTH"],
      ["101 characters", "u".repeat(101), "MAX_LENGTH"],
      ["101 forbidden characters: MAX_LENGTH only", "!".repeat(101), "MAX_LENGTH"],
      ["a space", "app user", "PATTERN"],
      ["an @", "app@example", "PATTERN"],
      ["a colon", "app:user", "PATTERN"],
      ["a non-ASCII letter", "jürgen", "PATTERN"],
      ["two emoji (2 code points)", "😀😀", "PATTERN"],
      ["a trailing newline", "appuser\n", "PATTERN"],
    ])("rejects %s", (_name, username, constraint) => {
      expect(summary(validateCreateBrokerUser(request({ username })))).toEqual(at(["username"], constraint));
    });
  });

  describe("password: at least 12 characters, at least 4 distinct, none of , : =", () => {
    it.each<[string, string]>([
      ["12 characters, 4 distinct", "abcdabcdabcd"],
      ["12 distinct characters", "abcdefghijkl"],
      ["long, with no maximum", "Aa1!".repeat(250)],
      ["symbols other than , : =", "p@ss;w0rd|#%&*"],
      ["12 emoji code points of 4 kinds", "😀😁😂🤣".repeat(3)],
    ])("accepts %s", (_name, password) => {
      expect(validateCreateBrokerUser(request({ password }))).toEqual([]);
    });

    it.each<[string, string, Constraint[]]>([
      ["11 characters", "abcdefghijk", ["MIN_LENGTH"]],
      ["empty", "", ["MIN_LENGTH", "MIN_DISTINCT_CHARACTERS"]],
      ["3 distinct characters", "abcabcabcabc", ["MIN_DISTINCT_CHARACTERS"]],
      ["1 distinct character", "zzzzzzzzzzzzzzzz", ["MIN_DISTINCT_CHARACTERS"]],
      ["a comma", "abcdefghijk,", ["FORBIDDEN_CHARACTERS"]],
      ["a colon", "user:passwordx", ["FORBIDDEN_CHARACTERS"]],
      ["an equal sign", "key=value-long", ["FORBIDDEN_CHARACTERS"]],
      ["6 emoji (12 UTF-16 units) of 4 kinds", "😀😁😂🤣😀😁", ["MIN_LENGTH"]],
      ["short, few distinct and forbidden", "a=a=", ["MIN_LENGTH", "MIN_DISTINCT_CHARACTERS", "FORBIDDEN_CHARACTERS"]],
    ])("rejects %s", (_name, password, constraints) => {
      expect(summary(validateCreateBrokerUser(request({ password })))).toEqual(constraints.map((constraint) => ({ path: ["password"], constraint })));
    });
  });

  describe("groups: at most 20, each named like a username", () => {
    it.each<[string, string[]]>([
      ["none", []],
      ["one", ["admins"]],
      ["20 groups", groupNames(20)],
      ["names of 2 and 100 characters", ["ab", "g".repeat(100)]],
    ])("accepts %s", (_name, groups) => {
      expect(validateCreateBrokerUser(request({ groups }))).toEqual([]);
    });

    it.each<[string, string[], Expected[]]>([
      ["21 groups", groupNames(21), at(["groups"], "MAX_ITEMS")],
      ["an empty name: MIN_LENGTH only", ["admins", "readers", ""], at(["groups", "2"], "MIN_LENGTH")],
      ["a 1-character name", ["a"], at(["groups", "0"], "MIN_LENGTH")],
      ["a 101-character name", ["admins", "g".repeat(101)], at(["groups", "1"], "MAX_LENGTH")],
      ["a name with a space", ["admins", "read ers"], at(["groups", "1"], "PATTERN")],
      [
        "21 groups, one badly named: both reported",
        [...groupNames(20), "bad group"],
        [
          { path: ["groups"], constraint: "MAX_ITEMS" },
          { path: ["groups", "20"], constraint: "PATTERN" },
        ],
      ],
    ])("rejects %s", (_name, groups, expected) => {
      expect(summary(validateCreateBrokerUser(request({ groups })))).toEqual(expected);
    });
  });

  describe("consoleAccess and replicationUser are mutually exclusive", () => {
    it.each<[boolean, boolean]>([
      [false, false],
      [true, false],
      [false, true],
    ])("accepts consoleAccess=%s, replicationUser=%s", (consoleAccess, replicationUser) => {
      expect(validateCreateBrokerUser(request({ consoleAccess, replicationUser }))).toEqual([]);
    });

    it("rejects both true, on replicationUser", () => {
      expect(summary(validateCreateBrokerUser(request({ consoleAccess: true, replicationUser: true })))).toEqual(at(["replicationUser"], "MUTUALLY_EXCLUSIVE"));
    });
  });

  it("reports every broken rule at once, in a stable order", () => {
    const bad = request({
      brokerId: "",
      username: "a b",
      password: "x:x:",
      consoleAccess: true,
      groups: [...groupNames(19), "g", "bad group"],
      replicationUser: true,
    });
    const expected: Expected[] = [
      { path: ["brokerId"], constraint: "MIN_LENGTH" },
      { path: ["username"], constraint: "PATTERN" },
      { path: ["password"], constraint: "MIN_LENGTH" },
      { path: ["password"], constraint: "MIN_DISTINCT_CHARACTERS" },
      { path: ["password"], constraint: "FORBIDDEN_CHARACTERS" },
      { path: ["groups"], constraint: "MAX_ITEMS" },
      { path: ["groups", "19"], constraint: "MIN_LENGTH" },
      { path: ["groups", "20"], constraint: "PATTERN" },
      { path: ["replicationUser"], constraint: "MUTUALLY_EXCLUSIVE" },
    ];
    expect(summary(validateCreateBrokerUser(bad))).toEqual(expected);
    expect(validateCreateBrokerUser(bad)).toEqual(validateCreateBrokerUser(bad));
  });

  describe("a password violation never contains the password", () => {
    it.each<[string, string]>([
      ["short", "Kx9#q"],
      ["11 characters", "Zq8$Wv7&Ut6"],
      ["one repeated character", "QQQQQQQQQQQQQQQQ"],
      ["3 distinct characters", "Xy7Xy7Xy7Xy7Xy7"],
      ["with a comma", "Hunter2,Hunter2"],
      ["with a colon", "admin:S3cretPass"],
      ["with an equal sign", "token=8f3kZ0qLmN"],
      ["all at once", "7=7=7"],
      ["short with every forbidden character", "P,:=P"],
      ["emoji", "🔑🔑🔑"],
    ])("%s", (_name, password) => {
      const violations = validateCreateBrokerUser(request({ password }));
      expect(violations.length).toBeGreaterThan(0);
      expect(violations.every((v) => v.path.join(".") === "password")).toBe(true);
      for (const v of violations) expect(v.message).not.toContain(password);
      expect(JSON.stringify(violations)).not.toContain(JSON.stringify(password).slice(1, -1));
    });
  });

  describe("messages name the field", () => {
    it.each<[string, Partial<CreateBrokerUserRequest>, string]>([
      ["brokerId", { brokerId: "" }, "brokerId"],
      ["username too short", { username: "a" }, "username"],
      ["username too long", { username: "u".repeat(101) }, "username"],
      ["username pattern", { username: "a b" }, "username"],
      ["password too short", { password: "Kx9#qWv7&Ut" }, "password"],
      ["password distinct", { password: "abababababab" }, "password"],
      ["password forbidden", { password: "abcdefghijk=" }, "password"],
      ["groups count", { groups: groupNames(21) }, "groups"],
      ["group item", { groups: ["ok", "bad group"] }, "groups.1"],
      ["group item too short", { groups: ["ok", "ok2", "x"] }, "groups.2"],
      ["mutually exclusive", { consoleAccess: true, replicationUser: true }, "replicationUser"],
    ])("%s names %s", (_name, overrides, field) => {
      const violations = validateCreateBrokerUser(request(overrides));
      expect(violations).toHaveLength(1);
      expect(violations[0]?.path.join(".")).toBe(field);
      expect(violations[0]?.message).toContain(field);
    });
  });
});
