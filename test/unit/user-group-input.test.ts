import { describe, expect, it } from "vitest";
import type { CreateUserGroupRequest, ModifyUserGroupRequest, Tag } from "../../src/ports/user-groups";
import { validateCreateUserGroup, validateModifyUserGroup, validateUserGroupId } from "../../src/validation/user-group-input";
import type { Constraint, Violation } from "../../src/validation/violation";

type Expected = { path: string[]; constraint: Constraint };

const VALID: CreateUserGroupRequest = {
  userGroupId: "my-group-1",
  engine: "VALKEY",
  userIds: ["default", "reader"],
  tags: [{ key: "team", value: "payments" }],
};

const request = (overrides: Partial<CreateUserGroupRequest>): CreateUserGroupRequest => ({ ...VALID, ...overrides });

/** The parts of a violation that are part of the contract, in the order they were reported. */
const summary = (violations: readonly Violation[]): Expected[] => violations.map((v) => ({ path: [...v.path], constraint: v.constraint }));

const emoji = (n: number): string => "😀".repeat(n);
const tag = (key: string, value: string | null = "v"): Tag => ({ key, value });
/** Three harmless tags, so the tag under test sits at index 3. */
const PADDING: Tag[] = [tag("a"), tag("b"), tag("c")];

describe("validateCreateUserGroup", () => {
  it("accepts the valid base request", () => {
    expect(validateCreateUserGroup(VALID)).toEqual([]);
  });

  describe("userGroupId: required, starts with a letter, letters/digits/hyphens, any case", () => {
    it.each<[string, string]>([
      ["one letter", "g"],
      ["letters, digits and hyphens", "my-group-01"],
      ["upper case (AWS stores it in lower case)", "MyGroup"],
      ["all upper case", "MY-GROUP"],
      ["trailing hyphen", "group-"],
      ["long id (no maximum is documented)", "g".repeat(300)],
    ])("accepts %s: %j", (_name, userGroupId) => {
      expect(validateCreateUserGroup(request({ userGroupId }))).toEqual([]);
    });

    it.each<[string, string, Constraint]>([
      ["empty string: MIN_LENGTH only, not also PATTERN", "", "MIN_LENGTH"],
      ["starts with a digit", "1group", "PATTERN"],
      ["starts with a hyphen", "-group", "PATTERN"],
      ["underscore", "my_group", "PATTERN"],
      ["space", "my group", "PATTERN"],
      ["dot", "my.group", "PATTERN"],
      ["non-ASCII letter", "grüppe", "PATTERN"],
      ["Kelvin sign (would match k case-insensitively in unicode mode)", "\u212Aey", "PATTERN"],
      ["trailing newline", "group\n", "PATTERN"],
    ])("rejects %s", (_name, userGroupId, constraint) => {
      expect(summary(validateCreateUserGroup(request({ userGroupId })))).toEqual([{ path: ["userGroupId"], constraint }]);
    });
  });

  describe("userIds: at least 1 when given, each starts with a letter, letters/digits/hyphens", () => {
    it.each<[string, readonly string[] | undefined]>([
      ["omitted", undefined],
      ["one id", ["default"]],
      ["mixed case, digits and hyphens", ["App-User-01", "x"]],
    ])("accepts %s", (_name, userIds) => {
      expect(validateCreateUserGroup(request({ userIds }))).toEqual([]);
    });

    it.each<[string, readonly string[], Expected[]]>([
      ["an empty list", [], [{ path: ["userIds"], constraint: "MIN_ITEMS" }]],
      ["an empty id: MIN_LENGTH only", ["default", "reader", ""], [{ path: ["userIds", "2"], constraint: "MIN_LENGTH" }]],
      ["an id starting with a digit", ["default", "reader", "9lives"], [{ path: ["userIds", "2"], constraint: "PATTERN" }]],
      ["an id with an underscore", ["app_user"], [{ path: ["userIds", "0"], constraint: "PATTERN" }]],
      ["an id starting with a hyphen", ["-user"], [{ path: ["userIds", "0"], constraint: "PATTERN" }]],
      [
        "two bad ids, each reported at its own index",
        ["ok", "1bad", "fine", "bad!"],
        [
          { path: ["userIds", "1"], constraint: "PATTERN" },
          { path: ["userIds", "3"], constraint: "PATTERN" },
        ],
      ],
    ])("rejects %s", (_name, userIds, expected) => {
      expect(summary(validateCreateUserGroup(request({ userIds })))).toEqual(expected);
    });
  });

  describe("tags: key 1-128 code points and not aws:, value 0-256 or null", () => {
    it.each<[string, Tag]>([
      ["a 1-character key", tag("k")],
      ["a 128-character key", tag("k".repeat(128))],
      ["an emoji key of 128 code points (256 UTF-16 units)", tag(emoji(128))],
      ["a mixed key of 128 code points but more UTF-16 units", tag(`a${emoji(126)}b`)],
      ["a null value", tag("k", null)],
      ["an empty value", tag("k", "")],
      ["a 256-character value", tag("k", "v".repeat(256))],
      ["an emoji value of 256 code points (512 UTF-16 units)", tag("k", emoji(256))],
      ["a key that only contains aws: later", tag("my-aws:key")],
      ["a key that starts with aws but no colon", tag("awsome")],
    ])("accepts %s", (_name, t) => {
      expect(validateCreateUserGroup(request({ tags: [...PADDING, t] }))).toEqual([]);
    });

    it("checks the emoji key really is longer than 128 in UTF-16 units (guards the test above)", () => {
      expect(emoji(128).length).toBe(256);
    });

    it.each<[string, Tag, Expected[]]>([
      ["an empty key: MIN_LENGTH only", tag(""), [{ path: ["tags", "3", "key"], constraint: "MIN_LENGTH" }]],
      ["a 129-character key", tag("k".repeat(129)), [{ path: ["tags", "3", "key"], constraint: "MAX_LENGTH" }]],
      ["an emoji key of 129 code points", tag(emoji(129)), [{ path: ["tags", "3", "key"], constraint: "MAX_LENGTH" }]],
      ["a key starting with aws:", tag("aws:cost-center"), [{ path: ["tags", "3", "key"], constraint: "RESERVED_PREFIX" }]],
      ["a key starting with AWS:", tag("AWS:cost-center"), [{ path: ["tags", "3", "key"], constraint: "RESERVED_PREFIX" }]],
      ["a key starting with Aws:", tag("Aws:x"), [{ path: ["tags", "3", "key"], constraint: "RESERVED_PREFIX" }]],
      ["the key aws: alone", tag("aws:"), [{ path: ["tags", "3", "key"], constraint: "RESERVED_PREFIX" }]],
      ["a 129-character aws: key: MAX_LENGTH only", tag(`aws:${"k".repeat(125)}`), [{ path: ["tags", "3", "key"], constraint: "MAX_LENGTH" }]],
      ["a 257-character value", tag("k", "v".repeat(257)), [{ path: ["tags", "3", "value"], constraint: "MAX_LENGTH" }]],
      ["an emoji value of 257 code points", tag("k", emoji(257)), [{ path: ["tags", "3", "value"], constraint: "MAX_LENGTH" }]],
      [
        "a bad key and a bad value in the same tag",
        tag("aws:x", "v".repeat(257)),
        [
          { path: ["tags", "3", "key"], constraint: "RESERVED_PREFIX" },
          { path: ["tags", "3", "value"], constraint: "MAX_LENGTH" },
        ],
      ],
    ])("rejects %s", (_name, t, expected) => {
      expect(summary(validateCreateUserGroup(request({ tags: [...PADDING, t] })))).toEqual(expected);
    });

    it("does not limit the number of tags (the backend answers TagQuotaPerResourceExceeded)", () => {
      const tags = Array.from({ length: 51 }, (_, i) => tag(`key-${i}`, `value-${i}`));
      expect(validateCreateUserGroup(request({ tags }))).toEqual([]);
    });
  });

  it("reports every broken rule at once, in a stable order", () => {
    const bad = request({
      userGroupId: "1-group",
      userIds: ["", "ok", "no_underscores"],
      tags: [tag("fine"), tag("aws:reserved", null), tag("", "v".repeat(257)), tag("k".repeat(129))],
    });
    const expected: Expected[] = [
      { path: ["userGroupId"], constraint: "PATTERN" },
      { path: ["userIds", "0"], constraint: "MIN_LENGTH" },
      { path: ["userIds", "2"], constraint: "PATTERN" },
      { path: ["tags", "1", "key"], constraint: "RESERVED_PREFIX" },
      { path: ["tags", "2", "key"], constraint: "MIN_LENGTH" },
      { path: ["tags", "2", "value"], constraint: "MAX_LENGTH" },
      { path: ["tags", "3", "key"], constraint: "MAX_LENGTH" },
    ];
    expect(summary(validateCreateUserGroup(bad))).toEqual(expected);
    // Stable: the same request gives the same list again.
    expect(validateCreateUserGroup(bad)).toEqual(validateCreateUserGroup(bad));
  });

  it("reports an empty userIds list together with the other violations", () => {
    expect(summary(validateCreateUserGroup(request({ userGroupId: "", userIds: [], tags: [tag("aws:x")] })))).toEqual([
      { path: ["userGroupId"], constraint: "MIN_LENGTH" },
      { path: ["userIds"], constraint: "MIN_ITEMS" },
      { path: ["tags", "0", "key"], constraint: "RESERVED_PREFIX" },
    ]);
  });

  describe("messages name the field and never echo the rejected value", () => {
    it.each<[string, CreateUserGroupRequest, string]>([
      ["userGroupId too short", request({ userGroupId: "" }), "userGroupId"],
      ["userGroupId pattern", request({ userGroupId: "9secretgroup" }), "userGroupId"],
      ["userIds empty", request({ userIds: [] }), "userIds"],
      ["userIds item pattern", request({ userIds: ["a", "b", "9secretuser"] }), "userIds.2"],
      ["tag key too long", request({ tags: [...PADDING, tag("q".repeat(129))] }), "tags.3.key"],
      ["tag key reserved", request({ tags: [...PADDING, tag("aws:secretkey")] }), "tags.3.key"],
      ["tag key empty", request({ tags: [...PADDING, tag("")] }), "tags.3.key"],
      ["tag value too long", request({ tags: [...PADDING, tag("k", "z".repeat(257))] }), "tags.3.value"],
    ])("%s names %s", (_name, req, field) => {
      const violations = validateCreateUserGroup(req);
      expect(violations).toHaveLength(1);
      const [violation] = violations;
      expect(violation?.message).toContain(field);
      expect(violation?.path.join(".")).toBe(field);
    });

    it.each<[string, CreateUserGroupRequest, string]>([
      ["userGroupId", request({ userGroupId: "9secretgroup" }), "9secretgroup"],
      ["userIds item", request({ userIds: ["9secretuser"] }), "9secretuser"],
      ["tag key", request({ tags: [tag("aws:secretkey")] }), "aws:secretkey"],
      ["tag value", request({ tags: [tag("k", "secretvalue".repeat(30))] }), "secretvalue"],
    ])("%s message does not contain the value", (_name, req, value) => {
      const violations = validateCreateUserGroup(req);
      expect(violations).toHaveLength(1);
      expect(violations[0]?.message).not.toContain(value);
    });
  });
});

