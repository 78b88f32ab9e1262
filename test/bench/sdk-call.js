"use strict";
/**
 * Scenario 8 (sdkCall): what one AWS call costs the caller's process, through the SDK and without it. A
 * server answering at once with a fixed answer of the right shape (servers/sdk-answers.js) stands in for
 * AWS; against it, each variant of sdk-call-client.js makes its calls with `inflight` at once, in a process
 * of its own, and reports the CPU time its process spent on the measured calls (all threads, user and
 * system), after a warm-up. The variants take turns, round after round (the first of a round moves along),
 * so the machine's changing speed touches them alike; the figures are the medians of the rounds.
 */
const { spawn } = require("node:child_process");
const path = require("node:path");
const { baseEnv, startServer } = require("./proc");
const { NODE_FLAGS } = require("./scenarios");

const CLIENT = path.join(__dirname, "sdk-call-client.js");
const SDK_ANSWERS = path.join(__dirname, "servers", "sdk-answers.js");
const SERVICES = /** @type {const} */ (["mq", "elasticache"]);
const VARIANTS = /** @type {const} */ (["bare", "stock", "gateway"]);
/** What each service's call is, for the report. */
const OPERATIONS = { mq: "Amazon MQ CreateUser", elasticache: "ElastiCache CreateUserGroup" };
/** The gateway's calls must come within this factor of the bare request's CPU (issue 22). */
const LIMIT = 1.5;

/** @typedef {typeof SERVICES[number]} Service */
/** @typedef {typeof VARIANTS[number]} Variant */
/** One client process's report (sdk-call-client.js). @typedef {{ variant: Variant, service: Service, calls: number, cpuPerCallUs: number, systemPerCallUs: number, wallMs: number, failures: number }} ClientRound */

/**
 * @param {import('./types').Ctx} ctx
 */
async function sdkCall(ctx) {
  const { plan } = ctx;
  const upstream = await startServer({ name: "sdk answers", args: [SDK_ANSWERS], logFile: path.join(ctx.logDir, "sdk-answers.log") });
  /** @type {Record<Service, Record<Variant, ClientRound[]>>} */
  const rounds = { mq: { bare: [], stock: [], gateway: [] }, elasticache: { bare: [], stock: [], gateway: [] } };
  try {
    for (let round = 0; round < plan.sdkRounds; round++) {
      for (const service of SERVICES) {
        for (let i = 0; i < VARIANTS.length; i++) {
          const variant = /** @type {Variant} */ (VARIANTS[(round + i) % VARIANTS.length]);
          const options = { url: upstream.url, variant, service, warmup: plan.sdkWarmupCalls, calls: plan.sdkCalls, inflight: plan.sdkInflight };
          rounds[service][variant].push(await runClient(ctx, options));
        }
      }
      ctx.progress(`sdkCall: round ${round + 1} of ${plan.sdkRounds}`);
    }
  } finally {
    await upstream.stop();
  }
  return { inflight: plan.sdkInflight, warmupCalls: plan.sdkWarmupCalls, calls: plan.sdkCalls, rounds };
}

/**
 * `node sdk-call-client.js <options>` with the flags `npm start` gives node, in an environment without the
 * machine's AWS settings (the stock client would read them), killed if it runs past its time.
 * @param {import('./types').Ctx} ctx
 * @param {{ url: string, variant: Variant, service: Service, warmup: number, calls: number, inflight: number }} options
 * @returns {Promise<ClientRound>}
 */
function runClient(ctx, options) {
  const missing = path.join(ctx.workDir, "no-aws-config");
  const env = baseEnv({
    AWS_CONFIG_FILE: missing,
    AWS_SHARED_CREDENTIALS_FILE: missing,
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  });
  const limitMs = ctx.plan.sdkMaxSeconds * 1_000;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, CLIENT, JSON.stringify(options)], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (out += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (err = (err + chunk).slice(-4_000)));
    const timer = setTimeout(() => child.kill("SIGKILL"), limitMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`sdk-call-client ${options.variant} ${options.service} exited (${signal ?? code}): ${err}`));
      const result = /** @type {ClientRound} */ (JSON.parse(out));
      if (result.failures > 0) return reject(new Error(`sdk-call-client ${options.variant} ${options.service}: ${result.failures} calls failed`));
      resolve(result);
    });
  });
}

