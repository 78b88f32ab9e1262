import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROKER_USERS, BROKERS } from "../fixtures/broker-documents";
import { ACTIVEMQ_BROKER } from "../fixtures/documents";
import { startEmulatorGateway, startGateway, type TestGateway } from "../fixtures/gateway";
import { MAX_BROKERS_PER_REGION, MAX_USERS_PER_BROKER, quotaSeed } from "../fixtures/mq-seeds";

describe.each([
  ["local", startGateway],
  ["emulator (real SDK adapters over the wire)", startEmulatorGateway],
])("Amazon MQ lists at their quotas, walked page by page, on the %s backend", (_backend, start) => {
  let gw: TestGateway;
  const seed = quotaSeed();
  const seededUsers = seed.brokers.find((b) => b.brokerId === ACTIVEMQ_BROKER)!.usernames;
  const seededBrokers = seed.brokers.map((b) => b.brokerId);

  /** Every node of a list, following endCursor until hasNextPage is false; each page at most `first` nodes. */
  async function walk(field: "brokers" | "brokerUsers", document: string, variables: Record<string, unknown>, first?: number): Promise<string[]> {
    const keys: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 1_000; pages++) {
      const result: any = (await gw.graphql(document, { ...variables, first, after })).data[field];
      expect(result.__typename).toMatch(/Connection$/);
      expect(result.nodes.length).toBeLessThanOrEqual(first ?? 100);
      keys.push(...result.nodes.map((n: { brokerId?: string; username?: string }) => n.brokerId ?? n.username));
      if (!result.pageInfo.hasNextPage) {
        expect(result.pageInfo.endCursor).toBeNull();
        return keys;
      }
      after = result.pageInfo.endCursor;
    }
    throw new Error("the list never ended");
  }

  beforeAll(async () => {
    gw = await start(seed);
  });
  afterAll(() => gw.close());

  it("the seed is at the quotas", () => {
    expect(seededUsers).toHaveLength(MAX_USERS_PER_BROKER);
    expect(seededBrokers).toHaveLength(MAX_BROKERS_PER_REGION);
  });

  it.each([7, 33, undefined])("brokerUsers, first %s: all 250 users, none twice, none missed", async (first) => {
    const users = await walk("brokerUsers", BROKER_USERS, { brokerId: ACTIVEMQ_BROKER }, first);
    expect(users).toHaveLength(MAX_USERS_PER_BROKER);
    expect(new Set(users)).toEqual(new Set(seededUsers));
  });

  it.each([7, 33, undefined])("brokers, first %s: all 50 brokers, none twice, none missed", async (first) => {
    const brokers = await walk("brokers", BROKERS, {}, first);
    expect(brokers).toHaveLength(MAX_BROKERS_PER_REGION);
    expect(new Set(brokers)).toEqual(new Set(seededBrokers));
  });

  it("first 3, below AWS's smallest page: pages inside one AWS page still see every user once", async () => {
    const users = await walk("brokerUsers", BROKER_USERS, { brokerId: ACTIVEMQ_BROKER }, 3);
    expect(users).toHaveLength(MAX_USERS_PER_BROKER);
    expect(new Set(users).size).toBe(MAX_USERS_PER_BROKER);
  });
});
