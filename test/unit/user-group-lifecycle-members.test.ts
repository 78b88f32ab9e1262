import { type GraphQLUnionType, graphql } from "graphql";
import { describe, expect, it } from "vitest";
import type { Backend } from "../../src/backend";
import { buildGatewaySchema } from "../../src/graphql/schema";
import { AWS_SCOPES } from "../../src/operations";
import type { CacheUsersFault } from "../../src/ports/cache-users";
import { fail, ok } from "../../src/ports/result";
import type { DeleteUserGroupFault, DescribeUserGroupsFault, ModifyUserGroupFault, UserGroup } from "../../src/ports/user-groups";
import { stubBackend } from "../fixtures/stub-backend";
import { CACHE_USERS, DELETE_USER_GROUP, MODIFY_USER_GROUP, USER_GROUP, USER_GROUPS } from "../fixtures/user-group-documents";

const UPSTREAM = [
  { code: "UpstreamThrottled", retryAfterSeconds: 4, requestId: "r-t" },
  { code: "UpstreamUnavailable", retryable: false },
] as const;
const DESCRIBE_FAULTS: DescribeUserGroupsFault[] = [
  { code: "UserGroupNotFound", requestId: "r-1" },
  { code: "InvalidParameterCombination", reason: "AWS says no.", requestId: "r-2" },
  { code: "ServiceLinkedRoleNotFound", requestId: "r-3" },
  ...UPSTREAM,
];
const CACHE_USERS_FAULTS: CacheUsersFault[] = [
  { code: "UserNotFound", userIds: ["ghost"], requestId: "r-1" },
  { code: "InvalidParameterCombination", reason: "AWS says no.", requestId: "r-2" },
  { code: "ServiceLinkedRoleNotFound", requestId: "r-3" },
  ...UPSTREAM,
];
const MODIFY_FAULTS: ModifyUserGroupFault[] = [
  { code: "DefaultUserRequired", requestId: "r-1" },
  { code: "DuplicateUserName", requestId: "r-2" },
  { code: "InvalidParameterCombination", reason: "AWS says no.", requestId: "r-3" },
  { code: "InvalidParameterValue", reason: "AWS says no.", requestId: "r-4" },
  { code: "InvalidUserGroupState", requestId: "r-5" },
  { code: "ServiceLinkedRoleNotFound", requestId: "r-6" },
  { code: "UserGroupNotFound", requestId: "r-7" },
  { code: "UserNotFound", userIds: ["ghost"], requestId: "r-8" },
  ...UPSTREAM,
];
const DELETE_FAULTS: DeleteUserGroupFault[] = [
  { code: "InvalidParameterValue", reason: "AWS says no.", requestId: "r-1" },
  { code: "InvalidUserGroupState", requestId: "r-2" },
  { code: "ServiceLinkedRoleNotFound", requestId: "r-3" },
  { code: "UserGroupNotFound", requestId: "r-4" },
  ...UPSTREAM,
];

const GROUP: UserGroup = {
  userGroupId: "app-group",
  status: "MODIFYING",
  engine: "VALKEY",
  userIds: ["app-default"],
  minimumEngineVersion: "7.2",
  pendingChanges: { userIdsToAdd: ["writer"], userIdsToRemove: [] },
  replicationGroups: [],
  serverlessCaches: [],
  arn: "arn:aws:elasticache:us-east-1:000000000000:usergroup:app-group",
};

/** Each field, the port method behind it, a valid call, and the union it answers. */
const FIELDS = [
  { field: "userGroup", union: "UserGroupResult", document: USER_GROUP, variables: { userGroupId: "app-group" }, faults: DESCRIBE_FAULTS },
  { field: "userGroups", union: "UserGroupsResult", document: USER_GROUPS, variables: { first: 5 }, faults: DESCRIBE_FAULTS },
  { field: "cacheUsers", union: "CacheUsersResult", document: CACHE_USERS, variables: { engine: "VALKEY" }, faults: CACHE_USERS_FAULTS },
  {
    field: "modifyUserGroup",
    union: "ModifyUserGroupResult",
    document: MODIFY_USER_GROUP,
    variables: { input: { userGroupId: "app-group", userIdsToAdd: ["writer"] } },
    faults: MODIFY_FAULTS,
  },
  {
    field: "deleteUserGroup",
    union: "DeleteUserGroupResult",
    document: DELETE_USER_GROUP,
    variables: { input: { userGroupId: "app-group" } },
    faults: DELETE_FAULTS,
  },
] as const;