/**
 * The scenario's figures: per service, each variant's median CPU per call and its ratio to the bare request.
 * @param {Awaited<ReturnType<typeof sdkCall>>} raw
 * @param {(values: number[]) => number} median
 */
function summarizeSdkCall(raw, median) {
  const services = SERVICES.map((service) => {
    const variants = Object.fromEntries(
      VARIANTS.map((variant) => {
        const rounds = raw.rounds[service][variant];
        return [
          variant,
          {
            rounds: rounds.length,
            cpuPerCallUs: median(rounds.map((r) => r.cpuPerCallUs)),
            systemPerCallUs: median(rounds.map((r) => r.systemPerCallUs)),
            callsPerSecond: median(rounds.map((r) => r.calls / (r.wallMs / 1000))),
          },
        ];
      }),
    );
    const bare = variants.bare?.cpuPerCallUs ?? NaN;
    return {
      service,
      operation: OPERATIONS[service],
      variants: /** @type {Record<Variant, { rounds: number, cpuPerCallUs: number, systemPerCallUs: number, callsPerSecond: number }>} */ (variants),
      ratios: { stockVsBare: (variants.stock?.cpuPerCallUs ?? NaN) / bare, gatewayVsBare: (variants.gateway?.cpuPerCallUs ?? NaN) / bare },
    };
  });
  return { rounds: raw.rounds.mq.bare.length, inflight: raw.inflight, warmupCalls: raw.warmupCalls, calls: raw.calls, limit: LIMIT, services };
}

/**
 * The scenario's table, for report.md.
 * @param {ReturnType<typeof summarizeSdkCall>} s
 */
function sdkCallMarkdown(s) {
  const f0 = (/** @type {number} */ n) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "-");
  const f2 = (/** @type {number} */ n) => (Number.isFinite(n) ? n.toFixed(2) : "-");
  const NAMES = { bare: "bare SigV4-signed node:http request", stock: "SDK client, stock settings", gateway: "the gateway's port on its SDK client" };
  return [
    `**8. One AWS call: the SDK against a bare signed request, ${s.inflight} calls in flight to a local server answering at once**`,
    "",
    "| call | variant | CPU µs/call (of which system) | / bare | calls/s |",
    "| --- | --- | ---: | ---: | ---: |",
    ...s.services.flatMap((x) =>
      VARIANTS.map((v) => {
        const m = x.variants[v];
        return `| ${x.operation} | ${NAMES[v]} | ${f0(m.cpuPerCallUs)} (${f0(m.systemPerCallUs)}) | ${f2(m.cpuPerCallUs / x.variants.bare.cpuPerCallUs)} | ${f0(m.callsPerSecond)} |`;
      }),
    ),
    "",
    `Medians of ${s.rounds} rounds; each variant in a process of its own, ${f0(s.calls)} measured calls after ${f0(s.warmupCalls)} of warm-up; CPU is the whole process's (user + system). The bare request signs with the SDK's own SigV4 signer and reads the answer (JSON.parse for MQ; the XML answer as text).`,
    "",
  ];
}

/**
 * The scenario's targets: the gateway's call within LIMIT times the bare request's CPU, per service.
 * @param {ReturnType<typeof summarizeSdkCall>} s
 */
const sdkCallTargets = (s) =>
  s.services.map((x) => ({
    id: `sdk-call-${x.service}`,
    scenario: 8,
    description: `CPU per ${x.operation}, gateway's SDK call / bare signed request`,
    figure: x.ratios.gatewayVsBare,
    limit: LIMIT,
    comparison: /** @type {const} */ ("<="),
  }));

module.exports = { sdkCall, summarizeSdkCall, sdkCallMarkdown, sdkCallTargets };
