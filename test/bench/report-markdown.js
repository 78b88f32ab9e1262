"use strict";
/** Writes a run's report: report.json, report.md, and the tables the READMEs keep between their bench markers. */
const fs = require("node:fs");
const path = require("node:path");
const { status } = require("./report");
const { redisCostMarkdown } = require("./redis-cost");
const { trustedDocumentsMarkdown } = require("./trusted-documents-cost");
const { sdkCallMarkdown } = require("./sdk-call");

/** @typedef {ReturnType<typeof import('./report').buildReport>} Report */
/** @typedef {import('./report').Summary} Summary */
/** @typedef {import('./report').Peak} Peak */
/** @typedef {import('./report').Level} Level */
/** @typedef {import('./report').LevelSummary} LevelSummary */
/** @typedef {import('./report').OverloadSummary} OverloadSummary */
/** @typedef {import('./report').ColdStartSummary} ColdStartSummary */

const f0 = (/** @type {number} */ n) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "-");
const f1 = (/** @type {number} */ n) => (Number.isFinite(n) ? n.toFixed(1) : "-");
const f2 = (/** @type {number} */ n) => (Number.isFinite(n) ? n.toFixed(2) : "-");
const mb = (/** @type {number} */ bytes) => (Number.isFinite(bytes) ? (bytes / 2 ** 20).toFixed(1) : "-");
const outcomes = (/** @type {Record<string, number>} */ o) =>
  Object.entries(o)
    .map(([k, v]) => `${k} ${f0(v)}`)
    .join(", ");

const format = (/** @type {{ decimals?: number }} */ t, /** @type {number} */ figure) =>
  t.decimals === 1 ? f1(figure) : Number.isInteger(figure) ? f0(figure) : f2(figure);
const verdict = (/** @type {{ pass: boolean, applicable?: boolean }} */ t) =>
  `${status(t)}${t.applicable === false ? ` (measured ${t.pass ? "meets" : "misses"} the limit)` : ""}`;

/** The README's short names of the targets (report.md keeps their descriptions), by id. */
const SHORT_NAMES = {
  "gateway-cpu-per-request": "2: CPU/request vs bare Apollo",
  "slow-upstream-200-rate": "3: rate / Little's-law limit",
  "slow-upstream-200-errors": "3: failures",
  "slow-upstream-200-p99": "3: p99 ms",
  "slow-upstream-200-cpu": "3: CPU/request vs the ceiling",
  "overload-failures": "6: failures",
  "overload-slow": "6: answers over 1 s",
  "overload-p99": "6: p99 ms of successes",
  "workers-rate": "7: rate, 2 workers / 1",
  "workers-cpu": "7: CPU/request, 2 workers / 1",
  "cold-start": "4: first answer vs bare Apollo",
  "rss-growth": "5: idle RSS, 100k / 1k requests",
  "sdk-call-mq": "8: MQ call CPU vs bare signed",
  "sdk-call-elasticache": "8: ElastiCache call CPU vs bare signed",
  "redis-cpu": "9: CPU/request, Redis on / off",
  "trusted-documents-cpu": "10: CPU/request, trusted documents on / off",
};

/**
 * The targets alone, gateway beside the stack's ceiling, with when and where they were measured: what the
 * top-level README shows.
 * @param {Report} report
 */
