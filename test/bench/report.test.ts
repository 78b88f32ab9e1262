import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The harness is plain CommonJS JavaScript run by node; the test loads it as such.
const { buildReport } = require("./report.js") as { buildReport(input: Record<string, unknown>): unknown };
const { targetsMarkdown, updateBetweenMarkers } = require("./report-markdown.js") as {
  targetsMarkdown(report: unknown): string;
  updateBetweenMarkers(file: string, table: string): boolean;
};

/** One slow-upstream round as scenarios.js records it: `requests` answered, all CreateBrokerUserSuccess, at `p99` ms. */
const round = (requests: number, p99: number) => ({
  requests,
  rate: requests / 2,
  cpuPerRequestUs: requests ? 800 : NaN,
  systemCpuPerRequestUs: requests ? 90 : NaN,
  serverCores: 0.5,
  mainThreadBusy: 0.5,
  mainThreadWaiting: 0.1,
  latencyMs: { p50: requests ? 210 : 0, p99 },
  errors: 0,
  timeouts: 0,
  non2xx: 0,
  outcomes: requests ? { CreateBrokerUserSuccess: requests } : {},
  emulatorCpuPerRequestUs: requests ? 120 : NaN,
});

type Level = { connections: number; rounds: unknown[]; bareStack?: { rounds: unknown[]; memory: { peakRssBytes: number } } };
type Target = { id: string; status: string; bareStack: { figure: number; pass: boolean; applicable: boolean } | null };

const targets = (levels: Level[]): Record<string, Target> => {
  const raw = { slowUpstream: { upstreamLatencyMs: 200, brokers: 1, levels: levels.map((l) => ({ ...l, memory: { peakRssBytes: 1 } })) } };
  const report = buildReport({ mode: "smoke", startedAt: 0, finishedAt: 1, machine: {}, plan: {}, raw, errors: [], notes: [] }) as unknown as {
    targets: Target[];
  };
  return Object.fromEntries(report.targets.map((t) => [t.id, t]));
};
const verdicts = (levels: Level[]) => Object.fromEntries(Object.entries(targets(levels)).map(([id, t]) => [id, t.status]));

describe("bench report: slow-upstream verdicts", () => {
  it("a level that answered in time with no failures passes its failure and p99 targets", () => {
    expect(verdicts([{ connections: 200, rounds: [round(400, 250)] }])).toMatchObject({ "slow-upstream-200-errors": "pass", "slow-upstream-200-p99": "pass" });
  });

  it("a level that answered nothing fails them, though its failure count and p99 read 0", () => {
    expect(verdicts([{ connections: 1000, rounds: [round(0, 0)] }])).toMatchObject({ "slow-upstream-1000-errors": "fail", "slow-upstream-1000-p99": "fail" });
  });

  it("reads each target on the stack's ceiling too, without changing the gateway's verdict", () => {
    const bareStack = { rounds: [round(300, 420)], memory: { peakRssBytes: 1 } };
    const t = targets([{ connections: 200, rounds: [round(400, 250)], bareStack }]);
    expect(t["slow-upstream-200-p99"]).toMatchObject({ status: "pass", bareStack: { figure: 420, pass: false, applicable: true } });
    expect(t["slow-upstream-200-errors"]).toMatchObject({ status: "pass", bareStack: { figure: 0, pass: true } });
    expect(t["slow-upstream-200-rate"]?.bareStack).toMatchObject({ figure: 0.15, pass: false, applicable: true });
  });

  it("has no ceiling figures for a run without the stack's ceiling", () => {
    expect(targets([{ connections: 200, rounds: [round(400, 250)] }])["slow-upstream-200-p99"]?.bareStack).toBeNull();
  });
});

/** One scenario 6 round: `successes` answered 200 at `p99` ms, `refused` answered 503, `slow` answers over 1 s. */
const pastCapacity = ({ successes = 900, refused = 100, p99 = 250, slow = 0, timeouts = 0, other = 0 }) => ({
  ...round(successes + refused, p99),
  durationSeconds: 10,
  successes,
  refused,
  successLatencyMs: { p99, max: p99 },
  refusedLatencyMs: { p99: 5, max: 8 },
  slowAnswers: slow,
  errors: timeouts,
  timeouts,
  statusCodes: { "200": successes + other, "503": refused },
  outcomes: { CreateBrokerUserSuccess: successes, "HTTP 503": refused, ...(other ? { UpstreamUnavailable: other } : {}) },
});

