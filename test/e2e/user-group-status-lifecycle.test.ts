import { createClient } from "graphql-sse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CREATE_USER_GROUP } from "../fixtures/documents";
import { startEmulatorGateway, startGateway, type TestGateway } from "../fixtures/gateway";

const WATCH = /* GraphQL */ `
  subscription Watch($id: String!) {
    userGroupStatus(userGroupId: $id) {
      __typename
      ... on UserGroup { status userIds pendingChanges { userIdsToAdd userIdsToRemove } }
      ... on Error { message }
    }
  }
`;
const MODIFY = /* GraphQL */ `
  mutation Modify($input: ModifyUserGroupInput!) { modifyUserGroup(input: $input) { __typename ... on ModifyUserGroupSuccess { userGroup { status } } } }
`;
const DELETE = /* GraphQL */ `
  mutation Delete($input: DeleteUserGroupInput!) { deleteUserGroup(input: $input) { __typename ... on DeleteUserGroupSuccess { userGroup { status } } } }
`;

type Event = { __typename: string; status?: string; userIds?: string[]; pendingChanges?: { userIdsToAdd: string[] } | null };

/** The simulation settles a group after SETTLE_MS; the gateway polls every POLL_MS. */
const ENV = { GATEWAY_LOCAL_SETTLE_MS: "1500", GATEWAY_SUBSCRIPTION_POLL_MS: "50", GATEWAY_PLAYGROUND: "false" };

describe.each([
  ["local", startGateway],
  ["emulator (real SDK adapters over the wire)", startEmulatorGateway],
])("userGroupStatus follows a group's real lifecycle on the %s backend", (_backend, start) => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await start(undefined, ENV);
  });
  afterAll(() => gw.close());

  /** Every event of one subscription, until the gateway completes it. */
  async function watch(id: string): Promise<Event[]> {
    const client = createClient({ url: `${gw.origin}/graphql/stream`, retryAttempts: 0 });
    const events: Event[] = [];
    try {
      for await (const result of client.iterate({ query: WATCH, variables: { id } })) {
        expect(result.errors).toBeUndefined();
        events.push((result.data as { userGroupStatus: Event }).userGroupStatus);
      }
    } finally {
      client.dispose();
    }
    return events;
  }

  it("streams CREATING then ACTIVE after a create, MODIFYING then ACTIVE after a change, DELETING then UserGroupNotFound after a delete", async () => {
    const id = "watched-group";
    const created = await gw.graphql(CREATE_USER_GROUP, { input: { userGroupId: id, engine: "VALKEY", userIds: ["app-default"] } });
    expect(created.data.createUserGroup.__typename).toBe("CreateUserGroupSuccess");
    expect((await watch(id)).map((e) => [e.__typename, e.status])).toEqual([
      ["UserGroup", "CREATING"],
      ["UserGroup", "ACTIVE"],
    ]);

    const modified = await gw.graphql(MODIFY, { input: { userGroupId: id, userIdsToAdd: ["reader"], userIdsToRemove: [] } });
    expect(modified.data.modifyUserGroup).toEqual({ __typename: "ModifyUserGroupSuccess", userGroup: { status: "MODIFYING" } });
    const modifying = await watch(id);
    expect(modifying.map((e) => e.status)).toEqual(["MODIFYING", "ACTIVE"]);
    expect(modifying[0]!.pendingChanges?.userIdsToAdd).toEqual(["reader"]);
    expect(modifying[1]).toMatchObject({ userIds: ["app-default", "reader"], pendingChanges: null });

    const deleted = await gw.graphql(DELETE, { input: { userGroupId: id } });
    expect(deleted.data.deleteUserGroup).toEqual({ __typename: "DeleteUserGroupSuccess", userGroup: { status: "DELETING" } });
    expect((await watch(id)).map((e) => e.__typename + (e.status ? `:${e.status}` : ""))).toEqual(["UserGroup:DELETING", "UserGroupNotFound"]);
  });

  it("completes at once for a group that is already ACTIVE, and for one that does not exist", async () => {
    expect((await watch("app-group")).map((e) => e.status)).toEqual(["ACTIVE"]);
    expect((await watch("no-such-group")).map((e) => e.__typename)).toEqual(["UserGroupNotFound"]);
  });
});
