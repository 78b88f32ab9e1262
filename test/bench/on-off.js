"use strict";
/**
 * Two gateway processes that differ by one feature, off and on, measured in alternating rounds (scenarios
 * 9 and 10): their figures, the ratio of their CPU per request, and their table rows.
 */

/** @typedef {{ rounds: import('./scenarios').Measured[], memory: { peakRssBytes: number } }} Gateway */

/**
 * Each gateway's medians and peak memory, and CPU per request on / off.
 * @param {{ off: Gateway, on: Gateway }} raw
 * @param {typeof import('./report').summarize} summarize
 */
function summarizeOnOff(raw, summarize) {
  const off = { ...summarize(raw.off.rounds), peakRssBytes: raw.off.memory.peakRssBytes };
  const on = { ...summarize(raw.on.rounds), peakRssBytes: raw.on.memory.peakRssBytes };
  return { off, on, cpuPerRequestOnVsOff: on.cpuPerRequestUs / off.cpuPerRequestUs };
}

const f0 = (/** @type {number} */ n) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "-");
const f1 = (/** @type {number} */ n) => (Number.isFinite(n) ? n.toFixed(1) : "-");

/**
 * One gateway's row: `lead` cells, req/s, CPU per request (of which system), `extra` cells, p50 / p99,
 * errors, peak RSS.
 * @param {string[]} lead
 * @param {ReturnType<typeof summarizeOnOff>['on']} x
 * @param {string[]} [extra]
 */
const onOffRow = (lead, x, extra = []) =>
  `| ${[...lead, f0(x.rate), `${f0(x.cpuPerRequestUs)} (${f0(x.systemCpuPerRequestUs)})`, ...extra, `${f1(x.latencyP50Ms)} / ${f1(x.latencyP99Ms)}`, f0(x.errors + x.non2xx), (x.peakRssBytes / 2 ** 20).toFixed(1)].join(" | ")} |`;

/** The answers a gateway gave, by member, for a line under a table. @param {Record<string, number>} outcomes */
const answers = (outcomes) =>
  Object.entries(outcomes)
    .map(([k, v]) => `${k} ${f0(v)}`)
    .join(", ");

module.exports = { summarizeOnOff, onOffRow, answers, f0 };