describe("bench report: past-capacity verdicts (scenario 6)", () => {
  const overload = (gateway: Record<string, number>, bareStack: Record<string, number> = {}) => {
    const raw = {
      overload: {
        connections: 1000,
        upstreamLatencyMs: 200,
        gateway: { rounds: [pastCapacity(gateway)], memory: { peakRssBytes: 1 } },
        bareStack: { rounds: [pastCapacity({ refused: 0, ...bareStack })], memory: { peakRssBytes: 1 } },
      },
    };
    const report = buildReport({ mode: "smoke", startedAt: 0, finishedAt: 1, machine: {}, plan: {}, raw, errors: [], notes: [] }) as {
      targets: Target[];
      scenarios: { overload: { gateway: Record<string, number> } };
    };
    return { targets: Object.fromEntries(report.targets.map((t) => [t.id, t])), gateway: report.scenarios.overload.gateway };
  };

  it("counts a 503 as an answer, not a failure, and reads the successes' p99 alone", () => {
    const { targets: t, gateway } = overload({ successes: 900, refused: 5_000, p99: 260 });
    expect(t["overload-failures"]).toMatchObject({ status: "pass", figure: 0 });
    expect(t["overload-p99"]).toMatchObject({ status: "pass", figure: 260 });
    expect(gateway).toMatchObject({ successRate: 90, refusedRate: 500, refused: 5_000 });
  });

  it("fails on a client timeout, on another member, on an answer over 1 s, and on no success at all", () => {
    expect(overload({ timeouts: 1 }).targets["overload-failures"]?.status).toBe("fail");
    expect(overload({ other: 2 }).targets["overload-failures"]).toMatchObject({ status: "fail", figure: 2 });
    expect(overload({ slow: 3 }).targets["overload-slow"]).toMatchObject({ status: "fail", figure: 3 });
    expect(overload({ successes: 0, p99: 0 }).targets["overload-p99"]?.status).toBe("fail");
  });

  it("reads each target on the stack's ceiling too", () => {
    expect(overload({}, { p99: 1_600, slow: 40 }).targets["overload-slow"]).toMatchObject({ status: "pass", bareStack: { figure: 40, pass: false } });
  });
});

describe("bench report: the README's tables", () => {
  const report = () =>
    buildReport({
      mode: "full",
      startedAt: Date.parse("2026-12-07T04:00:00Z"),
      finishedAt: Date.parse("2026-12-07T04:30:00Z"),
      machine: { cores: 2, node: "v24.21.0" },
      plan: {},
      raw: {
        slowUpstream: {
          upstreamLatencyMs: 200,
          brokers: 1,
          levels: [
            { connections: 200, rounds: [round(400, 250)], bareStack: { rounds: [round(300, 420)], memory: { peakRssBytes: 1 } }, memory: { peakRssBytes: 1 } },
          ],
        },
      },
      errors: [],
      notes: [],
    });

  it("gives the users' README one row per target, the gateway beside the stack's ceiling", () => {
    const table = targetsMarkdown(report());
    expect(table).toContain("Node v24.21.0");
    // Short names, by id; report.md keeps the descriptions.
    expect(table).toContain("| 3: p99 ms | < 300 | 250.0 pass | 420.0 fail |");
    expect(table.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| target") && !line.startsWith("| ---"))).toHaveLength(
      (report() as { targets: unknown[] }).targets.length,
    );
  });

  it("replaces only what stands between the markers, and leaves a file without them alone", () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-readme-"));
    const marked = join(dir, "marked.md");
    writeFileSync(marked, "before\n<!-- bench:begin -->\nold table\n<!-- bench:end -->\nafter\n");
    expect(updateBetweenMarkers(marked, "new table\n")).toBe(true);
    expect(readFileSync(marked, "utf8")).toBe("before\n<!-- bench:begin -->\nnew table\n<!-- bench:end -->\nafter\n");
    const plain = join(dir, "plain.md");
    writeFileSync(plain, "no markers\n");
    expect(updateBetweenMarkers(plain, "new table\n")).toBe(false);
    expect(readFileSync(plain, "utf8")).toBe("no markers\n");
  });
});
