import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CacheUsers } from "../../src/ports/cache-users";
import type { Page, PageRequest } from "../../src/ports/page";
import type { Result } from "../../src/ports/result";
import type { UserGroup, UserGroups } from "../../src/ports/user-groups";
import type { UserGroupsFixture } from "./user-groups.contract";

/** The user group fixture, the account's users, and a way to let time pass for AWS's changes to settle. */
export interface LifecycleFixture extends UserGroupsFixture {
  readonly cacheUsers: CacheUsers;
  /** A third user, with a user name of its own, authenticating with a password. */
  readonly otherUser: string;
  /** Lets simulated (or real) time pass: some of a change's settle time, never a fixed amount the suite relies on. */
  elapse(): Promise<void>;
}

/** How many times the suite lets time pass before it gives up waiting for a change to settle. */
const MAX_WAITS = 120;

const value = <T>(result: Result<T, { code: string }>): T => {
  if (!result.ok) throw new Error(`expected success, got ${result.fault.code}`);
  return result.value;
};

/** Every record of a list, page by page with AWS's markers: AWS's smallest page, so that a small account spans pages too. */
async function walk<T>(list: (page: PageRequest) => Promise<Result<Page<T>, { code: string }>>): Promise<T[]> {
  const all: T[] = [];
  let marker: string | undefined;
  do {
    const page = value(await list({ maxRecords: 20, ...(marker ? { marker } : {}) }));
    expect(page.items.length).toBeLessThanOrEqual(20);
    all.push(...page.items);
    marker = page.nextMarker;
  } while (marker);
  return all;
}

