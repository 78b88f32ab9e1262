"use strict";
/**
 * The upstream for scenario 3, in its own process as AWS would be: the gateway's wire emulator (from
 * dist/) on the control account that GATEWAY_LOCAL_SEED describes, answering after the seed's latency.
 */
const path = require("node:path");

const DIST = path.resolve(__dirname, "..", "..", "..", "dist");
const { SimulatedAccount } = require(path.join(DIST, "simulation", "account.js"));
const { readSeedFile } = require(path.join(DIST, "simulation", "seed-file.js"));
const { startEmulator } = require(path.join(DIST, "simulation", "wire", "emulator.js"));

async function main() {
  const emulator = await startEmulator(new SimulatedAccount(readSeedFile(process.env.GATEWAY_LOCAL_SEED), "us-east-1"));
  process.stdout.write(`emulator listening on ${emulator.url}\n`);
  process.once("SIGTERM", () => emulator.close().then(() => process.exit(0)));
}

main().catch((error) => {
  process.stderr.write(`emulator: ${error.message}\n`);
  process.exit(1);
});
