import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrokerUserKey, BrokerUserSummary, BrokerUsers } from "../../src/ports/broker-users";

export interface BrokerUsersFixture {
  readonly brokerUsers: BrokerUsers;
  readonly activeMqBroker: string;
  /** A RabbitMQ broker, where the account has one. */
  readonly rabbitMqBroker?: string;
  /** A well-formed broker id that no broker has. */
  readonly missingBroker: string;
  /**
   * Users of the ActiveMQ broker that it has applied (nothing pending), which the suite changes and
   * deletes, one per role; the tests that need them are skipped without them.
   */
  readonly appliedUsers?: { readonly update: string; readonly delete: string; readonly conflict: string };
  uniqueName(prefix: string): string;
  cleanup?(created: readonly { brokerId: string; username: string }[]): Promise<void>;
}

const PASSWORD = "Contract-Passw0rd-91";

export function describeBrokerUsersContract(name: string, setup: () => Promise<BrokerUsersFixture>): void {
  describe(`BrokerUsers contract: ${name}`, () => {
    let f: BrokerUsersFixture;
    const created: { brokerId: string; username: string }[] = [];
    const create = async (brokerId: string, username: string) => {
      const result = await f.brokerUsers.create({ brokerId, username, password: PASSWORD, consoleAccess: false, groups: [], replicationUser: false });
      if (result.ok) created.push({ brokerId, username });
      return result;
    };
    /** A new user of the ActiveMQ broker, pending creation. */
    const newUser = async (prefix: string): Promise<BrokerUserKey> => {
      const key = { brokerId: f.activeMqBroker, username: f.uniqueName(prefix) };
      expect(await create(key.brokerId, key.username)).toMatchObject({ ok: true });
      return key;
    };
    /** Every user of a broker, walking AWS's smallest pages. */
    const listAll = async (brokerId: string): Promise<BrokerUserSummary[]> => {
      const users: BrokerUserSummary[] = [];
      let marker: string | undefined;
      do {
        const page = await f.brokerUsers.list(brokerId, { maxRecords: 5, ...(marker ? { marker } : {}) });
        if (!page.ok) throw new Error(`ListUsers failed: ${page.fault.code}`);
        expect(page.value.items.length).toBeLessThanOrEqual(5);
        users.push(...page.value.items);
        marker = page.value.nextMarker;
      } while (marker);
      return users;
    };

    beforeAll(async () => {
      f = await setup();
    });
    afterAll(async () => f.cleanup?.(created));

    it("creates a user pending creation, without its password; a second time conflicts", async () => {
      const username = f.uniqueName("contract");
      const result = await create(f.activeMqBroker, username);
      expect(result).toMatchObject({
        ok: true,
        value: {
          brokerId: f.activeMqBroker,
          username,
          consoleAccess: false,
          groups: [],
          replicationUser: false,
          pending: { consoleAccess: false, groups: [], pendingChange: "CREATE" },
        },
      });
      expect(result.ok && Object.keys(result.value)).not.toContain("password");
      expect(await create(f.activeMqBroker, username)).toMatchObject({ ok: false, fault: { code: "BrokerUserAlreadyExists" } });
    });

    it("BrokerNotFound for a broker id no broker has", async () => {
      expect(await create(f.missingBroker, f.uniqueName("c"))).toMatchObject({ ok: false, fault: { code: "BrokerNotFound" } });
    });

    it("BadRequest on a RabbitMQ broker", async (context) => {
      if (!f.rabbitMqBroker) return context.skip("the account under test has no RabbitMQ broker");
      expect(await create(f.rabbitMqBroker, f.uniqueName("c"))).toMatchObject({ ok: false, fault: { code: "BadRequest" } });
    });

    it("lists every user once across pages, new ones pending creation", async () => {
      const keys = [];
      for (let i = 0; i < 6; i++) keys.push(await newUser("listed"));
      const users = await listAll(f.activeMqBroker);
      expect(new Set(users.map((u) => u.username)).size).toBe(users.length);
      for (const key of keys) expect(users.filter((u) => u.username === key.username)).toEqual([{ username: key.username, pendingChange: "CREATE" }]);
    });

    it("ListUsers: BrokerNotFound for a missing broker, BadRequest on a RabbitMQ broker", async () => {
      expect(await f.brokerUsers.list(f.missingBroker, { maxRecords: 5 })).toMatchObject({ ok: false, fault: { code: "BrokerNotFound" } });
      if (f.rabbitMqBroker) expect(await f.brokerUsers.list(f.rabbitMqBroker, { maxRecords: 5 })).toMatchObject({ ok: false, fault: { code: "BadRequest" } });
    });

    it("ListUsers: InvalidMarker for a marker AWS did not give", async () => {
      expect(await f.brokerUsers.list(f.activeMqBroker, { maxRecords: 5, marker: "not-a-token" })).toMatchObject({
        ok: false,
        fault: { code: "InvalidMarker" },
      });
    });

    it("describes a new user: its values, pending creation, never a password", async () => {
      const key = await newUser("described");
      const result = await f.brokerUsers.get(key);
      expect(result).toMatchObject({ ok: true, value: { ...key, groups: [], pending: { consoleAccess: false, groups: [], pendingChange: "CREATE" } } });
      expect(JSON.stringify(result)).not.toContain(PASSWORD);
    });

    it("DescribeUser, UpdateUser, DeleteUser say whether the broker or the user was missing", async () => {
      const noUser = { brokerId: f.activeMqBroker, username: f.uniqueName("ghost") };
      const noBroker = { brokerId: f.missingBroker, username: "someone" };
      for (const [key, missing] of [
        [noUser, "USER"],
        [noBroker, "BROKER"],
      ] as const) {
        const fault = { ok: false, fault: { code: "BrokerUserNotFound", missing } };
        expect(await f.brokerUsers.get(key)).toMatchObject(fault);
        expect(await f.brokerUsers.update({ ...key, consoleAccess: true })).toMatchObject(fault);
        expect(await f.brokerUsers.delete(key)).toMatchObject(fault);
      }
    });

    it("BadRequest for a user-level call on a RabbitMQ broker", async (context) => {
      if (!f.rabbitMqBroker) return context.skip("the account under test has no RabbitMQ broker");
      expect(await f.brokerUsers.get({ brokerId: f.rabbitMqBroker, username: "someone" })).toMatchObject({ ok: false, fault: { code: "BadRequest" } });
    });

    it("updates a user pending creation: it stays pending creation, with the new values", async () => {
      const key = await newUser("updated-new");
      expect(await f.brokerUsers.update({ ...key, consoleAccess: true, groups: ["ops"], password: "Another-Passw0rd-92" })).toMatchObject({
        ok: true,
        value: key,
      });
      expect(await f.brokerUsers.get(key)).toMatchObject({ ok: true, value: { pending: { consoleAccess: true, groups: ["ops"], pendingChange: "CREATE" } } });
    });

    it("updates an applied user: the change is pending, the broker runs the old values", async (context) => {
      if (!f.appliedUsers) return context.skip("the fixture names no applied users");
      const key = { brokerId: f.activeMqBroker, username: f.appliedUsers.update };
      const before = await f.brokerUsers.get(key);
      if (!before.ok) throw new Error(before.fault.code);
      expect(before.value.pending).toBeNull();
      expect(await f.brokerUsers.update({ ...key, groups: ["new-group"] })).toMatchObject({ ok: true, value: key });
      const after = await f.brokerUsers.get(key);
      expect(after).toMatchObject({
        ok: true,
        value: { consoleAccess: before.value.consoleAccess, groups: before.value.groups, pending: { groups: ["new-group"], pendingChange: "UPDATE" } },
      });
      expect((await listAll(f.activeMqBroker)).find((u) => u.username === key.username)).toEqual({ username: key.username, pendingChange: "UPDATE" });
    });

    it("deletes a user pending creation at once", async () => {
      const key = await newUser("deleted-new");
      expect(await f.brokerUsers.delete(key)).toMatchObject({ ok: true, value: key });
      expect(await f.brokerUsers.get(key)).toMatchObject({ ok: false, fault: { code: "BrokerUserNotFound", missing: "USER" } });
      expect((await listAll(f.activeMqBroker)).map((u) => u.username)).not.toContain(key.username);
    });

    it("deletes an applied user: it is pending deletion until the broker reboots", async (context) => {
      if (!f.appliedUsers) return context.skip("the fixture names no applied users");
      const key = { brokerId: f.activeMqBroker, username: f.appliedUsers.delete };
      expect(await f.brokerUsers.delete(key)).toMatchObject({ ok: true, value: key });
      expect(await f.brokerUsers.get(key)).toMatchObject({ ok: true, value: { pending: { pendingChange: "DELETE" } } });
      expect((await listAll(f.activeMqBroker)).find((u) => u.username === key.username)).toEqual({ username: key.username, pendingChange: "DELETE" });
    });

    it("Conflict for a change to a user pending deletion", async (context) => {
      if (!f.appliedUsers) return context.skip("the fixture names no applied users");
      const key = { brokerId: f.activeMqBroker, username: f.appliedUsers.conflict };
      expect(await f.brokerUsers.delete(key)).toMatchObject({ ok: true });
      const result = await f.brokerUsers.update({ ...key, password: "Third-Passw0rd-93" });
      expect(result).toMatchObject({ ok: false, fault: { code: "Conflict", reason: expect.any(String) } });
      expect(JSON.stringify(result)).not.toContain("Third-Passw0rd-93");
    });
  });
}
