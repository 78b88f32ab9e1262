import childProcess from "node:child_process";
import { syncBuiltinESMExports } from "node:module";
import net from "node:net";
import { afterAll } from "vitest";

/**
 * Setup file of the unit project: a unit test starts no server and no process, so `npm run test:unit`
 * stays fast and needs nothing from the machine. A test that listens on a port (an HTTP server, the
 * emulator, the gateway) or spawns a child process belongs in test/integration or test/e2e; here
 * it fails with this message. Restored after the file, in case the worker is reused.
 */
const message = (what: string) =>
  `${what} in a unit test: tests that start servers or processes belong in test/integration or test/e2e (see test/vitest.config.mts)`;

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function refusedListen(): never {
  throw new Error(message("Server.listen"));
};

const PROCESS_FUNCTIONS = ["spawn", "spawnSync", "fork", "exec", "execSync", "execFile", "execFileSync"] as const;
const originals = PROCESS_FUNCTIONS.map((name) => [name, childProcess[name]] as const);
for (const name of PROCESS_FUNCTIONS) {
  (childProcess as Record<string, unknown>)[name] = () => {
    throw new Error(message(`child_process.${name}`));
  };
}
syncBuiltinESMExports();

afterAll(() => {
  net.Server.prototype.listen = listen;
  for (const [name, original] of originals) (childProcess as Record<string, unknown>)[name] = original;
  syncBuiltinESMExports();
});
