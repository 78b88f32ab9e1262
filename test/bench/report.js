"use strict";
/** Turns the scenarios' rounds into medians, ratios and targets, and writes report.json and report.md. */
const fs = require("node:fs");
const path = require("node:path");
const { redisCostMarkdown, redisCostTargets, summarizeRedisCost } = require("./redis-cost");
const { sdkCallMarkdown, sdkCallTargets, summarizeSdkCall } = require("./sdk-call");

/**
 * What the scenarios returned (scenarios.js), by name; a scenario that failed or was not selected is absent.
 * @typedef {{
 *   throughput?: Awaited<ReturnType<typeof import('./scenarios').throughput>>,
 *   slowUpstream?: Awaited<ReturnType<typeof import('./scenarios').slowUpstream>>,
 *   coldStart?: Awaited<ReturnType<typeof import('./scenarios').coldStart>>,
 *   memoryGrowth?: Awaited<ReturnType<typeof import('./scenarios').memoryGrowth>>,
 *   overload?: Awaited<ReturnType<typeof import('./processes').overload>>,
 *   workers?: Awaited<ReturnType<typeof import('./processes').workers>>,
 *   sdkCall?: Awaited<ReturnType<typeof import('./sdk-call').sdkCall>>,
 *   redisCost?: Awaited<ReturnType<typeof import('./redis-cost').redisCost>>,
 * }} Raw
 */
/** @typedef {import('./scenarios').Measured} Measured */
/** @typedef {ReturnType<typeof summarize>} Summary */
/** @typedef {{ peakRssBytes: number }} Peak */
/** @typedef {Summary & { emulatorCpuPerRequestUs: number, rateVsLittleLimit: number, failures: number, mainThreadSaturation: number, saturated: boolean }} LevelSummary */
/**
 * @typedef {LevelSummary & Peak & { connections: number, littleLimit: number, bareStack: (LevelSummary & Peak) | null,
 *   ratios: { rateVsBareStack: number, cpuPerRequestVsBareStack: number } | null }} Level
 */
/** @typedef {{ rounds: number, listeningMs: number, firstAnswerMs: number, answers: string[] }} ColdStartSummary */
/** @typedef {NonNullable<Raw['memoryGrowth']>['small']} MemoryPoint */
/**
 * The report's figures, by scenario.
 * @typedef {object} Scenarios
 * @property {{ connections: number, rawHttp: Summary & Peak, bareApollo: Summary & Peak, ratios: { bareApolloRateVsRawHttp: number, bareApolloCpuVsRawHttp: number } }} [baselines]
 * @property {{ connections: number, gateway: Summary & Peak & { logLinesPerRequest: number },
 *   ratios: { cpuPerRequestVsBareApollo: number, rateVsBareApollo: number, rateVsRawHttp: number } }} [gatewayOverhead]
 * @property {{ upstreamLatencyMs: number, brokers: number, levels: Level[] }} [slowUpstream]
 * @property {{ gateway: ColdStartSummary, bareApollo: ColdStartSummary, rawHttp: ColdStartSummary, ratios: { firstAnswerVsBareApollo: number } }} [coldStart]
 * @property {{ connections: number, upstreamLatencyMs: number, gateway: OverloadSummary, bareStack: OverloadSummary }} [overload]
 * @property {{ connections: number, upstreamLatencyMs: number, one: Summary & Peak, two: Summary & Peak,
 *   ratios: { rate: number, cpuPerRequest: number } }} [workers]
 * @property {{ peakRssBytes: Record<string, number | null>, growth: {
 *   connections: number, idleSeconds: number, small: MemoryPoint, large: MemoryPoint, rssRatio: number,
 *   afterLoadRssRatio: number, heapUsedRatio: number, oldSpaceRatio: number, peakRssBytes: number } | null }} [memory]
 * @property {ReturnType<typeof summarizeSdkCall>} [sdkCall]
 * @property {ReturnType<typeof summarizeRedisCost>} [redisCost]
 */
/**
 * One server's rounds past capacity (scenario 6): what it answered, how fast, and what failed.
 * @typedef {Summary & Peak & { successes: number, successRate: number, refusedRate: number, successP99Ms: number, refusedP99Ms: number,
 *   refusedMaxMs: number, refused: number, slowAnswers: number, failures: number }} OverloadSummary
 */
/** A figure, its pass and whether it applies, as read on the stack's ceiling. @typedef {{ figure: number, pass: boolean, applicable: boolean }} CeilingReading */
/**
 * A target as buildReport gets it; the report adds `status` and makes `applicable` explicit.
 * @typedef {{ id: string, scenario: number, description: string, figure: number, decimals?: number, limit: number,
 *   comparison: string, pass: boolean, applicable?: boolean, bareStack?: CeilingReading | null }} TargetInput
 */

