import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserGroups } from "../../src/ports/user-groups";

/** Existing users of the account under test, and a way to make ids no run has used. */
export interface UserGroupsFixture {
  readonly userGroups: UserGroups;
  /** User name "default", authenticating with no password (as AWS's built-in "default"). */
  readonly defaultUser: string;
  /** Another user whose user name is also "default", authenticating with a password. */
  readonly defaultTwin: string;
  /** A user with another user name, authenticating with a password. */
  readonly passwordUser: string;
  uniqueId(prefix: string): string;
  /** Deletes what the suite created, where the account is real. */
  cleanup?(createdIds: readonly string[]): Promise<void>;
}

/** The same situations answer the same way, whichever adapter implements the port. */
export function describeUserGroupsContract(name: string, setup: () => Promise<UserGroupsFixture>): void {
  describe(`UserGroups contract: ${name}`, () => {
    let f: UserGroupsFixture;
    const created: string[] = [];
    const create = async (input: Parameters<UserGroups["create"]>[0]) => {
      const result = await f.userGroups.create(input);
      if (result.ok) created.push(result.value.userGroupId);
      return result;
    };

    beforeAll(async () => {
      f = await setup();
    });
    afterAll(async () => f.cleanup?.(created));

    it("creates a group: CREATING, id in lower case, ARN of the group", async () => {
      const id = f.uniqueId("Contract");
      const result = await create({ userGroupId: id, engine: "REDIS", userIds: [f.defaultUser, f.passwordUser] });
      if (!result.ok) throw new Error(`expected success, got ${result.fault.code}`);
      expect(result.value).toMatchObject({ userGroupId: id.toLowerCase(), status: "CREATING", engine: "REDIS" });
      expect([...result.value.userIds].sort()).toEqual([f.defaultUser, f.passwordUser].sort());
      expect(result.value.arn).toMatch(new RegExp(`^arn:aws[a-z-]*:elasticache:[a-z0-9-]+:\\d{12}:usergroup:${id.toLowerCase()}$`));

      const again = await create({ userGroupId: id.toUpperCase(), engine: "REDIS", userIds: [f.defaultUser] });
      expect(again).toMatchObject({ ok: false, fault: { code: "UserGroupAlreadyExists" } });
    });

    it("UserNotFound for an id no user has; the ids it names are among the missing", async () => {
      const ghost = f.uniqueId("ghost");
      const result = await create({ userGroupId: f.uniqueId("c"), engine: "REDIS", userIds: [f.defaultUser, ghost] });
      expect(result).toMatchObject({ ok: false, fault: { code: "UserNotFound" } });
      if (!result.ok && result.fault.code === "UserNotFound") expect(result.fault.userIds.every((id) => id === ghost)).toBe(true);
    });

    it.each([
      ["DefaultUserRequired", (x: UserGroupsFixture) => ({ engine: "VALKEY" as const, userIds: [x.passwordUser] })],
      ["DuplicateUserName", (x: UserGroupsFixture) => ({ engine: "VALKEY" as const, userIds: [x.defaultTwin, x.defaultUser] })],
      ["InvalidParameterValue", (x: UserGroupsFixture) => ({ engine: "VALKEY" as const, userIds: [x.defaultUser, x.passwordUser] })],
      [
        "TagQuotaPerResourceExceeded",
        (x: UserGroupsFixture) => ({
          engine: "REDIS" as const,
          userIds: [x.defaultUser],
          tags: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: null })),
        }),
      ],
    ])("%s", async (code, input) => {
      const result = await create({ userGroupId: f.uniqueId("c"), ...input(f) });
      expect(result).toMatchObject({ ok: false, fault: { code } });
    });
  });
}
