import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageCursor } from "../../src/graphql/page-cursor";
import { DEFAULT_SEED, type Seed } from "../../src/simulation/seed";
import { CREATE_USER_GROUP } from "../fixtures/documents";
import { startEmulatorGateway, startGateway, type TestGateway } from "../fixtures/gateway";
import { CACHE_USERS, DELETE_USER_GROUP, MODIFY_USER_GROUP, USER_GROUP, USER_GROUPS } from "../fixtures/user-group-documents";

/** Changes settle by the next call: the suite walks the whole lifecycle without waiting. */
const SETTLED = { GATEWAY_LOCAL_SETTLE_MS: "0" };
/** Changes never settle while the suite runs: a new group stays CREATING. */
const UNSETTLED = { GATEWAY_LOCAL_SETTLE_MS: "600000" };

type Field = "userGroup" | "userGroups" | "cacheUsers" | "modifyUserGroup" | "deleteUserGroup";
const DOCUMENTS: Record<Field, string> = {
  userGroup: USER_GROUP,
  userGroups: USER_GROUPS,
  cacheUsers: CACHE_USERS,
  modifyUserGroup: MODIFY_USER_GROUP,
  deleteUserGroup: DELETE_USER_GROUP,
};
/** A valid call of each field on the default seed, and the IAM action it performs. */
const VALID: Record<Field, { variables: Record<string, unknown>; operation: string }> = {
  userGroup: { variables: { userGroupId: "app-group" }, operation: "elasticache:DescribeUserGroups" },
  userGroups: { variables: { first: 10 }, operation: "elasticache:DescribeUserGroups" },
  cacheUsers: { variables: { engine: "VALKEY" }, operation: "elasticache:DescribeUsers" },
  modifyUserGroup: { variables: { input: { userGroupId: "app-group", userIdsToAdd: ["writer"] } }, operation: "elasticache:ModifyUserGroup" },
  deleteUserGroup: { variables: { input: { userGroupId: "app-group" } }, operation: "elasticache:DeleteUserGroup" },
};
/** Input each field refuses before any call, and the path of its violation. */
const INVALID: Record<Field, { variables: Record<string, unknown>; path: string; constraint: string }> = {
  userGroup: { variables: { userGroupId: "9-lives" }, path: "userGroupId", constraint: "PATTERN" },
  userGroups: { variables: { first: 0 }, path: "first", constraint: "RANGE" },
  cacheUsers: { variables: { after: "forged.cursor" }, path: "after", constraint: "CURSOR" },
  modifyUserGroup: {
    variables: { input: { userGroupId: "app-group", userIdsToAdd: [], userIdsToRemove: null } },
    path: "input.userIdsToAdd",
    constraint: "REQUIRED_ONE_OF",
  },
  deleteUserGroup: { variables: { input: { userGroupId: "" } }, path: "input.userGroupId", constraint: "MIN_LENGTH" },
};
const FIELDS = Object.keys(DOCUMENTS) as Field[];

/** The field's result, called over HTTP. */
const call = async (gw: TestGateway, field: Field, variables: Record<string, unknown> = VALID[field].variables) => {
  const body = await gw.graphql(DOCUMENTS[field], variables);
  expect(body.errors).toBeUndefined();
  return body.data[field];
};