/** @param {(number | undefined)[]} values */
const median = (values) => {
  const sorted = /** @type {number[]} */ (values.filter((v) => Number.isFinite(v))).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  const at = (/** @type {number} */ i) => /** @type {number} */ (sorted[i]);
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};
const sum = (/** @type {number[]} */ values) => values.reduce((a, b) => a + b, 0);

/**
 * Medians of the rounds of one load, counts summed over them.
 * @param {Measured[]} rounds
 */
function summarize(rounds) {
  /** @type {Record<string, number>} */
  const outcomes = {};
  for (const r of rounds) for (const [k, v] of Object.entries(r.outcomes)) outcomes[k] = (outcomes[k] ?? 0) + v;
  const m = (/** @type {(round: Measured) => number | undefined} */ pick) => median(rounds.map(pick));
  return {
    rounds: rounds.length,
    requests: sum(rounds.map((r) => r.requests)),
    rate: m((r) => r.rate),
    cpuPerRequestUs: m((r) => r.cpuPerRequestUs),
    systemCpuPerRequestUs: m((r) => r.systemCpuPerRequestUs),
    serverCores: m((r) => r.serverCores),
    mainThreadBusy: m((r) => r.mainThreadBusy),
    mainThreadWaiting: m((r) => r.mainThreadWaiting),
    latencyP50Ms: m((r) => r.latencyMs.p50),
    latencyP99Ms: m((r) => r.latencyMs.p99),
    // The opening burst before each measured window (load.js), reported apart.
    rampUp: {
      seconds: rounds[0]?.rampUp?.seconds ?? 0,
      requests: sum(rounds.map((r) => r.rampUp?.requests ?? 0)),
      latencyP99Ms: m((r) => r.rampUp?.latencyMs.p99),
      latencyMaxMs: m((r) => r.rampUp?.latencyMs.max),
    },
    errors: sum(rounds.map((r) => r.errors)),
    timeouts: sum(rounds.map((r) => r.timeouts)),
    non2xx: sum(rounds.map((r) => r.non2xx)),
    outcomes,
  };
}

const ratio = (/** @type {number} */ a, /** @type {number} */ b) => a / b;

/** A target's verdict from its figure's pass and whether it applies (a rate target while saturated does not). */
const status = (/** @type {{ pass: boolean, applicable?: boolean }} */ t) => (t.applicable === false ? "n/a" : t.pass ? "pass" : "fail");

/**
 * Every figure of the report, computed from the raw rounds of this run only.
 * @param {{ mode: string, startedAt: number, finishedAt: number, machine: import('./types').Machine, plan: import('./types').Plan,
 *   raw: Raw, errors: { scenario: string, message: string }[], notes: string[] }} run
 */