describe("validateModifyUserGroup", () => {
  const modify = (over: Partial<ModifyUserGroupRequest>): ModifyUserGroupRequest => ({
    userGroupId: "app-group",
    userIdsToAdd: ["writer"],
    userIdsToRemove: ["reader"],
    ...over,
  });
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);

  it.each<[string, Partial<ModifyUserGroupRequest>]>([
    ["both lists", {}],
    ["only ids to add", { userIdsToRemove: [] }],
    ["only ids to remove", { userIdsToAdd: [] }],
    ["100 ids in each list", { userIdsToAdd: ids(100), userIdsToRemove: ids(200).slice(100) }],
    ["an upper-case group id (AWS stores it in lower case)", { userGroupId: "App-Group" }],
  ])("accepts %s", (_name, over) => {
    expect(validateModifyUserGroup(modify(over))).toEqual([]);
  });

  it.each<[string, Partial<ModifyUserGroupRequest>, Expected[]]>([
    ["an empty group id", { userGroupId: "" }, [{ path: ["userGroupId"], constraint: "MIN_LENGTH" }]],
    ["a group id with an underscore", { userGroupId: "app_group" }, [{ path: ["userGroupId"], constraint: "PATTERN" }]],
    ["a user id to add starting with a digit", { userIdsToAdd: ["writer", "1st"] }, [{ path: ["userIdsToAdd", "1"], constraint: "PATTERN" }]],
    ["an empty user id to remove", { userIdsToRemove: [""] }, [{ path: ["userIdsToRemove", "0"], constraint: "MIN_LENGTH" }]],
    ["101 ids to add", { userIdsToAdd: ids(101), userIdsToRemove: [] }, [{ path: ["userIdsToAdd"], constraint: "MAX_ITEMS" }]],
    ["101 ids to remove", { userIdsToAdd: [], userIdsToRemove: ids(101) }, [{ path: ["userIdsToRemove"], constraint: "MAX_ITEMS" }]],
    ["no id in either list", { userIdsToAdd: [], userIdsToRemove: [] }, [{ path: ["userIdsToAdd"], constraint: "REQUIRED_ONE_OF" }]],
    [
      "ids in both lists, in any case",
      { userIdsToAdd: ["writer", "Reader"], userIdsToRemove: ["old", "reader", "WRITER"] },
      [
        { path: ["userIdsToRemove", "1"], constraint: "MUTUALLY_EXCLUSIVE" },
        { path: ["userIdsToRemove", "2"], constraint: "MUTUALLY_EXCLUSIVE" },
      ],
    ],
    [
      "every broken rule at once",
      { userGroupId: "-", userIdsToAdd: ["ok", "bad_id"], userIdsToRemove: ["ok"] },
      [
        { path: ["userGroupId"], constraint: "PATTERN" },
        { path: ["userIdsToAdd", "1"], constraint: "PATTERN" },
        { path: ["userIdsToRemove", "0"], constraint: "MUTUALLY_EXCLUSIVE" },
      ],
    ],
  ])("reports %s", (_name, over, expected) => {
    expect(summary(validateModifyUserGroup(modify(over)))).toEqual(expected);
  });

  it("names the fields and never repeats a rejected value", () => {
    const secretish = "Sneaky_Value_42";
    const violations = validateModifyUserGroup(modify({ userGroupId: secretish, userIdsToAdd: [secretish], userIdsToRemove: [] }));
    expect(violations.map((v) => v.message)).toEqual([
      "userGroupId must start with a letter and contain only letters, digits and hyphens.",
      "userIdsToAdd.0 must start with a letter and contain only letters, digits and hyphens.",
    ]);
    expect(validateModifyUserGroup(modify({ userIdsToAdd: ["x"], userIdsToRemove: ["X"] }))[0]!.message).toBe(
      "userIdsToRemove.0 is also in userIdsToAdd; a user is either added or removed.",
    );
  });
});

describe("validateUserGroupId", () => {
  it("checks an id at the path given", () => {
    expect(validateUserGroupId(["userGroupId"], "app-group")).toEqual([]);
    expect(summary(validateUserGroupId(["input", "userGroupId"], "9lives"))).toEqual([{ path: ["input", "userGroupId"], constraint: "PATTERN" }]);
    expect(summary(validateUserGroupId(["userGroupId"], ""))).toEqual([{ path: ["userGroupId"], constraint: "MIN_LENGTH" }]);
  });
});
