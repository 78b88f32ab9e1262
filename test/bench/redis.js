"use strict";
/** A redis-server for the scenarios that need GATEWAY_REDIS_URL: a free loopback port, a password, nothing saved. */
const { spawn } = require("node:child_process");
const { randomBytes } = require("node:crypto");
const net = require("node:net");
const { cpuSeconds } = require("./proc");

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** @param {number} port @returns {Promise<boolean>} */
const accepts = (port) =>
  new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

/**
 * Starts redis-server (Debian's package) and resolves once it accepts connections.
 * @returns {Promise<{ url: string, cpuSeconds(): number, stop(): Promise<void> }>}
 */
async function startRedis() {
  const port = await freePort();
  const password = randomBytes(12).toString("hex");
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--requirepass", password], {
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    child.kill("SIGKILL");
    await exited;
  };
  for (const until = performance.now() + 10_000; !(await accepts(port)); ) {
    if (child.exitCode !== null || performance.now() > until) {
      await stop();
      throw new Error("redis-server did not start (is it installed?)");
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { url: `redis://:${password}@127.0.0.1:${port}`, cpuSeconds: () => cpuSeconds(/** @type {number} */ (child.pid)), stop };
}

module.exports = { startRedis };
