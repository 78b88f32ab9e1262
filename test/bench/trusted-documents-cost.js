"use strict";
/**
 * Scenario 10 (trustedDocuments): what the persisted-documents safelist costs a request. Two gateway
 * processes at scenario 2's workload (createUserGroup on the local backend, at its connections and in its
 * rounds): one without the safelist, sent the document's text as every client sends it today; one with
 * GATEWAY_TRUSTED_DOCUMENTS listing the document, sent its documentId alone. CPU per request is each
 * gateway process's.
 */
const path = require("node:path");
const { answers, onOffRow, summarizeOnOff } = require("./on-off");
const { startServer } = require("./proc");
const { alternate } = require("./processes");
const { GATEWAY, NODE_FLAGS, gatewayEnv } = require("./scenarios");
const { USER_GROUP_BODY, USER_GROUP_BY_ID_BODY, writeTrustedDocumentsFile } = require("./workload");

/**
 * The safelist on must cost at most this factor of off in CPU per request: it looks an id up in a map and
 * rewrites the body, against the whole of a GraphQL request.
 */
const LIMIT = 1.1;

/** A cheap 503 would lower the CPU per answer of whichever gateway sheds more when the machine is busy. */
const NO_SHEDDING = { GATEWAY_SHED_EVENT_LOOP_DELAY_MS: "0" };

/**
 * @param {import('./types').Ctx} ctx
 */
async function trustedDocuments(ctx) {
  const { plan } = ctx;
  const manifest = writeTrustedDocumentsFile(ctx.workDir);
  const sides = {
    off: { env: NO_SHEDDING, body: USER_GROUP_BODY },
    on: { env: { ...NO_SHEDDING, GATEWAY_TRUSTED_DOCUMENTS: manifest }, body: USER_GROUP_BY_ID_BODY },
  };
  const keys = /** @type {const} */ (["off", "on"]);
  /** @type {Partial<Record<'off' | 'on', import('./proc').Server>>} */
  const servers = {};
  try {
    for (const key of keys) {
      servers[key] = await startServer({
        name: `gateway (trusted documents ${key})`,
        args: [...NODE_FLAGS, GATEWAY],
        env: gatewayEnv(ctx, sides[key].env),
        logFile: path.join(ctx.logDir, `trusted-documents-${key}.log`),
      });
    }
    const started = /** @type {Record<'off' | 'on', import('./proc').Server>} */ (servers);
    const timing = { warmupSeconds: plan.warmupSeconds, rounds: plan.rounds, rampUpSeconds: plan.rampUpSeconds, durationSeconds: plan.durationSeconds };
    const rounds = await alternate(ctx, "trusted documents", started, (key) => ({ connections: plan.connections, body: sides[key].body }), { timing });
    return {
      connections: plan.connections,
      off: { rounds: rounds.off, memory: started.off.memory() },
      on: { rounds: rounds.on, memory: started.on.memory() },
    };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }
}

/**
 * The scenario's figures: each gateway's medians and the ratio.
 * @param {Awaited<ReturnType<typeof trustedDocuments>>} raw
 * @param {typeof import('./report').summarize} summarize
 */
const summarizeTrustedDocuments = (raw, summarize) => ({ connections: raw.connections, limit: LIMIT, ...summarizeOnOff(raw, summarize) });

/**
 * The scenario's table, for report.md.
 * @param {ReturnType<typeof summarizeTrustedDocuments>} s
 */
function trustedDocumentsMarkdown(s) {
  return [
    `**10. Trusted documents on and off: createUserGroup at ${s.connections} connections (scenario 2's workload)**`,
    "",
    "| gateway | request | req/s | CPU µs/req (of which system) | p50 / p99 ms | errors | peak RSS MB |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    onOffRow(["no safelist", "query text"], s.off),
    onOffRow(["GATEWAY_TRUSTED_DOCUMENTS", "documentId"], s.on),
    "",
    `Safelist on / off: CPU per request ${s.cpuPerRequestOnVsOff.toFixed(2)}x. Answers with the safelist: ${answers(s.on.outcomes)}.`,
    "",
  ];
}

/**
 * The scenario's target: CPU per request with the safelist on within LIMIT times off.
 * @param {ReturnType<typeof summarizeTrustedDocuments>} s
 */
const trustedDocumentsTargets = (s) => [
  {
    id: "trusted-documents-cpu",
    scenario: 10,
    description: `${s.connections} connections: CPU per request, GATEWAY_TRUSTED_DOCUMENTS by documentId / no safelist by text`,
    figure: s.cpuPerRequestOnVsOff,
    limit: LIMIT,
    comparison: /** @type {const} */ ("<="),
  },
];

module.exports = { trustedDocuments, summarizeTrustedDocuments, trustedDocumentsMarkdown, trustedDocumentsTargets };
