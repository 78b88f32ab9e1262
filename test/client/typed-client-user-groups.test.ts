import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalBackend } from "../../src/composition";
import { DEFAULT_SEED, type Seed } from "../../src/simulation/seed";
import { startGatewayOver, type TestGateway } from "../fixtures/gateway";
import { CLIENT_MANIFEST } from "../fixtures/trusted-documents";
import { execute, expectMember, subscribe, walkPages } from "./client";
import {
  describeCacheUsersResult,
  describeCreateUserGroupResult,
  describeDeleteUserGroupResult,
  describeModifyUserGroupResult,
  describeUserGroupResult,
  describeUserGroupsResult,
} from "./describe-user-group-results";
import {
  CacheUsersDocument,
  CreateUserGroupDocument,
  DeleteUserGroupDocument,
  type Engine,
  ModifyUserGroupDocument,
  UserGroupDocument,
  UserGroupStatusDocument,
  UserGroupsDocument,
} from "./generated/graphql";

/*
 * The typed client through the ElastiCache lifecycle on the local backend: lists walked page by page,
 * a group read, changed and deleted, and its status watched over GraphQL-SSE. The simulated account's
 * clock is the test's: a change settles when the test moves it, not after a wait.
 */

const SETTLE_MS = 60_000;
/** More users and groups than one AWS page (20 records at least) holds, so that the walks cross AWS pages. */
const SEED: Seed = {
  ...DEFAULT_SEED,
  users: [
    ...DEFAULT_SEED.users,
    ...Array.from({ length: 41 }, (_, i) => ({ userId: `svc-${i}`, userName: `svc-${i}`, engine: "valkey" as const, authentication: "password" as const })),
  ],
  userGroups: [
    ...DEFAULT_SEED.userGroups,
    ...Array.from({ length: 23 }, (_, i) => ({ userGroupId: `team-${i}`, engine: "valkey" as const, userIds: ["app-default", `svc-${i}`] })),
  ],
};

let gw: TestGateway;
let now = Date.parse("2026-06-01T00:00:00Z");
/** Lets every change in progress finish (CREATING and MODIFYING become ACTIVE, DELETING groups go). */
const settle = () => void (now += SETTLE_MS);

beforeAll(async () => {
  const backend = createLocalBackend(SEED, "us-east-1", { settleMs: SETTLE_MS, now: () => now });
  // Only the typed client's own documents run, on /graphql and /graphql/stream: the client sends each by its id.
  gw = await startGatewayOver(backend, { GATEWAY_SUBSCRIPTION_POLL_MS: "50", GATEWAY_TRUSTED_DOCUMENTS: CLIENT_MANIFEST });
});
afterAll(() => gw.close());

const userGroup = async (userGroupId: string) => (await execute(gw.url, UserGroupDocument, { userGroupId })).userGroup;
const createGroup = async (userGroupId: string) => {
  const { createUserGroup } = await execute(gw.url, CreateUserGroupDocument, { input: { userGroupId, engine: "VALKEY", userIds: ["app-default", "reader"] } });
  return expectMember(createUserGroup, "CreateUserGroupSuccess", describeCreateUserGroupResult).userGroup;
};

