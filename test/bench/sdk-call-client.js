"use strict";
/**
 * One measured client of the sdkCall scenario (sdk-call.js starts it, one process per variant and round):
 *   node sdk-call-client.js '{"url":"http://127.0.0.1:PORT","variant":"bare","service":"mq","warmup":2000,"calls":4000,"inflight":50}'
 * makes `warmup` calls, then `calls` more, always `inflight` at once, and prints one JSON line: the
 * process's CPU (every thread, user and system) over the measured calls, the wall time, and the calls
 * that did not succeed. Variants:
 * - `bare`: a SigV4-signed node:http request (the SDK's own signer, a keep-alive agent), reading the answer
 *   (JSON.parse for MQ; the XML answer as text): the floor for one call;
 * - `stock`: the SDK client as its documentation builds it (region, endpoint, credentials), `send`;
 * - `gateway`: the gateway's port (brokerUsers.create, userGroups.create) on the clients that
 *   src/adapters/aws/aws-backend.ts builds (dist/, or the `dist` option's), with its gate, deadline and
 *   fault mapping.
 * The calls are MQ CreateUser and ElastiCache CreateUserGroup, each with a fresh name.
 */
const { execFileSync } = require("node:child_process");
const http = require("node:http");
const path = require("node:path");

const options = JSON.parse(/** @type {string} */ (process.argv[2]));
const { url, variant, service, warmup, calls, inflight } = options;
/** The gateway's compiled sources: this checkout's, or another build's dist/ (`dist` option) to set two side by side. */
const DIST = options.dist ?? path.join(__dirname, "..", "..", "dist");
const REGION = "us-east-1";
const CREDENTIALS = { accessKeyId: "AKIDBENCHMARK", secretAccessKey: "bench-secret-access-key" };
const BROKER_ID = "b-0123456789abcdef";
const PASSWORD = "a-password-of-16-chars";

/** @typedef {(n: number) => Promise<boolean>} Call one call, named after `n`; true when it succeeded */

/** @returns {Promise<Call>} */
async function bare() {
  const { SignatureV4 } = require("@smithy/signature-v4");
  const { Hash } = require("@smithy/core/serde");
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: inflight });
  const signer = new SignatureV4({
    credentials: CREDENTIALS,
    region: REGION,
    service: service === "mq" ? "mq" : "elasticache",
    sha256: Hash.bind(null, "sha256"),
  });
  const request = service === "mq" ? mqRequest : elastiCacheRequest;
  return async (n) => {
    const { path: requestPath, contentType, body } = request(n);
    const signed = await signer.sign({
      method: "POST",
      protocol: "http:",
      hostname: target.hostname,
      port: Number(target.port),
      path: requestPath,
      query: {},
      headers: { host: target.host, "content-type": contentType, "content-length": String(Buffer.byteLength(body)) },
      body,
    });
    const text = await new Promise((resolve, reject) => {
      const req = http.request({ agent, host: target.hostname, port: target.port, method: "POST", path: requestPath, headers: signed.headers }, (res) => {
        let answer = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (answer += chunk));
        res.on("end", () => (res.statusCode === 200 ? resolve(answer) : reject(new Error(`HTTP ${res.statusCode}`))));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(body);
    });
    if (service === "mq") JSON.parse(text);
    return true;
  };
}

/** @param {number} n */
function mqRequest(n) {
  const body = JSON.stringify({ consoleAccess: false, groups: [], password: PASSWORD, replicationUser: false });
  return { path: `/v1/brokers/${BROKER_ID}/users/bench-${n}`, contentType: "application/json", body };
}

/** @param {number} n */
function elastiCacheRequest(n) {
  const body = `Action=CreateUserGroup&Version=2015-02-02&UserGroupId=bench-${n}&Engine=valkey&UserIds.member.1=app-default`;
  return { path: "/", contentType: "application/x-www-form-urlencoded", body };
}

/** @returns {Promise<Call>} */
async function stock() {
  const config = { region: REGION, endpoint: url, credentials: CREDENTIALS };
  if (service === "mq") {
    const { MqClient, CreateUserCommand } = require("@aws-sdk/client-mq");
    const client = new MqClient(config);
    return async (n) => {
      await client.send(
        new CreateUserCommand({ BrokerId: BROKER_ID, Username: `bench-${n}`, Password: PASSWORD, ConsoleAccess: false, Groups: [], ReplicationUser: false }),
      );
      return true;
    };
  }
  const { ElastiCacheClient, CreateUserGroupCommand } = require("@aws-sdk/client-elasticache");
  const client = new ElastiCacheClient(config);
  return async (n) => {
    await client.send(new CreateUserGroupCommand({ UserGroupId: `bench-${n}`, Engine: "valkey", UserIds: ["app-default"] }));
    return true;
  };
}

/** @returns {Promise<Call>} */
async function gateway() {
  const { createAwsBackend } = require(path.join(DIST, "adapters", "aws", "aws-backend.js"));
  const { readConfig } = require(path.join(DIST, "config.js"));
  // Counted under valgrind, a call takes fifty times as long: time limits that still hold then.
  const limits = options.instructions ? { timeoutMs: 600_000, attemptTimeoutMs: 600_000 } : {};
  const upstream = { ...readConfig({}).upstream, maxInflight: inflight, ...limits };
  const backend = await createAwsBackend({ region: REGION, upstream, emulator: { endpoint: url, credentials: CREDENTIALS } });
  if (service === "mq") {
    return async (n) =>
      (
        await backend.brokerUsers.create({
          brokerId: BROKER_ID,
          username: `bench-${n}`,
          password: PASSWORD,
          consoleAccess: false,
          groups: [],
          replicationUser: false,
        })
      ).ok;
  }
  return async (n) => (await backend.userGroups.create({ userGroupId: `bench-${n}`, engine: "VALKEY", userIds: ["app-default"] })).ok;
}

/**
 * Runs `count` calls from number `first` on, `inflight` at once; resolves with the number that failed.
 * @param {Call} call
 * @param {number} first
 * @param {number} count
 */
async function run(call, first, count) {
  let next = first;
  let failed = 0;
  const worker = async () => {
    while (next < first + count) {
      const n = next++;
      try {
        if (!(await call(n))) failed += 1;
      } catch {
        failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: inflight }, worker));
  return failed;
}

/**
 * Under `valgrind --tool=callgrind --instr-atstart=no` (option `instructions`): counting switched on for
 * the measured calls only.
 * @param {string[]} args
 */
function callgrind(...args) {
  for (const arg of args) execFileSync("callgrind_control", [arg, String(process.pid)], { stdio: "ignore" });
}

async function main() {
  const variants = { bare, stock, gateway };
  const make = variants[/** @type {keyof typeof variants} */ (variant)];
  if (!make) throw new Error(`unknown variant ${variant}`);
  const call = await make();
  const warmupFailures = await run(call, 0, warmup);
  if (options.instructions) callgrind("--instr=on");
  const cpu = process.cpuUsage();
  const started = performance.now();
  const failures = await run(call, warmup, calls);
  const wallMs = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  if (options.instructions) callgrind("--instr=off", "--dump");
  process.stdout.write(
    `${JSON.stringify({ variant, service, calls, cpuPerCallUs: (user + system) / calls, systemPerCallUs: system / calls, wallMs, failures: failures + warmupFailures })}\n`,
  );
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