function targetsMarkdown(report) {
  const { machine } = report;
  const lines = [
    `Latest full run, ${report.date.slice(0, 16).replace("T", " ")} UTC, ${machine.cores} shared cores, Node ${machine.node}:`,
    "",
    "| target (scenario) | limit | gateway | ceiling (bare Apollo + SDK) |",
    "| --- | ---: | --- | --- |",
    ...report.targets.map(
      (t) =>
        `| ${/** @type {Record<string, string>} */ (SHORT_NAMES)[t.id] ?? t.description} | ${t.comparison} ${t.limit} | ${format(t, t.figure)} ${verdict(t)} |${t.bareStack ? ` ${format(t, t.bareStack.figure)} ${verdict(t.bareStack)} ` : ""}|`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * Every table of a run, with the machine it ran on: report.md and test/bench/README.md.
 * @param {Report} report
 */
function markdown(report) {
  const { machine, scenarios: s, plan } = report;
  const lines = [
    `Run ${report.date.slice(0, 16).replace("T", " ")} UTC (${report.mode}${report.mode === "smoke" ? ": timings not meaningful" : ""}) on ${machine.cpuModel}, ${machine.cores} cores, ${mb(machine.totalMemoryBytes)} MB, ${machine.os}, Node ${machine.node} (every server runs with \`node ${machine.nodeFlags.join(" ")}\`, as \`npm start\` does); load average ${machine.loadAverageBefore.map(f2).join(" ")} before, ${/** @type {number[]} */ (machine.loadAverageAfter).map(f2).join(" ")} after. Medians of ${plan.rounds} rounds (${plan.slowRounds} for the slow upstream); load from autocannon in its own process; CPU is the server process's own (utime + stime).`,
    "",
  ];
  if (s.baselines && s.gatewayOverhead) {
    const row = (/** @type {string} */ name, /** @type {Summary & Peak} */ x) =>
      `| ${name} | ${f0(x.rate)} | ${f1(x.cpuPerRequestUs)} (${f1(x.systemCpuPerRequestUs)}) | ${f2(x.serverCores)} | ${f1(x.latencyP50Ms)} / ${f1(x.latencyP99Ms)} | ${f0(x.errors + x.non2xx)} | ${mb(x.peakRssBytes)} |`;
    lines.push(
      `**1-2. Throughput and CPU, createUserGroup at ${s.baselines.connections} connections**`,
      "",
      "| server | req/s | server CPU µs/req (of which system) | server cores | p50 / p99 ms | errors | peak RSS MB |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      row("raw node:http (fixed JSON)", s.baselines.rawHttp),
      row("bare Apollo 5 on Fastify", s.baselines.bareApollo),
      row("gateway (local backend)", s.gatewayOverhead.gateway),
      "",
      `Gateway / bare Apollo: CPU per request ${f2(s.gatewayOverhead.ratios.cpuPerRequestVsBareApollo)}x, rate ${f2(s.gatewayOverhead.ratios.rateVsBareApollo)}x; bare Apollo / raw node:http rate ${f2(s.baselines.ratios.bareApolloRateVsRawHttp)}x. Gateway answers: ${outcomes(s.gatewayOverhead.gateway.outcomes)}; log lines per request ${f2(s.gatewayOverhead.gateway.logLinesPerRequest)}.`,
      "",
    );
  }
  if (s.slowUpstream) {
    const row = (/** @type {string} */ server, /** @type {Level} */ l, /** @type {LevelSummary & Peak} */ x) =>
      `| ${f0(l.connections)} | ${server} | ${f0(x.rate)} | ${f2(x.rateVsLittleLimit)} | ${f0(x.cpuPerRequestUs)} (${f0(x.systemCpuPerRequestUs)}) | ${f2(x.mainThreadSaturation)}${x.saturated ? " (saturated)" : ""} | ${f2(x.serverCores)} | ${f0(x.emulatorCpuPerRequestUs)} | ${f1(x.latencyP50Ms)} / ${f1(x.latencyP99Ms)} | ${f0(x.failures)} | ${mb(x.peakRssBytes)} |`;
    const answered = (/** @type {string} */ name, /** @type {LevelSummary} */ x) =>
      `${name}: ${outcomes(x.outcomes)}; client timeouts ${f0(x.timeouts)}, other connection errors ${f0(x.errors - x.timeouts)}, non-2xx ${f0(x.non2xx)}. Opening ${x.rampUp.seconds} s of each round, before the measured window (every connection opened and sending at once): ${x.rampUp.requests > 0 ? `${f0(x.rampUp.requests)} answers, p99 ${f1(x.rampUp.latencyP99Ms)} ms, max ${f1(x.rampUp.latencyMaxMs)} ms` : "no answers"}.`;
    lines.push(
      `**3. Slow upstream: createBrokerUser through the AWS SDK to the wire emulator at ${s.slowUpstream.upstreamLatencyMs} ms**`,
      "",
      "| connections | server | req/s | rate / Little's-law limit | server CPU µs/req (of which system) | JS thread busy + waiting | server cores | emulator CPU µs/req | p50 / p99 ms | failures | peak RSS MB |",
      "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...s.slowUpstream.levels.flatMap((l) => [row("gateway", l, l), ...(l.bareStack ? [row("bare Apollo + SDK", l, l.bareStack)] : [])]),
      "",
      ...s.slowUpstream.levels.flatMap((l) => [
        `${f0(l.connections)} connections (Little's-law limit ${f0(l.littleLimit)} req/s)${l.ratios ? `, gateway / bare Apollo + SDK: rate ${f2(l.ratios.rateVsBareStack)}x, CPU per request ${f2(l.ratios.cpuPerRequestVsBareStack)}x` : ""}.`,
        `- ${answered("Gateway", l)}`,
        ...(l.bareStack ? [`- ${answered("Bare Apollo + SDK", l.bareStack)}`] : []),
        "",
      ]),
    );
  }
  if (s.overload) {
    const o = s.overload;
    const row = (/** @type {string} */ name, /** @type {OverloadSummary} */ x) =>
      `| ${name} | ${f0(x.successRate)} | ${f0(x.refusedRate)} | ${f1(x.successP99Ms)} | ${f1(x.refusedP99Ms)} / ${f1(x.refusedMaxMs)} | ${f1(x.latencyP99Ms)} | ${f0(x.slowAnswers)} | ${f0(x.timeouts)} | ${f0(x.failures)} | ${f0(x.cpuPerRequestUs)} | ${mb(x.peakRssBytes)} |`;
    lines.push(
      `**6. Past capacity: ${f0(o.connections)} connections, one worker, createBrokerUser at ${o.upstreamLatencyMs} ms; clients wait a 503's Retry-After**`,
      "",
      "| server | successes/s | 503s/s | successes p99 ms | 503s p99 / max ms | all answers p99 ms | answers over 1 s | client timeouts | failures | server CPU µs/answer | peak RSS MB |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      row("gateway", o.gateway),
      row("bare Apollo + SDK", o.bareStack),
      "",
      `Gateway: ${outcomes(o.gateway.outcomes)}. Bare Apollo + SDK: ${outcomes(o.bareStack.outcomes)}.`,
      "",
    );
  }
  if (s.workers) {
    const w = s.workers;
    const row = (/** @type {string} */ name, /** @type {Summary & Peak} */ x) =>
      `| ${name} | ${f0(x.rate)} | ${f0(x.cpuPerRequestUs)} (${f0(x.systemCpuPerRequestUs)}) | ${f2(x.serverCores)} | ${f1(x.latencyP50Ms)} / ${f1(x.latencyP99Ms)} | ${f0(x.errors + x.non2xx)} | ${mb(x.peakRssBytes)} |`;
    lines.push(
      `**7. Worker processes: GATEWAY_WORKERS=2 against 1, ${f0(w.connections)} connections, createBrokerUser at ${w.upstreamLatencyMs} ms, shedding off**`,
      "",
      "| gateway | req/s | CPU µs/req, primary and workers (of which system) | cores | p50 / p99 ms | errors | peak RSS MB (summed) |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      row("GATEWAY_WORKERS=1", w.one),
      row("GATEWAY_WORKERS=2", w.two),
      "",
      `Two workers / one: rate ${f2(w.ratios.rate)}x, CPU per request ${f2(w.ratios.cpuPerRequest)}x; one worker's JS thread busy + waiting ${f2(w.one.mainThreadBusy + w.one.mainThreadWaiting)}.`,
      "",
    );
  }
  if (s.coldStart) {
    const row = (/** @type {string} */ name, /** @type {ColdStartSummary} */ x) => `| ${name} | ${f0(x.listeningMs)} | ${f0(x.firstAnswerMs)} |`;
    lines.push(
      "**4. Cold start: process start to listening, and to the first answered createUserGroup**",
      "",
      "| server | listening ms | first answer ms |",
      "| --- | ---: | ---: |",
      row("raw node:http", s.coldStart.rawHttp),
      row("bare Apollo", s.coldStart.bareApollo),
      row("gateway", s.coldStart.gateway),
      "",
    );
  }
  if (s.memory?.growth) {
    const g = s.memory.growth;
    lines.push(
      "**5. Memory: gateway RSS after full GC (scenario 2 workload)**",
      "",
      `| requests | straight after the load: RSS MB | V8 new space MB | after ${g.idleSeconds} s idle: RSS MB | heap used MB | V8 old space MB | V8 new space MB |`,
      "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...[g.small, g.large].map(
        (p) =>
          `| ${f0(p.requests)} | ${mb(p.afterLoad.rssBytes)} | ${mb(p.afterLoad.newSpaceBytes)} | ${mb(p.rssBytes)} | ${mb(p.heapUsedBytes)} | ${mb(p.oldSpaceBytes)} | ${mb(p.newSpaceBytes)} |`,
      ),
      "",
    );
  }
  if (s.sdkCall) lines.push(...sdkCallMarkdown(s.sdkCall));
  if (s.redisCost) lines.push(...redisCostMarkdown(s.redisCost));
  if (s.trustedDocuments) lines.push(...trustedDocumentsMarkdown(s.trustedDocuments));
  lines.push("**Targets** (ratios from this run)", "", "| target | figure | limit | result |", "| --- | ---: | ---: | --- |");
  for (const t of report.targets) {
    const ceiling = t.bareStack ? `; bare Apollo + SDK: ${format(t, t.bareStack.figure)}, ${verdict(t.bareStack)}` : "";
    lines.push(`| ${t.description} | ${format(t, t.figure)} | ${t.comparison} ${t.limit} | ${verdict(t)}${ceiling} |`);
  }
  if (report.errors.length > 0) lines.push("", `**Errors:** ${report.errors.map((e) => `${e.scenario}: ${e.message.split("\n")[0]}`).join("; ")}`);
  return `${lines.join("\n")}\n`;
}

const BEGIN = "<!-- bench:begin -->";
const END = "<!-- bench:end -->";

/**
 * Replaces what stands between the bench markers of a Markdown file, when it has them.
 * @param {string} file
 * @param {string} table
 */
function updateBetweenMarkers(file, table) {
  const text = fs.readFileSync(file, "utf8");
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (begin < 0 || end < begin) return false;
  fs.writeFileSync(file, `${text.slice(0, begin + BEGIN.length)}\n${table}${text.slice(end)}`);
  return true;
}

/**
 * @param {string} outDir
 * @param {Report} report
 */
function writeReport(outDir, report) {
  fs.mkdirSync(outDir, { recursive: true });
  const table = markdown(report);
  fs.writeFileSync(path.join(outDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  const notes = report.notes.map((n) => `- ${n}`).join("\n");
  fs.writeFileSync(path.join(outDir, "report.md"), `# access-gateway benchmark\n\n${table}\n**How it was measured**\n\n${notes}\n`);
  return table;
}

module.exports = { writeReport, updateBetweenMarkers, markdown, targetsMarkdown };