function buildReport({ mode, startedAt, finishedAt, machine, plan, raw, errors, notes }) {
  /** @type {Scenarios} */
  const scenarios = {};
  /** @type {(TargetInput & { applicable: boolean, status: string })[]} */
  const targets = [];
  const target = (/** @type {TargetInput} */ t) => targets.push({ ...t, applicable: t.applicable ?? true, status: status(t) });

  if (raw.throughput) {
    const t = raw.throughput;
    const [rawHttp, bareApollo, gateway] = /** @type {[Summary & Peak, Summary & Peak, Summary & Peak]} */ (
      /** @type {const} */ (["rawHttp", "bareApollo", "gateway"]).map((k) => ({
        ...summarize(t.rounds[k]),
        peakRssBytes: t.memory[k].peakRssBytes,
      }))
    );
    scenarios.baselines = {
      connections: t.connections,
      rawHttp,
      bareApollo,
      ratios: {
        bareApolloRateVsRawHttp: ratio(bareApollo.rate, rawHttp.rate),
        bareApolloCpuVsRawHttp: ratio(bareApollo.cpuPerRequestUs, rawHttp.cpuPerRequestUs),
      },
    };
    const cpu = ratio(gateway.cpuPerRequestUs, bareApollo.cpuPerRequestUs);
    scenarios.gatewayOverhead = {
      connections: t.connections,
      gateway: { ...gateway, logLinesPerRequest: t.gatewayLog.lines / t.gatewayLog.requests },
      ratios: { cpuPerRequestVsBareApollo: cpu, rateVsBareApollo: ratio(gateway.rate, bareApollo.rate), rateVsRawHttp: ratio(gateway.rate, rawHttp.rate) },
    };
    target({
      id: "gateway-cpu-per-request",
      scenario: 2,
      description: "server CPU per request, gateway / bare Apollo",
      figure: cpu,
      limit: 1.3,
      comparison: "<=",
      pass: cpu <= 1.3,
    });
  }

  if (raw.slowUpstream) {
    const s = raw.slowUpstream;
    const latency = s.upstreamLatencyMs;
    const littleLimit = (/** @type {number} */ connections) => connections / (latency / 1000);
    /**
     * One server's rounds at one level: medians, failures, and whether its JS thread was saturated.
     * @param {number} connections
     * @param {Measured[]} rounds
     * @returns {LevelSummary}
     */
    const atLevel = (connections, rounds) => {
      const summary = summarize(rounds);
      // autocannon's errors include its timeouts; every answer, non-2xx ones too, is in the outcomes.
      const failures =
        summary.errors +
        sum(
          Object.entries(summary.outcomes)
            .filter(([k]) => k !== "CreateBrokerUserSuccess")
            .map(([, v]) => v),
        );
      const saturation = summary.mainThreadBusy + summary.mainThreadWaiting;
      const emulatorCpuPerRequestUs = median(rounds.map((r) => r.emulatorCpuPerRequestUs));
      return {
        ...summary,
        emulatorCpuPerRequestUs,
        rateVsLittleLimit: summary.rate / littleLimit(connections),
        failures,
        mainThreadSaturation: saturation,
        saturated: saturation >= 0.9,
      };
    };
    const levels = s.levels.map(
      /** @returns {Level} */ (level) => {
        const gateway = atLevel(level.connections, level.rounds);
        const bareStack = level.bareStack && { ...atLevel(level.connections, level.bareStack.rounds), peakRssBytes: level.bareStack.memory.peakRssBytes };
        const ratios = bareStack && {
          rateVsBareStack: ratio(gateway.rate, bareStack.rate),
          cpuPerRequestVsBareStack: ratio(gateway.cpuPerRequestUs, bareStack.cpuPerRequestUs),
        };
        return {
          connections: level.connections,
          littleLimit: littleLimit(level.connections),
          ...gateway,
          peakRssBytes: level.memory.peakRssBytes,
          bareStack: bareStack ?? null,
          ratios: ratios ?? null,
        };
      },
    );
    scenarios.slowUpstream = { upstreamLatencyMs: latency, brokers: s.brokers, levels };
    // A level that answered nothing (a smoke round too short for a slow machine) meets no target: its p99
    // and failure count read 0 only because nothing came back.
    /**
     * @type {{ id: string, description: (l: Level) => string, figure: (x: LevelSummary) => number, decimals?: number, limit: number,
     *   comparison: string, meets: (x: LevelSummary) => boolean, applies?: (x: LevelSummary) => boolean }[]}
     */
    const checks = [
      {
        id: "rate",
        description: (l) => `achieved rate / Little's-law limit (${Math.round(l.littleLimit)} req/s), while the JS thread is not saturated`,
        figure: (x) => x.rateVsLittleLimit,
        limit: 0.9,
        comparison: ">=",
        meets: (x) => x.rateVsLittleLimit >= 0.9,
        applies: (x) => !x.saturated,
      },
      {
        id: "errors",
        description: () => "failures (client timeouts, connection errors, non-2xx, members other than CreateBrokerUserSuccess)",
        figure: (x) => x.failures,
        limit: 0,
        comparison: "==",
        meets: (x) => x.requests > 0 && x.failures === 0,
      },
      {
        id: "p99",
        description: () => "p99 latency in ms, below upstream latency x 1.5",
        figure: (x) => x.latencyP99Ms,
        decimals: 1,
        limit: latency * 1.5,
        comparison: "<",
        meets: (x) => x.requests > 0 && x.latencyP99Ms < latency * 1.5,
      },
    ];
    for (const l of levels) {
      for (const check of checks) {
        const applies = (/** @type {LevelSummary} */ x) => check.applies?.(x) ?? true;
        target({
          id: `slow-upstream-${l.connections}-${check.id}`,
          scenario: 3,
          description: `${l.connections} connections: ${check.description(l)}`,
          figure: check.figure(l),
          decimals: check.decimals,
          limit: check.limit,
          comparison: check.comparison,
          pass: check.meets(l),
          applicable: applies(l),
          // The same target read on the stack's ceiling in the same run: whether the stack meets it here at all.
          bareStack: l.bareStack && { figure: check.figure(l.bareStack), pass: check.meets(l.bareStack), applicable: applies(l.bareStack) },
        });
      }
      // The gateway's features paid for by its cheaper AWS call: no more CPU a request than the ceiling's.
      if (l.ratios) {
        const cpu = l.ratios.cpuPerRequestVsBareStack;
        target({
          id: `slow-upstream-${l.connections}-cpu`,
          scenario: 3,
          description: `${l.connections} connections: server CPU per request, gateway / bare Apollo + SDK`,
          figure: cpu,
          limit: 1,
          comparison: "<=",
          pass: cpu <= 1,
        });
      }
    }
  }

  if (raw.overload) {
    const o = raw.overload;
    const latency = o.upstreamLatencyMs;
    /** @returns {OverloadSummary} */
    const past = (/** @type {{ rounds: Measured[], memory: { peakRssBytes: number } }} */ server) => {
      const summary = summarize(server.rounds);
      const m = (/** @type {(round: Measured) => number} */ pick) => median(server.rounds.map(pick));
      // A 503 (load shedding) is an answer; every other non-2xx, and every member but success, is a failure.
      const failures =
        summary.errors +
        sum(
          Object.entries(summary.outcomes)
            .filter(([k]) => k !== "CreateBrokerUserSuccess" && k !== "HTTP 503")
            .map(([, v]) => v),
        );
      return {
        ...summary,
        peakRssBytes: server.memory.peakRssBytes,
        successes: sum(server.rounds.map((r) => r.successes)),
        successRate: m((r) => r.successes / r.durationSeconds),
        refusedRate: m((r) => r.refused / r.durationSeconds),
        successP99Ms: m((r) => r.successLatencyMs.p99),
        refusedP99Ms: m((r) => r.refusedLatencyMs.p99),
        refusedMaxMs: Math.max(0, ...server.rounds.map((r) => r.refusedLatencyMs.max)),
        refused: sum(server.rounds.map((r) => r.statusCodes["503"] ?? 0)),
        slowAnswers: sum(server.rounds.map((r) => r.slowAnswers)),
        failures,
      };
    };
    const gateway = past(o.gateway);
    const bareStack = past(o.bareStack);
    scenarios.overload = { connections: o.connections, upstreamLatencyMs: latency, gateway, bareStack };
    /** @type {{ id: string, description: string, figure: (x: OverloadSummary) => number, decimals?: number, limit: number, comparison: string, meets: (x: OverloadSummary) => boolean }[]} */
    const checks = [
      {
        id: "failures",
        description: "failures (client timeouts, connection errors, answers other than CreateBrokerUserSuccess or a 503)",
        figure: (x) => x.failures,
        limit: 0,
        comparison: "==",
        meets: (x) => x.requests > 0 && x.failures === 0,
      },
      {
        id: "slow",
        description: "answers (successes and 503s) slower than 1 s, opening included",
        figure: (x) => x.slowAnswers,
        limit: 0,
        comparison: "==",
        meets: (x) => x.requests > 0 && x.slowAnswers === 0,
      },
      {
        id: "p99",
        description: "p99 latency of successes in ms, below upstream latency x 1.5",
        figure: (x) => x.successP99Ms,
        decimals: 1,
        limit: latency * 1.5,
        comparison: "<",
        meets: (x) => x.successes > 0 && x.successP99Ms < latency * 1.5,
      },
    ];
    for (const check of checks) {
      target({
        id: `overload-${check.id}`,
        scenario: 6,
        description: `${o.connections} connections, one worker: ${check.description}`,
        figure: check.figure(gateway),
        decimals: check.decimals,
        limit: check.limit,
        comparison: check.comparison,
        pass: check.meets(gateway),
        bareStack: { figure: check.figure(bareStack), pass: check.meets(bareStack), applicable: true },
      });
    }
  }

  if (raw.workers) {
    const w = raw.workers;
    const withPeak = (/** @type {{ rounds: Measured[], memory: Peak }} */ x) => ({ ...summarize(x.rounds), peakRssBytes: x.memory.peakRssBytes });
    const one = withPeak(w.one);
    const two = withPeak(w.two);
    const ratios = { rate: ratio(two.rate, one.rate), cpuPerRequest: ratio(two.cpuPerRequestUs, one.cpuPerRequestUs) };
    scenarios.workers = { connections: w.connections, upstreamLatencyMs: w.upstreamLatencyMs, one, two, ratios };
    const at = `at saturation (${w.connections} connections)`;
    target({
      id: "workers-rate",
      scenario: 7,
      description: `GATEWAY_WORKERS=2 / 1 ${at}: rate`,
      figure: ratios.rate,
      limit: 1.3,
      comparison: ">=",
      pass: ratios.rate >= 1.3,
    });
    target({
      id: "workers-cpu",
      scenario: 7,
      description: `GATEWAY_WORKERS=2 / 1 ${at}: CPU per request (primary and workers)`,
      figure: ratios.cpuPerRequest,
      limit: 1.1,
      comparison: "<=",
      pass: ratios.cpuPerRequest <= 1.1,
    });
  }

  if (raw.coldStart) {
    const cs = raw.coldStart.rounds;
    /** @returns {ColdStartSummary} */
    const one = (/** @type {NonNullable<Raw['coldStart']>['rounds']['gateway']} */ rounds) => ({
      rounds: rounds.length,
      listeningMs: median(rounds.map((r) => r.listeningMs)),
      firstAnswerMs: median(rounds.map((r) => r.firstAnswerMs)),
      answers: rounds.map((r) => `${r.status} ${r.typename ?? ""}`.trim()),
    });
    const gateway = one(cs.gateway);
    const bareApollo = one(cs.bareApollo);
    const r = ratio(gateway.firstAnswerMs, bareApollo.firstAnswerMs);
    scenarios.coldStart = { gateway, bareApollo, rawHttp: one(cs.rawHttp), ratios: { firstAnswerVsBareApollo: r } };
    target({
      id: "cold-start",
      scenario: 4,
      description: "process start to first answer, gateway / bare Apollo",
      figure: r,
      limit: 1.3,
      comparison: "<=",
      pass: r <= 1.3,
    });
  }

  if (raw.memoryGrowth || raw.throughput || raw.slowUpstream) {
    const g = raw.memoryGrowth;
    const growth = g && {
      connections: g.connections,
      idleSeconds: g.idleSeconds,
      small: g.small,
      large: g.large,
      rssRatio: g.large.rssBytes / g.small.rssBytes,
      afterLoadRssRatio: g.large.afterLoad.rssBytes / g.small.afterLoad.rssBytes,
      heapUsedRatio: g.large.heapUsedBytes / g.small.heapUsedBytes,
      oldSpaceRatio: g.large.oldSpaceBytes / g.small.oldSpaceBytes,
      peakRssBytes: g.peakRssBytes,
    };
    scenarios.memory = {
      peakRssBytes: {
        gatewayOverhead: scenarios.gatewayOverhead?.gateway.peakRssBytes ?? null,
        ...Object.fromEntries((scenarios.slowUpstream?.levels ?? []).map((l) => [`slowUpstream${l.connections}`, l.peakRssBytes])),
        ...(scenarios.overload && { overload: scenarios.overload.gateway.peakRssBytes }),
      },
      growth: growth ?? null,
    };
    if (growth) {
      target({
        id: "rss-growth",
        scenario: 5,
        description: `RSS after GC, idle, at ${growth.large.requests} requests / at ${growth.small.requests}`,
        figure: growth.rssRatio,
        limit: 1.1,
        comparison: "<=",
        pass: growth.rssRatio <= 1.1,
      });
    }
  }

  if (raw.sdkCall) {
    scenarios.sdkCall = summarizeSdkCall(raw.sdkCall, median);
    for (const t of sdkCallTargets(scenarios.sdkCall)) target(t);
  }

  if (raw.redisCost) {
    scenarios.redisCost = summarizeRedisCost(raw.redisCost, summarize, median);
    for (const t of redisCostTargets(scenarios.redisCost)) target(t);
  }

  return {
    schemaVersion: 1,
    mode,
    date: new Date(startedAt).toISOString(),
    elapsedSeconds: (finishedAt - startedAt) / 1000,
    machine,
    plan,
    notes,
    scenarios,
    targets,
    errors,
    raw,
  };
}

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
};

/**
 * The targets alone, gateway beside the stack's ceiling, with when and where they were measured: what the
 * top-level README shows.
 * @param {ReturnType<typeof buildReport>} report
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
 * @param {ReturnType<typeof buildReport>} report
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
 * @param {ReturnType<typeof buildReport>} report
 */
function writeReport(outDir, report) {
  fs.mkdirSync(outDir, { recursive: true });
  const table = markdown(report);
  fs.writeFileSync(path.join(outDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  const notes = report.notes.map((n) => `- ${n}`).join("\n");
  fs.writeFileSync(path.join(outDir, "report.md"), `# access-gateway benchmark\n\n${table}\n**How it was measured**\n\n${notes}\n`);
  return table;
}

module.exports = { buildReport, writeReport, updateBetweenMarkers, markdown, targetsMarkdown, median, summarize };
