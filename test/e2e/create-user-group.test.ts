import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { CREATE_USER_GROUP } from "../fixtures/documents";
import { startEmulatorGateway, startGateway, type TestGateway } from "../fixtures/gateway";

describe.each([
  ["local", startGateway],
  ["emulator (real SDK adapters over the wire)", startEmulatorGateway],
])("createUserGroup over HTTP on the %s backend", (_backend, start) => {
  let gw: TestGateway;
  const create = async (input: Record<string, unknown>) => (await gw.graphql(CREATE_USER_GROUP, { input })).data.createUserGroup;

  beforeAll(async () => {
    gw = await start();
  });
  afterAll(() => gw.close());

  it("creates a group: CREATING, id in lower case, every AWS field", async () => {
    const result = await create({ userGroupId: "Team-A", engine: "VALKEY", userIds: ["app-default", "reader"], tags: [{ key: "team", value: null }] });
    expect(result).toEqual({
      __typename: "CreateUserGroupSuccess",
      userGroup: {
        userGroupId: "team-a",
        status: "CREATING",
        engine: "VALKEY",
        userIds: ["app-default", "reader"],
        minimumEngineVersion: "7.2",
        arn: "arn:aws:elasticache:us-east-1:000000000000:usergroup:team-a",
        replicationGroups: [],
        serverlessCaches: [],
        pendingChanges: null,
      },
    });
  });

  it("takes user ids in any case and each once, as AWS stores them in lower case", async () => {
    const result = await create({ userGroupId: "mixed", engine: "REDIS", userIds: ["DEFAULT", "Reader", "reader"] });
    expect(result).toMatchObject({ __typename: "CreateUserGroupSuccess", userGroup: { userIds: ["default", "reader"] } });
  });

  it("answers UserGroupAlreadyExists for a taken id, whatever its case", async () => {
    await create({ userGroupId: "taken", engine: "REDIS", userIds: ["default"] });
    const result = await create({ userGroupId: "TAKEN", engine: "REDIS", userIds: ["default"] });
    expect(result.__typename).toBe("UserGroupAlreadyExists");
    expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers InputValidationError with every violation and its path; nothing is created", async () => {
    const before = gw.account.userGroups.size;
    const result = await create({
      userGroupId: "1bad",
      engine: "REDIS",
      userIds: ["default", "no_underscores"],
      tags: [
        { key: "aws:owner", value: "x" },
        { key: "", value: "y".repeat(257) },
      ],
    });
    expect(result.__typename).toBe("InputValidationError");
    expect(result.violations.map((v: { path: string[]; constraint: string }) => [v.path.join("."), v.constraint])).toEqual([
      ["input.userGroupId", "PATTERN"],
      ["input.userIds.1", "PATTERN"],
      ["input.tags.0.key", "RESERVED_PREFIX"],
      ["input.tags.1.key", "MIN_LENGTH"],
      ["input.tags.1.value", "MAX_LENGTH"],
    ]);
    expect(gw.account.userGroups.size).toBe(before);
  });

  it.each([
    ["UserNotFound", { userGroupId: "g-missing", engine: "REDIS", userIds: ["default", "ghost", "phantom"] }, { userIds: ["ghost", "phantom"] }],
    ["DuplicateUserName", { userGroupId: "g-dup", engine: "VALKEY", userIds: ["default", "app-default"] }, {}],
    ["DefaultUserRequired", { userGroupId: "g-nodefault", engine: "VALKEY", userIds: ["reader"] }, {}],
    ["DefaultUserRequired", { userGroupId: "g-nousers", engine: "REDIS" }, {}],
    ["InvalidParameterValue", { userGroupId: "g-nopass", engine: "VALKEY", userIds: ["default", "reader"] }, {}],
    [
      "TagQuotaPerResourceExceeded",
      { userGroupId: "g-tags", engine: "REDIS", userIds: ["default"], tags: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: "v" })) },
      {},
    ],
  ])("answers %s", async (typename, input, extra) => {
    const result = await create(input);
    expect(result).toMatchObject({ __typename: typename, ...extra });
    expect(result.message.length).toBeGreaterThan(10);
    expect(result.requestId).toBeTruthy();
  });

  it("answers UpstreamThrottled and UpstreamUnavailable when the simulated AWS does", async () => {
    const input = { userGroupId: "g-flaky", engine: "REDIS", userIds: ["default"] };
    // Every attempt fails while a rule stands: on the wire the SDK retries before giving up.
    gw.account.faults.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "throttling" } });
    expect(await create(input)).toMatchObject({ __typename: "UpstreamThrottled", retryAfterSeconds: 1 });
    gw.account.faults.clear();
    gw.account.faults.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "unavailable" } });
    expect(await create(input)).toMatchObject({ __typename: "UpstreamUnavailable", retryable: true });
    gw.account.faults.clear();
    expect(await create(input)).toMatchObject({ __typename: "CreateUserGroupSuccess" });
  });

  it("answers ServiceLinkedRoleNotFound for an account without the role", async () => {
    const other = await start({ ...DEFAULT_SEED, serviceLinkedRole: false });
    try {
      const result = (await other.graphql(CREATE_USER_GROUP, { input: { userGroupId: "g", engine: "REDIS", userIds: ["default"] } })).data.createUserGroup;
      expect(result.__typename).toBe("ServiceLinkedRoleNotFound");
    } finally {
      await other.close();
    }
  });

  it("answers UserGroupQuotaExceeded past 100 groups in the account", async () => {
    const other = await start();
    try {
      const send = (i: number) => other.graphql(CREATE_USER_GROUP, { input: { userGroupId: `q${i}`, engine: "REDIS", userIds: ["default"] } });
      const room = 100 - DEFAULT_SEED.userGroups.length;
      const answers = await Promise.all(Array.from({ length: room }, (_, i) => send(i)));
      expect(answers.every((a) => a.data.createUserGroup.__typename === "CreateUserGroupSuccess")).toBe(true);
      expect((await send(room)).data.createUserGroup.__typename).toBe("UserGroupQuotaExceeded");
    } finally {
      await other.close();
    }
  });
});
