"use strict";
/** Turns the scenarios' rounds into medians, ratios and targets (report-markdown.js writes them). */
const { redisCostTargets, summarizeRedisCost } = require("./redis-cost");
const { sdkCallTargets, summarizeSdkCall } = require("./sdk-call");
const { summarizeTrustedDocuments, trustedDocumentsTargets } = require("./trusted-documents-cost");

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
 *   trustedDocuments?: Awaited<ReturnType<typeof import('./trusted-documents-cost').trustedDocuments>>,
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
 * @property {ReturnType<typeof summarizeTrustedDocuments>} [trustedDocuments]
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
 *   comparison: Comparison, pass?: boolean, applicable?: boolean, bareStack?: CeilingReading | null }} TargetInput
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

/** How a target's figure must compare to its limit. @typedef {"<=" | ">=" | "<" | "=="} Comparison */
/** Whether a figure meets its limit, by the target's comparison. */
const COMPARE = {
  "<=": (/** @type {number} */ figure, /** @type {number} */ limit) => figure <= limit,
  ">=": (/** @type {number} */ figure, /** @type {number} */ limit) => figure >= limit,
  "<": (/** @type {number} */ figure, /** @type {number} */ limit) => figure < limit,
  "==": (/** @type {number} */ figure, /** @type {number} */ limit) => figure === limit,
};

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
  /** @type {(TargetInput & { pass: boolean, applicable: boolean, status: string })[]} */
  const targets = [];
  // A target without its own `pass` passes when its figure compares to its limit as it says.
  const target = (/** @type {TargetInput} */ t) => {
    const pass = t.pass ?? COMPARE[t.comparison](t.figure, t.limit);
    targets.push({ ...t, pass, applicable: t.applicable ?? true, status: status({ ...t, pass }) });
  };

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
     *   comparison: Comparison, meets: (x: LevelSummary) => boolean, applies?: (x: LevelSummary) => boolean }[]}
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
    /** @type {{ id: string, description: string, figure: (x: OverloadSummary) => number, decimals?: number, limit: number, comparison: Comparison, meets: (x: OverloadSummary) => boolean }[]} */
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
    });
    target({
      id: "workers-cpu",
      scenario: 7,
      description: `GATEWAY_WORKERS=2 / 1 ${at}: CPU per request (primary and workers)`,
      figure: ratios.cpuPerRequest,
      limit: 1.1,
      comparison: "<=",
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

  if (raw.trustedDocuments) {
    scenarios.trustedDocuments = summarizeTrustedDocuments(raw.trustedDocuments, summarize);
    for (const t of trustedDocumentsTargets(scenarios.trustedDocuments)) target(t);
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

module.exports = { buildReport, median, summarize, status };