describe.each([
  ["local", startGateway],
  ["emulator (real SDK adapters over the wire)", startEmulatorGateway],
])("the user group lifecycle over HTTP on the %s backend", (_backend, start) => {
  let gw: TestGateway;
  let n = 0;
  /** A new ACTIVE group (changes settle by the next call) holding app-default and reader. */
  const freshGroup = async () => {
    const userGroupId = `e2e-${++n}`;
    const created = (await gw.graphql(CREATE_USER_GROUP, { input: { userGroupId, engine: "VALKEY", userIds: ["app-default", "reader"] } })).data
      .createUserGroup;
    expect(created.__typename).toBe("CreateUserGroupSuccess");
    return userGroupId;
  };

  beforeAll(async () => {
    gw = await start(DEFAULT_SEED, SETTLED);
  });
  afterAll(() => gw.close());

  it("walks a group through MODIFYING and DELETING to gone, each answer as AWS describes the group then", async () => {
    const userGroupId = await freshGroup();
    expect(await call(gw, "userGroup", { userGroupId })).toMatchObject({ __typename: "UserGroup", status: "ACTIVE", userIds: ["app-default", "reader"] });

    const modified = await call(gw, "modifyUserGroup", { input: { userGroupId, userIdsToAdd: ["Writer"], userIdsToRemove: ["reader"] } });
    expect(modified).toEqual({
      __typename: "ModifyUserGroupSuccess",
      userGroup: {
        userGroupId,
        status: "MODIFYING",
        engine: "VALKEY",
        userIds: ["app-default", "reader"],
        minimumEngineVersion: "7.2",
        arn: `arn:aws:elasticache:us-east-1:000000000000:usergroup:${userGroupId}`,
        replicationGroups: [],
        serverlessCaches: [],
        pendingChanges: { userIdsToAdd: ["writer"], userIdsToRemove: ["reader"] },
      },
    });
    expect(await call(gw, "userGroup", { userGroupId })).toMatchObject({ status: "ACTIVE", userIds: ["app-default", "writer"], pendingChanges: null });
    const writer = (await call(gw, "cacheUsers", { engine: "VALKEY" })).nodes.find((u: { userId: string }) => u.userId === "writer");
    expect(writer).toEqual({
      userId: "writer",
      userName: "writer",
      engine: "VALKEY",
      status: "ACTIVE",
      accessString: "on ~* +@all",
      authenticationType: "PASSWORD",
      minimumEngineVersion: "7.2",
      userGroupIds: [userGroupId],
      arn: "arn:aws:elasticache:us-east-1:000000000000:user:writer",
    });

    expect(await call(gw, "deleteUserGroup", { input: { userGroupId } })).toMatchObject({
      __typename: "DeleteUserGroupSuccess",
      userGroup: { userGroupId, status: "DELETING" },
    });
    expect(await call(gw, "userGroup", { userGroupId })).toMatchObject({ __typename: "UserGroupNotFound", requestId: expect.any(String) });
    expect(await call(gw, "deleteUserGroup", { input: { userGroupId } })).toMatchObject({ __typename: "UserGroupNotFound" });
  });

  it.each<[string, Field, (id: string) => Record<string, unknown>]>([
    ["UserGroupNotFound", "modifyUserGroup", () => ({ input: { userGroupId: "no-such-group", userIdsToAdd: ["writer"] } })],
    ["UserNotFound", "modifyUserGroup", (userGroupId) => ({ input: { userGroupId, userIdsToAdd: ["ghost", "writer"] } })],
    ["DefaultUserRequired", "modifyUserGroup", (userGroupId) => ({ input: { userGroupId, userIdsToRemove: ["app-default"] } })],
    ["DuplicateUserName", "modifyUserGroup", (userGroupId) => ({ input: { userGroupId, userIdsToAdd: ["default"] } })],
    ["InvalidParameterValue", "modifyUserGroup", (userGroupId) => ({ input: { userGroupId, userIdsToAdd: ["reader"] } })],
    ["UserGroupNotFound", "deleteUserGroup", () => ({ input: { userGroupId: "no-such-group" } })],
  ])("answers %s to %s, from the account's state", async (typename, field, variables) => {
    const result = await call(gw, field, variables(await freshGroup()));
    expect(result).toMatchObject({ __typename: typename, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), message: expect.stringMatching(/\w+ \w+ \w+/) });
    if (typename === "UserNotFound") expect(result.userIds).toEqual(["ghost"]);
  });

  it.each<[Field, string, string]>([
    ["userGroup", "InvalidParameterCombination", "elasticache:DescribeUserGroups"],
    ["userGroups", "UserGroupNotFound", "elasticache:DescribeUserGroups"],
    ["userGroups", "InvalidParameterCombination", "elasticache:DescribeUserGroups"],
    ["cacheUsers", "UserNotFound", "elasticache:DescribeUsers"],
    ["cacheUsers", "InvalidParameterCombination", "elasticache:DescribeUsers"],
    ["modifyUserGroup", "InvalidParameterCombination", "elasticache:ModifyUserGroup"],
    ["deleteUserGroup", "InvalidParameterValue", "elasticache:DeleteUserGroup"],
  ])("%s answers %s when AWS does (a documented fault the gateway's own requests never cause, scripted)", async (field, typename, operation) => {
    gw.account.documentedFaults.add({ operation, fault: { code: typename }, times: 1 });
    expect(await call(gw, field)).toMatchObject({ __typename: typename, requestId: expect.any(String), message: expect.stringMatching(/\w+ \w+ \w+/) });
  });

  it.each(FIELDS)("%s answers InputValidationError naming the field, and calls no AWS operation", async (field) => {
    gw.account.documentedFaults.add({ operation: VALID[field].operation, fault: { code: "ServiceLinkedRoleNotFound" }, times: 1 });
    const { variables, path, constraint } = INVALID[field];
    const result = await call(gw, field, variables);
    expect(result.__typename).toBe("InputValidationError");
    expect(result.violations.map((v: { path: string[]; constraint: string }) => [v.path.join("."), v.constraint])).toEqual([[path, constraint]]);
    // The scripted fault is still waiting: no call reached the account.
    expect(gw.account.documentedFaults.list()).toHaveLength(1);
    gw.account.documentedFaults.clear();
  });

  it.each(FIELDS)("%s answers UpstreamThrottled and UpstreamUnavailable when the simulated AWS does", async (field) => {
    const { operation } = VALID[field];
    gw.account.faults.add({ operation, fault: { kind: "throttling" } });
    expect(await call(gw, field)).toMatchObject({ __typename: "UpstreamThrottled", retryAfterSeconds: 1 });
    gw.account.faults.clear();
    gw.account.faults.add({ operation, fault: { kind: "unavailable" } });
    expect(await call(gw, field)).toMatchObject({ __typename: "UpstreamUnavailable", retryable: true });
    gw.account.faults.clear();
  });

  it.each(FIELDS)("%s answers ServiceLinkedRoleNotFound in an account without the role", async (field) => {
    const other = await start({ ...DEFAULT_SEED, serviceLinkedRole: false }, SETTLED);
    try {
      expect(await call(other, field)).toMatchObject({ __typename: "ServiceLinkedRoleNotFound", requestId: expect.any(String) });
    } finally {
      await other.close();
    }
  });

  it("answers RateLimited to every field once the caller has spent its burst, calling no AWS operation", async () => {
    const other = await start(DEFAULT_SEED, { ...SETTLED, GATEWAY_RATE_LIMIT_PER_MINUTE: "1", GATEWAY_RATE_LIMIT_BURST: "1" });
    try {
      expect((await call(other, "userGroup")).__typename).toBe("UserGroup");
      for (const field of FIELDS) {
        other.account.faults.add({ operation: VALID[field].operation, fault: { kind: "internal" }, times: 1 });
        expect(await call(other, field)).toMatchObject({ __typename: "RateLimited", retryAfterSeconds: expect.any(Number) });
      }
      expect(other.account.faults.list()).toHaveLength(FIELDS.length);
    } finally {
      await other.close();
    }
  });

  it("answers InvalidUserGroupState to changes of a group that is still CREATING, MODIFYING or DELETING", async () => {
    const other = await start(DEFAULT_SEED, UNSETTLED);
    try {
      const input = { userGroupId: "slow", engine: "REDIS", userIds: ["default"] };
      expect((await other.graphql(CREATE_USER_GROUP, { input })).data.createUserGroup.userGroup.status).toBe("CREATING");
      expect(await call(other, "modifyUserGroup", { input: { userGroupId: "slow", userIdsToAdd: ["reader"] } })).toMatchObject({
        __typename: "InvalidUserGroupState",
        message: expect.stringContaining("not ACTIVE"),
      });
      expect(await call(other, "deleteUserGroup", { input: { userGroupId: "slow" } })).toMatchObject({ __typename: "InvalidUserGroupState" });
      expect((await call(other, "modifyUserGroup")).userGroup.status).toBe("MODIFYING");
      expect(await call(other, "modifyUserGroup", { input: { userGroupId: "app-group", userIdsToRemove: ["reader"] } })).toMatchObject({
        __typename: "InvalidUserGroupState",
      });
      expect(await call(other, "userGroup")).toMatchObject({ status: "MODIFYING", pendingChanges: { userIdsToAdd: ["writer"], userIdsToRemove: [] } });
    } finally {
      await other.close();
    }
  });
});

