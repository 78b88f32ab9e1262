import { ElastiCacheClient } from "@aws-sdk/client-elasticache";
import { describe, expect, it } from "vitest";
import { nodeSupportNotice } from "../../src/node-support";

describe("nodeSupportNotice", () => {
  it.each([
    ["v20.19.0", "Node 20 is past its end of life; access-gateway recommends Node 24 (the current LTS)"],
    ["v18.20.8", "Node 18 is past its end of life; access-gateway recommends Node 24 (the current LTS)"],
    ["v22.12.0", undefined],
    ["v24.21.0", undefined],
    ["v26.0.0", undefined],
    ["not a version", undefined],
  ])("%s: %s", (version, notice) => {
    expect(nodeSupportNotice(version)).toBe(notice);
  });
});

describe("the test runs", () => {
  it("print no AWS SDK Node.js support warning when an SDK client is built (test/setup.ts turns it off)", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      new ElastiCacheClient({ region: "us-east-1" }).destroy();
      await new Promise((resolve) => setImmediate(resolve)); // process.emitWarning emits on the next tick
      expect(warnings.map((w) => w.message).filter((m) => m.includes("NodeVersionSupportWarning"))).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });
});