/** The lifecycle of a user group (describe, modify, delete) and the account's users answer alike, whichever adapter implements the ports. */
export function describeUserGroupLifecycleContract(name: string, setup: () => Promise<LifecycleFixture>): void {
  describe(`UserGroups lifecycle and CacheUsers contract: ${name}`, () => {
    let f: LifecycleFixture;
    const created: string[] = [];

    /** `get` until `done` holds for its answer, letting time pass between tries. */
    const waitFor = async (id: string, done: (result: Awaited<ReturnType<UserGroups["get"]>>) => boolean) => {
      for (let i = 0; i < MAX_WAITS; i++) {
        const result = await f.userGroups.get(id);
        if (done(result)) return result;
        await f.elapse();
      }
      throw new Error(`user group ${id} did not settle`);
    };
    const active = (id: string) => waitFor(id, (r) => r.ok && r.value.status === "ACTIVE");
    const create = async (userIds: string[]) => {
      const id = f.uniqueId("life");
      const group = value(await f.userGroups.create({ userGroupId: id, engine: "REDIS", userIds }));
      created.push(group.userGroupId);
      return group;
    };

    beforeAll(async () => {
      f = await setup();
    });
    afterAll(async () => f.cleanup?.(created));

    it("a group goes CREATING -> ACTIVE -> MODIFYING -> ACTIVE (changed) -> DELETING -> gone, refusing changes in between", async () => {
      const group = await create([f.defaultUser, f.passwordUser]);
      expect(group.status).toBe("CREATING");
      const id = group.userGroupId;
      expect(await f.userGroups.modify({ userGroupId: id, userIdsToAdd: [f.otherUser], userIdsToRemove: [] })).toMatchObject({
        ok: false,
        fault: { code: "InvalidUserGroupState" },
      });
      expect(await f.userGroups.delete(id)).toMatchObject({ ok: false, fault: { code: "InvalidUserGroupState" } });

      await active(id);
      const modifying = value(await f.userGroups.modify({ userGroupId: id, userIdsToAdd: [f.otherUser], userIdsToRemove: [f.passwordUser] }));
      expect(modifying).toMatchObject({
        userGroupId: id,
        status: "MODIFYING",
        pendingChanges: { userIdsToAdd: [f.otherUser], userIdsToRemove: [f.passwordUser] },
      });
      expect([...modifying.userIds].sort()).toEqual([f.defaultUser, f.passwordUser].sort());
      expect(await f.userGroups.modify({ userGroupId: id, userIdsToAdd: [], userIdsToRemove: [f.otherUser] })).toMatchObject({
        ok: false,
        fault: { code: "InvalidUserGroupState" },
      });

      const changed = value(await active(id));
      expect([...changed.userIds].sort()).toEqual([f.defaultUser, f.otherUser].sort());
      expect(changed.pendingChanges?.userIdsToAdd ?? []).toEqual([]);

      expect(value(await f.userGroups.delete(id))).toMatchObject({ userGroupId: id, status: "DELETING" });
      await waitFor(id, (r) => !r.ok && r.fault.code === "UserGroupNotFound");
      expect(await f.userGroups.delete(id)).toMatchObject({ ok: false, fault: { code: "UserGroupNotFound" } });
    });

    it("UserGroupNotFound for an id no group has, whatever the call", async () => {
      const ghost = f.uniqueId("ghost-group");
      expect(await f.userGroups.get(ghost)).toMatchObject({ ok: false, fault: { code: "UserGroupNotFound" } });
      expect(await f.userGroups.modify({ userGroupId: ghost, userIdsToAdd: [f.otherUser], userIdsToRemove: [] })).toMatchObject({
        ok: false,
        fault: { code: "UserGroupNotFound" },
      });
      expect(await f.userGroups.delete(ghost)).toMatchObject({ ok: false, fault: { code: "UserGroupNotFound" } });
    });

    it("ModifyUserGroup answers UserNotFound, DefaultUserRequired and DuplicateUserName for an ACTIVE group, which stays as it was", async () => {
      const { userGroupId } = await create([f.defaultUser, f.passwordUser]);
      await active(userGroupId);
      const ghost = f.uniqueId("ghost");
      const missing = await f.userGroups.modify({ userGroupId, userIdsToAdd: [ghost], userIdsToRemove: [] });
      expect(missing).toMatchObject({ ok: false, fault: { code: "UserNotFound" } });
      if (!missing.ok && missing.fault.code === "UserNotFound") expect(missing.fault.userIds.every((u) => u === ghost)).toBe(true);
      expect(await f.userGroups.modify({ userGroupId, userIdsToAdd: [], userIdsToRemove: [f.defaultUser] })).toMatchObject({
        ok: false,
        fault: { code: "DefaultUserRequired" },
      });
      expect(await f.userGroups.modify({ userGroupId, userIdsToAdd: [f.defaultTwin], userIdsToRemove: [] })).toMatchObject({
        ok: false,
        fault: { code: "DuplicateUserName" },
      });
      expect(value(await f.userGroups.get(userGroupId))).toMatchObject({ status: "ACTIVE" });
    });

    it("InvalidMarker for a marker AWS did not give, on either list (AWS answers InvalidParameterValue)", async () => {
      expect(await f.userGroups.list({ maxRecords: 20, marker: "not-a-marker" })).toMatchObject({ ok: false, fault: { code: "InvalidMarker" } });
      expect(await f.cacheUsers.list({ maxRecords: 20, marker: "not-a-marker" })).toMatchObject({ ok: false, fault: { code: "InvalidMarker" } });
    });

    it("lists every group page by page, each once, the new ones among them", async () => {
      const group = await create([f.defaultUser]);
      const ids = (await walk((page) => f.userGroups.list(page))).map((g: UserGroup) => g.userGroupId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toContain(group.userGroupId);
    });

    it("gets one user by id as the list describes it, and UserNotFound naming an id no user has", async () => {
      const listed = (await walk((page) => f.cacheUsers.list(page))).find((u) => u.userId === f.passwordUser)!;
      expect(value(await f.cacheUsers.get(f.passwordUser))).toEqual(listed);
      const missing = f.uniqueId("nouser");
      expect(await f.cacheUsers.get(missing)).toMatchObject({ ok: false, fault: { code: "UserNotFound", userIds: [missing] } });
    });

    it("lists the account's users page by page, each once, and only the engine's when one is given", async () => {
      const all = await walk((page) => f.cacheUsers.list(page));
      const ids = all.map((u) => u.userId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining([f.defaultUser, f.defaultTwin, f.passwordUser, f.otherUser]));
      const twin = all.find((u) => u.userId === f.defaultTwin)!;
      expect(twin).toMatchObject({ userName: "default", authenticationType: "PASSWORD" });
      const valkey = await walk((page) => f.cacheUsers.list({ ...page, engine: "VALKEY" }));
      expect(valkey.length).toBeGreaterThan(0);
      expect(valkey.every((u) => u.engine === "VALKEY")).toBe(true);
      expect(valkey.map((u) => u.userId).sort()).toEqual(
        all
          .filter((u) => u.engine === "VALKEY")
          .map((u) => u.userId)
          .sort(),
      );
    });
  });
}
