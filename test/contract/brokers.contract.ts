import { beforeAll, describe, expect, it } from "vitest";
import type { Broker, Brokers } from "../../src/ports/brokers";

export interface BrokersFixture {
  readonly brokers: Brokers;
  /** Brokers the account is known to have, with what ListBrokers says of them. */
  readonly known: readonly Pick<Broker, "brokerId" | "engineType">[];
  cleanup?(): Promise<void>;
}

export function describeBrokersContract(name: string, setup: () => Promise<BrokersFixture>): void {
  describe(`Brokers contract: ${name}`, () => {
    let f: BrokersFixture;

    beforeAll(async () => {
      f = await setup();
      return () => f.cleanup?.();
    });

    it.each([5, 7, 100])("lists every broker once, across pages of %i", async (maxRecords) => {
      const brokers: Broker[] = [];
      let marker: string | undefined;
      do {
        const page = await f.brokers.list({ maxRecords, ...(marker ? { marker } : {}) });
        if (!page.ok) throw new Error(`ListBrokers failed: ${page.fault.code}`);
        expect(page.value.items.length).toBeLessThanOrEqual(maxRecords);
        brokers.push(...page.value.items);
        marker = page.value.nextMarker;
      } while (marker);
      expect(new Set(brokers.map((b) => b.brokerId)).size).toBe(brokers.length);
      for (const known of f.known) expect(brokers.find((b) => b.brokerId === known.brokerId)).toMatchObject(known);
    });

    it("InvalidMarker for a marker AWS did not give (AWS answers BadRequest naming nextToken)", async () => {
      expect(await f.brokers.list({ maxRecords: 5, marker: "not-a-token" })).toMatchObject({ ok: false, fault: { code: "InvalidMarker" } });
    });
  });
}
