import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVEMQ_BROKER } from "../fixtures/documents";
import { startGateway, type TestGateway } from "../fixtures/gateway";
import { mqSeed } from "../fixtures/mq-seeds";
import { CLIENT_MANIFEST } from "../fixtures/trusted-documents";
import { execute, expectMember, walkPages } from "./client";
import {
  describeBrokersResult,
  describeBrokerUserResult,
  describeBrokerUsersResult,
  describeDeleteBrokerUserResult,
  describeUpdateBrokerUserResult,
} from "./describe-broker-results";
import { BrokersDocument, BrokerUserDocument, BrokerUsersDocument, DeleteBrokerUserDocument, UpdateBrokerUserDocument } from "./generated/graphql";

/*
 * The typed client through the Amazon MQ lifecycle on the local backend: the lists walked page by page,
 * a broker user read, given a new password and deleted.
 */

/** More users and brokers than an AWS page of 5 holds, so that walks of 4 cross AWS pages. */
const APPLIED = Array.from({ length: 18 }, (_, i) => `applied-${i}`);
const EXTRA_BROKERS = 11;
const NEW_PASSWORD = "Rotated-Canary-Pa55-9c1d";

let gw: TestGateway;
beforeAll(async () => {
  // Only the typed client's own documents run: the client sends each by its id.
  gw = await startGateway(mqSeed([...APPLIED, "rotating"], EXTRA_BROKERS), { GATEWAY_TRUSTED_DOCUMENTS: CLIENT_MANIFEST });
});
afterAll(() => gw.close());

const brokerUser = async (username: string) => (await execute(gw.url, BrokerUserDocument, { brokerId: ACTIVEMQ_BROKER, username })).brokerUser;
const brokerUsers = () =>
  walkPages(async (after) => {
    const result = await execute(gw.url, BrokerUsersDocument, { brokerId: ACTIVEMQ_BROKER, first: 4, after });
    return expectMember(result.brokerUsers, "BrokerUserConnection", describeBrokerUsersResult);
  });

describe("typed client: the Amazon MQ lists, walked with endCursor until hasNextPage is false", () => {
  it("brokers(first: 4) lists each broker once", async () => {
    const { nodes, pages } = await walkPages(async (after) => {
      const { brokers } = await execute(gw.url, BrokersDocument, { first: 4, after });
      return expectMember(brokers, "BrokerConnection", describeBrokersResult);
    });
    const ids = nodes.map((b) => b.brokerId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(2 + EXTRA_BROKERS);
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(ids.length / 4));
    expect(nodes.find((b) => b.brokerId === ACTIVEMQ_BROKER)).toMatchObject({ engineType: "ACTIVEMQ", state: "RUNNING", brokerName: "orders-activemq" });
    expect(describeBrokersResult(pages[0]!)).toBe("4 brokers, more on the next page");
  });

  it("brokerUsers(first: 4) lists each user of the broker once", async () => {
    const { nodes, pages } = await brokerUsers();
    expect(nodes.map((u) => u.username).sort()).toEqual(["admin", ...APPLIED, "rotating"].sort());
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(nodes.length / 4));
    expect(describeBrokerUsersResult(pages.at(-1)!)).toMatch(/^\d broker users, the last page$/);
  });

  it("answers InputValidationError for a page size out of range", async () => {
    const { brokers } = await execute(gw.url, BrokersDocument, { first: 0 });
    expect(describeBrokersResult(brokers)).toBe("fix the input: first RANGE");
  });
});

describe("typed client: a broker user read, given a new password and deleted", () => {
  it("rotates a password (pending UPDATE), deletes the user (pending DELETE), and is refused a change after that", async () => {
    const key = { brokerId: ACTIVEMQ_BROKER, username: "rotating" };
    expect(describeBrokerUserResult(await brokerUser("rotating"))).toBe(`rotating on ${ACTIVEMQ_BROKER}, groups [], nothing pending`);

    const { updateBrokerUser } = await execute(gw.url, UpdateBrokerUserDocument, { input: { ...key, password: NEW_PASSWORD } });
    expect(describeUpdateBrokerUserResult(updateBrokerUser)).toBe(`updating rotating on ${ACTIVEMQ_BROKER}: pending until the broker reboots`);
    const updated = expectMember(await brokerUser("rotating"), "BrokerUser", describeBrokerUserResult);
    expect(updated).toMatchObject({ pendingChange: "UPDATE", pending: { pendingChange: "UPDATE", groups: [], consoleAccess: false } });

    const { deleteBrokerUser } = await execute(gw.url, DeleteBrokerUserDocument, { input: key });
    expect(describeDeleteBrokerUserResult(deleteBrokerUser)).toBe(`deleting rotating on ${ACTIVEMQ_BROKER}`);
    expect(describeBrokerUserResult(await brokerUser("rotating"))).toBe(`rotating on ${ACTIVEMQ_BROKER}, groups [], pending DELETE`);
    expect((await brokerUsers()).nodes).toContainEqual({ username: "rotating", pendingChange: "DELETE" });

    const refused = await execute(gw.url, UpdateBrokerUserDocument, { input: { ...key, password: NEW_PASSWORD } });
    const conflict = expectMember(refused.updateBrokerUser, "Conflict", describeUpdateBrokerUserResult);
    expect(conflict.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify([updateBrokerUser, updated, refused, gw.logs])).not.toContain(NEW_PASSWORD);
  });

  it("answers BrokerUserNotFound saying what is missing", async () => {
    const result = await brokerUser("ghost");
    const missing = expectMember(result, "BrokerUserNotFound", describeBrokerUserResult);
    expect(missing.missing).toBe("USER");
    expect(describeBrokerUserResult(result)).toBe(`the broker has no user with this username: ${missing.message}`);
  });
});