describe.each([
  ["local", startGateway],
  ["emulator", startEmulatorGateway],
])("userGroups pages over HTTP on the %s backend, an account at its quota of 100 groups", (_backend, start) => {
  const seed: Seed = {
    ...DEFAULT_SEED,
    userGroups: [
      ...DEFAULT_SEED.userGroups,
      ...Array.from({ length: 100 - DEFAULT_SEED.userGroups.length }, (_, i) => ({ userGroupId: `q-${i}`, engine: "redis" as const, userIds: ["default"] })),
    ],
  };
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await start(seed, SETTLED);
  });
  afterAll(() => gw.close());

  it.each([7, 33, 100, 1])("first %d: every group once, in order, no gap", async (first) => {
    const ids: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await call(gw, "userGroups", { first, after });
      expect(page.__typename).toBe("UserGroupConnection");
      expect(page.nodes.length).toBeLessThanOrEqual(first);
      ids.push(...page.nodes.map((g: { userGroupId: string }) => g.userGroupId));
      pages++;
      if (!page.pageInfo.hasNextPage) {
        expect(page.pageInfo.endCursor).toBeNull();
        break;
      }
      after = page.pageInfo.endCursor;
    }
    expect(ids).toEqual(["app-group", ...seed.userGroups.slice(1).map((g) => g.userGroupId)]);
    expect(pages).toBe(Math.ceil(100 / first));
  });

  it("a cursor is for its own list: an altered one, or one of cacheUsers, is InputValidationError (CURSOR)", async () => {
    const { endCursor } = (await call(gw, "userGroups", { first: 7 })).pageInfo;
    const altered = `${endCursor.slice(0, -1)}${endCursor.endsWith("A") ? "B" : "A"}`;
    for (const after of [altered, "not-a-cursor", ""]) {
      expect(await call(gw, "userGroups", { first: 7, after })).toMatchObject({
        __typename: "InputValidationError",
        violations: [{ path: ["after"], constraint: "CURSOR" }],
      });
    }
    const users = await call(gw, "cacheUsers", { engine: "VALKEY", first: 1 });
    expect(await call(gw, "cacheUsers", { engine: "REDIS", first: 1, after: users.pageInfo.endCursor })).toMatchObject({
      __typename: "InputValidationError",
      violations: [{ path: ["after"], constraint: "CURSOR" }],
    });
    expect(await call(gw, "userGroups", { after: users.pageInfo.endCursor })).toMatchObject({ __typename: "InputValidationError" });
  });

  it.each([
    ["userGroups", {}, []],
    ["cacheUsers", { engine: "VALKEY" }, ["VALKEY"]],
  ] as const)(
    "%s answers a made-up cursor that passes the gateway's check, which AWS refuses, as InputValidationError on after",
    async (field, variables, scope) => {
      const cursor = new PageCursor(field, (_node: never) => "", [...scope]);
      const after = cursor.connection(cursor.plan({ first: 1 }).plan!, { items: [], nextMarker: "not-a-marker" }).pageInfo.endCursor;
      expect(await call(gw, field, { ...variables, first: 7, after })).toMatchObject({
        __typename: "InputValidationError",
        violations: [{ path: ["after"], constraint: "CURSOR" }],
      });
    },
  );

  it("cacheUsers pages through the account's users of an engine", async () => {
    const first = await call(gw, "cacheUsers", { engine: "VALKEY", first: 2 });
    const rest = await call(gw, "cacheUsers", { engine: "VALKEY", first: 2, after: first.pageInfo.endCursor });
    expect([...first.nodes, ...rest.nodes].map((u: { userId: string }) => u.userId)).toEqual(["app-default", "reader", "writer"]);
    expect(rest.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(first.nodes[0].userGroupIds).toEqual(["app-group"]);
  });
});
