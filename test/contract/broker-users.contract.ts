import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrokerUsers } from "../../src/ports/broker-users";

export interface BrokerUsersFixture {
  readonly brokerUsers: BrokerUsers;
  readonly activeMqBroker: string;
  /** A RabbitMQ broker, where the account has one. */
  readonly rabbitMqBroker?: string;
  /** A well-formed broker id that no broker has. */
  readonly missingBroker: string;
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
  });
}
