import { describe, expect, it } from "vitest";
import type { Result } from "../../src/ports/result";
import type { UserGroup } from "../../src/ports/user-groups";
import { AccessDenied, SimulatedAccount } from "../../src/simulation/account";
import { InvalidPageRequest } from "../../src/simulation/elasticache/record-pages";
import { describeCacheUsers } from "../../src/simulation/elasticache/simulated-cache-users";
import { deleteUserGroup, modifyUserGroup } from "../../src/simulation/elasticache/simulated-user-group-changes";
import { describeUserGroups } from "../../src/simulation/elasticache/simulated-user-group-reads";
import { createUserGroup } from "../../src/simulation/elasticache/simulated-user-groups";
import { DEFAULT_SEED, type Seed } from "../../src/simulation/seed";

const SETTLE_MS = 1_000;

/** An account on a clock the test moves. */
function world(seed: Seed = DEFAULT_SEED) {
  let now = 1_700_000_000_000;
  const account = new SimulatedAccount(seed, "us-east-1", { settleMs: SETTLE_MS, now: () => now });
  const get = (id: string) => {
    const result = describeUserGroups(account, { userGroupId: id });
    return result.ok ? result.value.items[0]! : result.fault;
  };
  return { account, get, advance: (ms: number) => void (now += ms) };
}