/** Ports whose every lifecycle method answers `answer`. */
function backendAnswering(answer: () => unknown): Backend {
  const call = async () => answer();
  return stubBackend({
    userGroups: { get: call, list: call, modify: call, delete: call } as never,
    cacheUsers: { list: call } as never,
  });
}

async function execute(backend: Backend, document: string, variables: Record<string, unknown>) {
  const contextValue = { identity: { id: "test", kind: "api-key", scopes: new Set(AWS_SCOPES) }, log: console, calls: [] };
  const result = await graphql({ schema: await buildGatewaySchema(backend, "test"), source: document, variableValues: variables, contextValue });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as Record<string, unknown>;
}

describe.each(FIELDS)("$field: domain fault to union member", ({ union, document, variables, faults }) => {
  it.each(faults.map((f) => [f.code, f] as const))("%s is the member of that name, with what it carries", async (code, fault) => {
    const member = await execute(
      backendAnswering(() => fail(fault)),
      document,
      variables,
    );
    expect(member).toMatchObject({ __typename: code, requestId: fault.requestId ?? null, message: expect.stringMatching(/\w{3,}/) });
    if ("reason" in fault) expect(member.message).toBe("AWS says no.");
    if ("userIds" in fault) expect(member.userIds).toEqual(["ghost"]);
    if (fault.code === "UpstreamThrottled") expect(member.retryAfterSeconds).toBe(4);
    if (fault.code === "UpstreamUnavailable") expect(member.retryable).toBe(false);
  });

  it(`${union} holds exactly these faults besides its success and the gateway's own members`, async () => {
    const schema = await buildGatewaySchema(stubBackend(), "t");
    const members = (schema.getType(union) as GraphQLUnionType)
      .getTypes()
      .map((t) => t.name)
      .filter((n) => !/Success$|Connection$|^UserGroup$|^InputValidationError$|^RateLimited$|^Idempotency/.test(n));
    expect(members.sort()).toEqual(faults.map((f) => f.code).sort());
  });
});

describe("successes", () => {
  it("userGroup answers the UserGroup itself", async () => {
    const member = await execute(
      backendAnswering(() => ok(GROUP)),
      USER_GROUP,
      { userGroupId: "app-group" },
    );
    expect(member).toEqual({ __typename: "UserGroup", ...GROUP });
  });

  it.each([
    ["modifyUserGroup", MODIFY_USER_GROUP, { input: { userGroupId: "app-group", userIdsToAdd: ["writer"] } }, "ModifyUserGroupSuccess"],
    ["deleteUserGroup", DELETE_USER_GROUP, { input: { userGroupId: "app-group" } }, "DeleteUserGroupSuccess"],
  ])("%s answers %s with the group", async (_field, document, variables, typename) => {
    const member = await execute(
      backendAnswering(() => ok(GROUP)),
      document,
      variables,
    );
    expect(member).toEqual({ __typename: typename, userGroup: GROUP });
  });

  it("userGroups and cacheUsers answer connections: the nodes and where the page ends", async () => {
    const user = {
      userId: "reader",
      userName: "reader",
      engine: "VALKEY",
      status: "ACTIVE",
      accessString: "on ~* +@all",
      authenticationType: "PASSWORD",
      minimumEngineVersion: "7.2",
      userGroupIds: ["app-group"],
      arn: "arn:aws:elasticache:us-east-1:000000000000:user:reader",
    };
    const backend = stubBackend({
      userGroups: { list: async () => ok({ items: [GROUP] }) },
      cacheUsers: { list: async () => ok({ items: [user, { ...user, userId: "writer" }], nextMarker: "m" }) } as never,
    });
    expect(await execute(backend, USER_GROUPS, {})).toEqual({
      __typename: "UserGroupConnection",
      nodes: [GROUP],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    const users = await execute(backend, CACHE_USERS, { first: 1 });
    expect(users).toMatchObject({ __typename: "CacheUserConnection", nodes: [user], pageInfo: { hasNextPage: true, endCursor: expect.any(String) } });
  });
});