describe("typed client: the ElastiCache lists, walked with endCursor until hasNextPage is false", () => {
  it.each<[Engine | null, number]>([
    ["VALKEY", 7],
    [null, 100],
  ])("cacheUsers(engine: %s, first: %i) lists each user once", async (engine, first) => {
    const { nodes, pages } = await walkPages(async (after) => {
      const { cacheUsers } = await execute(gw.url, CacheUsersDocument, { engine, first, after });
      return expectMember(cacheUsers, "CacheUserConnection", describeCacheUsersResult);
    });
    const expected = SEED.users.filter((u) => engine === null || u.engine === engine.toLowerCase()).map((u) => u.userId);
    expect(nodes.map((u) => u.userId).sort()).toEqual([...expected].sort());
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(expected.length / first));
    for (const page of pages) expect(page.nodes.length).toBeLessThanOrEqual(first);
    expect(nodes.find((u) => u.userId === "svc-0")).toMatchObject({ engine: "VALKEY", userGroupIds: ["team-0"], authenticationType: "PASSWORD" });
    expect(describeCacheUsersResult(pages.at(-1)!)).toMatch(/ cache users, the last page$/);
  });

  it("userGroups(first: 6) lists each group once", async () => {
    const { nodes, pages } = await walkPages(async (after) => {
      const { userGroups } = await execute(gw.url, UserGroupsDocument, { first: 6, after });
      return expectMember(userGroups, "UserGroupConnection", describeUserGroupsResult);
    });
    const ids = nodes.map((g) => g.userGroupId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(SEED.userGroups.map((g) => g.userGroupId)));
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(SEED.userGroups.length / 6));
    expect(describeUserGroupsResult(pages[0]!)).toBe("6 user groups, more on the next page");
  });

  it("answers InputValidationError for a cursor the list did not give", async () => {
    const { userGroups } = await execute(gw.url, UserGroupsDocument, { first: 6, after: "forged.cursor" });
    expect(describeUserGroupsResult(userGroups)).toBe("fix the input: after CURSOR");
  });
});

describe("typed client: a user group read, changed and deleted", () => {
  it("walks a group from CREATING through MODIFYING and DELETING to UserGroupNotFound", async () => {
    expect((await createGroup("typed-life")).status).toBe("CREATING");
    expect(describeUserGroupResult(await userGroup("typed-life"))).toBe("user group typed-life (CREATING) with app-default, reader");
    settle();
    expect(expectMember(await userGroup("typed-life"), "UserGroup", describeUserGroupResult).status).toBe("ACTIVE");

    const modify = async () =>
      (await execute(gw.url, ModifyUserGroupDocument, { input: { userGroupId: "typed-life", userIdsToAdd: ["writer"], userIdsToRemove: ["reader"] } }))
        .modifyUserGroup;
    const modified = await modify();
    expect(describeModifyUserGroupResult(modified)).toBe(
      "changing user group typed-life (MODIFYING) with app-default, reader, adding [writer] and removing [reader]",
    );
    const busy = expectMember(await modify(), "InvalidUserGroupState", describeModifyUserGroupResult);
    expect(busy.requestId).toMatch(/^[0-9a-f-]{36}$/);
    settle();
    expect(expectMember(await userGroup("typed-life"), "UserGroup", describeUserGroupResult)).toMatchObject({
      status: "ACTIVE",
      userIds: ["app-default", "writer"],
      pendingChanges: null,
    });

    const { deleteUserGroup } = await execute(gw.url, DeleteUserGroupDocument, { input: { userGroupId: "typed-life" } });
    expect(describeDeleteUserGroupResult(deleteUserGroup)).toBe("deleting user group typed-life (DELETING) with app-default, writer");
    settle();
    const gone = expectMember(await userGroup("typed-life"), "UserGroupNotFound", describeUserGroupResult);
    expect(describeUserGroupResult(gone)).toBe(`UserGroupNotFound: ${gone.message}`);
  });
});

describe("typed client: userGroupStatus over GraphQL-SSE", () => {
  it("sends CREATING, then ACTIVE once the group settles, and completes", async () => {
    await createGroup("typed-watched");
    const seen: string[] = [];
    for await (const { userGroupStatus } of subscribe(`${gw.origin}/graphql/stream`, UserGroupStatusDocument, { userGroupId: "typed-watched" })) {
      seen.push(describeUserGroupResult(userGroupStatus));
      // The next poll after this finds the group ACTIVE: the subscription sends it and completes.
      if (expectMember(userGroupStatus, "UserGroup", describeUserGroupResult).status === "CREATING") settle();
    }
    expect(seen).toEqual(["user group typed-watched (CREATING) with app-default, reader", "user group typed-watched (ACTIVE) with app-default, reader"]);
  });

  it("answers a group that does not exist with UserGroupNotFound, and completes", async () => {
    const results = [];
    for await (const { userGroupStatus } of subscribe(`${gw.origin}/graphql/stream`, UserGroupStatusDocument, { userGroupId: "never-made" })) {
      results.push(userGroupStatus.__typename);
    }
    expect(results).toEqual(["UserGroupNotFound"]);
  });
});
