import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIST = join(__dirname, "..", "..", "dist");

/**
 * Runs on the built dist/ in a Node started with --allow-natives-syntax, which gives V8's
 * %HasFastProperties: the only way to see the property layout that makes the SDK's {...config} copies
 * cheap or dear (9-15 µs a copy in dictionary mode, four copies a call).
 */
const SCRIPT = `
const { createAwsBackend } = require(${JSON.stringify(join(DIST, "adapters", "aws", "aws-backend.js"))});
const { readConfig } = require(${JSON.stringify(join(DIST, "config.js"))});
const { SimulatedAccount } = require(${JSON.stringify(join(DIST, "simulation", "account.js"))});
const { DEFAULT_SEED } = require(${JSON.stringify(join(DIST, "simulation", "seed.js"))});
const { startEmulator } = require(${JSON.stringify(join(DIST, "simulation", "wire", "emulator.js"))});
(async () => {
  const emulator = await startEmulator(new SimulatedAccount(DEFAULT_SEED, "us-east-1"));
  const backend = await createAwsBackend({
    region: "us-east-1",
    upstream: readConfig({}).upstream,
    emulator: { endpoint: emulator.url, credentials: { accessKeyId: "test", secretAccessKey: "test" } },
  });
  const configs = { elastiCache: backend.userGroups.client.config, mq: backend.brokerUsers.client.config };
  const layout = () => Object.fromEntries(Object.entries(configs).map(([name, config]) => [name, %HasFastProperties(config)]));
  const built = layout();
  const group = await backend.userGroups.create({ userGroupId: "layout", engine: "VALKEY", userIds: ["app-default"] });
  const user = await backend.brokerUsers.create({ brokerId: DEFAULT_SEED.brokers[0].brokerId, username: "layout", password: "a-password-of-16-chars", consoleAccess: false, groups: [], replicationUser: false });
  process.stdout.write(JSON.stringify({ built, afterCalls: layout(), ok: [group.ok, user.ok] }));
  await backend.close();
  await emulator.close();
})();
`;

describe("the AWS SDK clients' configuration", () => {
  it("is kept in V8's fast property layout once built, and after calls (on this Node)", () => {
    const out = execFileSync(process.execPath, ["--allow-natives-syntax", "--no-warnings", "-e", SCRIPT], {
      env: { PATH: process.env.PATH ?? "", HOME: "/nonexistent", AWS_EC2_METADATA_DISABLED: "true", AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(JSON.parse(out)).toEqual({ built: { elastiCache: true, mq: true }, afterCalls: { elastiCache: true, mq: true }, ok: [true, true] });
  });
});