const value = <T>(result: Result<T, unknown>): T => {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.fault)}`);
  return result.value;
};

const modify = (over: { userGroupId?: string; userIdsToAdd?: string[]; userIdsToRemove?: string[] } = {}) => ({
  userGroupId: "app-group",
  userIdsToAdd: [],
  userIdsToRemove: [],
  ...over,
});

describe("user group states over simulated time", () => {
  it("the seed's app-group starts ACTIVE, with the ARN of the account", () => {
    const { get } = world();
    expect(get("app-group")).toEqual({
      userGroupId: "app-group",
      status: "ACTIVE",
      engine: "VALKEY",
      userIds: ["app-default", "reader"],
      minimumEngineVersion: "7.2",
      pendingChanges: null,
      replicationGroups: [],
      serverlessCaches: [],
      arn: "arn:aws:elasticache:us-east-1:000000000000:usergroup:app-group",
    });
  });

  it("CREATING until the settle time has passed, then ACTIVE", () => {
    const { account, get, advance } = world();
    expect(value(createUserGroup(account, { userGroupId: "New", engine: "REDIS", userIds: ["default"] })).status).toBe("CREATING");
    advance(SETTLE_MS - 1);
    expect(get("new")).toMatchObject({ status: "CREATING" });
    expect(modifyUserGroup(account, modify({ userGroupId: "new", userIdsToAdd: ["writer"] }))).toMatchObject({
      ok: false,
      fault: { code: "InvalidUserGroupState" },
    });
    expect(deleteUserGroup(account, "new")).toMatchObject({ ok: false, fault: { code: "InvalidUserGroupState" } });
    advance(1);
    expect(get("new")).toMatchObject({ status: "ACTIVE", pendingChanges: null });
  });

  it("MODIFYING with the pending changes, which apply to its users when it settles", () => {
    const { account, get, advance } = world();
    const answer = value(modifyUserGroup(account, modify({ userIdsToAdd: ["Writer"], userIdsToRemove: ["reader"] })));
    expect(answer).toMatchObject({
      status: "MODIFYING",
      userIds: ["app-default", "reader"],
      pendingChanges: { userIdsToAdd: ["writer"], userIdsToRemove: ["reader"] },
    });
    advance(SETTLE_MS - 1);
    expect(get("app-group")).toEqual(answer);
    expect(modifyUserGroup(account, modify({ userIdsToRemove: ["writer"] }))).toMatchObject({ ok: false, fault: { code: "InvalidUserGroupState" } });
    advance(1);
    expect(get("app-group")).toMatchObject({ status: "ACTIVE", userIds: ["app-default", "writer"], pendingChanges: null });
    const users = value(describeCacheUsers(account, {})).items;
    expect(Object.fromEntries(users.map((u) => [u.userId, u.userGroupIds]))).toEqual({
      default: [],
      "app-default": ["app-group"],
      reader: [],
      writer: ["app-group"],
    });
  });

  it("DELETING, then gone: every call then answers UserGroupNotFound, and the id is free again", () => {
    const { account, get, advance } = world();
    expect(value(deleteUserGroup(account, "APP-GROUP"))).toMatchObject({ userGroupId: "app-group", status: "DELETING", userIds: ["app-default", "reader"] });
    expect(deleteUserGroup(account, "app-group")).toMatchObject({ ok: false, fault: { code: "InvalidUserGroupState" } });
    expect(createUserGroup(account, { userGroupId: "app-group", engine: "REDIS", userIds: ["default"] })).toMatchObject({
      ok: false,
      fault: { code: "UserGroupAlreadyExists" },
    });
    advance(SETTLE_MS);
    expect(get("app-group")).toEqual({ code: "UserGroupNotFound", userGroupId: "app-group" });
    expect(deleteUserGroup(account, "app-group")).toMatchObject({ ok: false, fault: { code: "UserGroupNotFound" } });
    expect(modifyUserGroup(account, modify({ userIdsToAdd: ["writer"] }))).toMatchObject({ ok: false, fault: { code: "UserGroupNotFound" } });
    expect(value(createUserGroup(account, { userGroupId: "app-group", engine: "REDIS", userIds: ["default"] })).status).toBe("CREATING");
  });

  it("a settle time of 0 settles every change by the next call", () => {
    const account = new SimulatedAccount(DEFAULT_SEED, "us-east-1", { settleMs: 0 });
    expect(value(modifyUserGroup(account, modify({ userIdsToAdd: ["writer"] }))).status).toBe("MODIFYING");
    expect(value(describeUserGroups(account, { userGroupId: "app-group" })).items[0]).toMatchObject({ status: "ACTIVE" });
  });

  it("refuses to delete a group a cache uses", () => {
    const { account } = world();
    const seeded = account.userGroups.get("app-group")!;
    account.userGroups.set("app-group", { ...seeded, replicationGroups: ["rg-1"] });
    expect(deleteUserGroup(account, "app-group")).toMatchObject({ ok: false, fault: { code: "InvalidUserGroupState" } });
  });
});

describe("ModifyUserGroup's faults", () => {
  const seed: Seed = {
    ...DEFAULT_SEED,
    users: [...DEFAULT_SEED.users, { userId: "open", userName: "open", engine: "valkey", authentication: "no-password" }],
    userGroups: [...DEFAULT_SEED.userGroups, { userGroupId: "redis-group", engine: "redis", userIds: ["default", "reader"] }],
  };
  it.each<[string, ReturnType<typeof modify>, Record<string, unknown>, Seed?]>([
    ["UserGroupNotFound", modify({ userGroupId: "ghost-group", userIdsToAdd: ["writer"] }), { code: "UserGroupNotFound" }],
    ["UserNotFound, naming the missing ids", modify({ userIdsToAdd: ["writer", "Ghost"] }), { code: "UserNotFound", userIds: ["ghost"] }],
    ["DefaultUserRequired", modify({ userIdsToRemove: ["app-default"] }), { code: "DefaultUserRequired" }],
    ["DuplicateUserName", modify({ userIdsToAdd: ["default"] }), { code: "DuplicateUserName" }],
    ["InvalidParameterValue for a valkey group and a user without password", modify({ userIdsToAdd: ["open"] }), { code: "InvalidParameterValue" }],
    ["no InvalidParameterValue for a redis group", modify({ userGroupId: "redis-group", userIdsToAdd: ["open"] }), { code: undefined }],
    [
      "InvalidParameterValue for a user already in the group",
      modify({ userIdsToAdd: ["READER"] }),
      { code: "InvalidParameterValue", reason: "A user to add is already in the user group." },
    ],
    [
      "InvalidParameterValue for removing a user not in the group",
      modify({ userIdsToRemove: ["writer"] }),
      { code: "InvalidParameterValue", reason: "A user to remove is not in the user group." },
    ],
    ["InvalidParameterValue for an id AWS refuses", modify({ userIdsToAdd: ["1st"] }), { code: "InvalidParameterValue" }],
    [
      "InvalidParameterCombination for an id in both lists, in any case",
      modify({ userIdsToAdd: ["writer"], userIdsToRemove: ["WRITER"] }),
      { code: "InvalidParameterCombination" },
    ],
    ["InvalidParameterCombination for no id at all", modify(), { code: "InvalidParameterCombination" }],
    ["ServiceLinkedRoleNotFound", modify({ userIdsToAdd: ["writer"] }), { code: "ServiceLinkedRoleNotFound" }, { ...DEFAULT_SEED, serviceLinkedRole: false }],
  ])("%s", (_name, request, fault, other) => {
    const { account } = world(other ?? seed);
    const result = modifyUserGroup(account, request);
    if (fault.code === undefined) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, fault });
  });

  it("InvalidParameterValue past 100 users in the group (ModifyUserGroup documents no quota fault)", () => {
    const users = Array.from({ length: 100 }, (_, i) => ({
      userId: `u${i}`,
      userName: `u${i}`,
      engine: "redis" as const,
      authentication: "password" as const,
    }));
    const { account } = world({ ...seed, users: [...seed.users, ...users] });
    value(modifyUserGroup(account, modify({ userGroupId: "redis-group", userIdsToAdd: users.slice(0, 98).map((u) => u.userId) })));
    const { account: full } = world({ ...seed, users: [...seed.users, ...users] });
    expect(modifyUserGroup(full, modify({ userGroupId: "redis-group", userIdsToAdd: users.slice(0, 99).map((u) => u.userId) }))).toMatchObject({
      ok: false,
      fault: { code: "InvalidParameterValue", reason: "A user group can hold at most 100 users." },
    });
  });

  it("AccessDenied, outside the operation's faults, for a denied action", () => {
    const { account } = world({ ...DEFAULT_SEED, deniedActions: ["elasticache:ModifyUserGroup", "elasticache:DeleteUserGroup", "elasticache:DescribeUsers"] });
    expect(() => modifyUserGroup(account, modify({ userIdsToAdd: ["writer"] }))).toThrow(AccessDenied);
    expect(() => deleteUserGroup(account, "app-group")).toThrow(AccessDenied);
    expect(() => describeCacheUsers(account, {})).toThrow(AccessDenied);
    expect(describeUserGroups(account, {}).ok).toBe(true);
  });
});

describe("documented faults scripted on the account", () => {
  it("answer the scripted code for as many calls as the rule says, then the rules again", () => {
    const { account } = world();
    account.documentedFaults.add({ operation: "elasticache:DescribeUserGroups", fault: { code: "InvalidParameterCombination" }, times: 1 });
    account.documentedFaults.add({ operation: "elasticache:DescribeUsers", fault: { code: "UserNotFound" }, times: 1 });
    expect(describeUserGroups(account, {})).toEqual({ ok: false, fault: { code: "InvalidParameterCombination", reason: expect.any(String) } });
    expect(describeCacheUsers(account, {})).toEqual({ ok: false, fault: { code: "UserNotFound", userIds: [] } });
    expect(describeUserGroups(account, {}).ok).toBe(true);
  });

  it("a code the operation does not document is a mistake in the script: it throws", () => {
    const { account } = world();
    account.documentedFaults.add({ operation: "elasticache:DeleteUserGroup", fault: { code: "DuplicateUserName" } });
    expect(() => deleteUserGroup(account, "app-group")).toThrow("elasticache:DeleteUserGroup documents no fault DuplicateUserName");
  });
});

describe("Describe pages (MaxRecords, Marker)", () => {
  const many = (n: number): Seed => ({
    ...DEFAULT_SEED,
    userGroups: Array.from({ length: n }, (_, i) => ({ userGroupId: `g${String(i).padStart(3, "0")}`, engine: "redis" as const, userIds: ["default"] })),
  });
  const walk = (account: SimulatedAccount, maxRecords: number, between: (page: number) => void = () => {}) => {
    const ids: string[] = [];
    let marker: string | undefined;
    for (let page = 0; ; page++) {
      const { items, nextMarker } = value(describeUserGroups(account, { maxRecords, ...(marker ? { marker } : {}) }));
      ids.push(...items.map((g: UserGroup) => g.userGroupId));
      if (!nextMarker) return ids;
      marker = nextMarker;
      between(page);
    }
  };

  it.each([20, 33, 100])("walks 100 groups in pages of %d, each once, in the order they were made", (maxRecords) => {
    const { account } = world(many(100));
    expect(walk(account, maxRecords)).toEqual([...account.userGroups.keys()]);
  });

  it("answers 100 records and no marker when MaxRecords is not given", () => {
    const { account } = world(many(100));
    expect(value(describeUserGroups(account, {}))).toEqual({ items: expect.any(Array) });
    expect(value(describeUserGroups(account, {})).items).toHaveLength(100);
  });

  it("a group deleted between pages leaves no gap and no repeat among the rest", () => {
    const { account, advance } = world(many(60));
    const deleted = "g020";
    const ids = walk(account, 20, (page) => {
      if (page === 0) {
        value(deleteUserGroup(account, deleted));
        advance(SETTLE_MS);
      }
    });
    expect(ids).toEqual([...Array.from({ length: 60 }, (_, i) => `g${String(i).padStart(3, "0")}`)].filter((id) => id !== deleted));
  });

  it.each([19, 101, 0, 2.5])("refuses MaxRecords %d", (maxRecords) => {
    const { account } = world();
    expect(() => describeUserGroups(account, { maxRecords })).toThrow(InvalidPageRequest);
  });

  it.each(["", "not-a-marker", Buffer.from('{"next":-1}').toString("base64url"), `${Buffer.from('{"next":1}').toString("base64url")}=`])(
    "refuses the marker %j",
    (marker) => {
      const { account } = world();
      expect(() => describeCacheUsers(account, { marker })).toThrow(InvalidPageRequest);
    },
  );

  it("DescribeUsers: the engine's users, page by page", () => {
    const users = Array.from({ length: 45 }, (_, i) => ({ userId: `v${i}`, userName: `v${i}`, engine: "valkey" as const, authentication: "iam" as const }));
    const { account } = world({ ...DEFAULT_SEED, users: [...DEFAULT_SEED.users, ...users] });
    const first = value(describeCacheUsers(account, { engine: "valkey", maxRecords: 20 }));
    expect(first.items.map((u) => u.userId)).toEqual(["app-default", "reader", "writer", ...users.slice(0, 17).map((u) => u.userId)]);
    const second = value(describeCacheUsers(account, { engine: "valkey", maxRecords: 20, marker: first.nextMarker! }));
    const third = value(describeCacheUsers(account, { engine: "valkey", maxRecords: 20, marker: second.nextMarker! }));
    expect([...second.items, ...third.items].map((u) => u.userId)).toEqual(users.slice(17).map((u) => u.userId));
    expect(third.nextMarker).toBeUndefined();
    expect(value(describeCacheUsers(account, { engine: "redis" })).items.map((u) => u.userId)).toEqual(["default"]);
  });

  it("DescribeUsers answers ServiceLinkedRoleNotFound without the role, and UserNotFound for a user id none has", () => {
    expect(describeCacheUsers(world({ ...DEFAULT_SEED, serviceLinkedRole: false }).account, {})).toMatchObject({
      ok: false,
      fault: { code: "ServiceLinkedRoleNotFound" },
    });
    expect(describeCacheUsers(world().account, { userId: "ghost" })).toMatchObject({ ok: false, fault: { code: "UserNotFound", userIds: ["ghost"] } });
  });
});
