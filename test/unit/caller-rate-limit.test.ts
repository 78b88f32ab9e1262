import type { RateLimiterMemory } from "rate-limiter-flexible";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CallerRateLimit, rateWindows } from "../../src/shared-state/caller-rate-limit";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** `count` calls of `caller`, one after the other: each one's answer (0: it went). */
async function calls(limit: CallerRateLimit, caller: string, count: number): Promise<number[]> {
  const answers = [];
  for (let i = 0; i < count; i++) answers.push(await limit.take(caller));
  return answers;
}

const admitted = (answers: number[]) => answers.filter((wait) => wait === 0).length;

/** The in-memory windows' records, read only to check that memory stays bounded. */
const records = (limit: CallerRateLimit) =>
  (limit as unknown as { limiters: RateLimiterMemory[] }).limiters.reduce((sum, limiter) => sum + limiter.dump().storage.length, 0);

describe("rateWindows", () => {
  it.each([
    { perMinute: 0, burst: 10, windows: [] },
    { perMinute: 60, burst: 60, windows: [{ name: "rate", points: 60, seconds: 60 }] },
    { perMinute: 1, burst: 5, windows: [{ name: "rate", points: 1, seconds: 60 }] },
    {
      perMinute: 60,
      burst: 10,
      windows: [
        { name: "burst", points: 10, seconds: 10 },
        { name: "rate", points: 60, seconds: 60 },
      ],
    },
    {
      perMinute: 6,
      burst: 2,
      windows: [
        { name: "burst", points: 2, seconds: 20 },
        { name: "rate", points: 6, seconds: 60 },
      ],
    },
    // 25.7 s, rounded up: never faster than the minute's rate.
    {
      perMinute: 7,
      burst: 3,
      windows: [
        { name: "burst", points: 3, seconds: 26 },
        { name: "rate", points: 7, seconds: 60 },
      ],
    },
    // Under a second: one second of perMinute / 60 calls.
    {
      perMinute: 6_000,
      burst: 10,
      windows: [
        { name: "burst", points: 100, seconds: 1 },
        { name: "rate", points: 6_000, seconds: 60 },
      ],
    },
  ])("perMinute $perMinute, burst $burst", ({ perMinute, burst, windows }) => {
    expect(rateWindows({ perMinute, burst })).toEqual(windows);
  });
});

describe("CallerRateLimit: per minute", () => {
  it.each([1, 5, 60, 1_000])("admits exactly %i calls in a minute, then answers the seconds left in it", async (perMinute) => {
    const limit = new CallerRateLimit({ perMinute, burst: perMinute });
    expect(admitted(await calls(limit, "alice", perMinute))).toBe(perMinute);
    expect(await limit.take("alice")).toBe(60);
    vi.advanceTimersByTime(59_000);
    expect(await limit.take("alice")).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(admitted(await calls(limit, "alice", perMinute + 1))).toBe(perMinute);
  });

  it.each([
    { elapsedMs: 4_000, wait: 56 },
    { elapsedMs: 30_000, wait: 30 },
    { elapsedMs: 59_001, wait: 1 }, // 999 ms to go: still a whole second
  ])("after $elapsedMs ms of a spent minute the wait is $wait s", async ({ elapsedMs, wait }) => {
    const limit = new CallerRateLimit({ perMinute: 2, burst: 2 });
    await calls(limit, "alice", 2);
    vi.advanceTimersByTime(elapsedMs);
    expect(await limit.take("alice")).toBe(wait);
  });

  it("a refused call does not push the wait further out", async () => {
    const limit = new CallerRateLimit({ perMinute: 1, burst: 1 });
    await limit.take("alice");
    expect(await calls(limit, "alice", 5)).toEqual([60, 60, 60, 60, 60]);
    vi.advanceTimersByTime(30_000);
    expect(await limit.take("alice")).toBe(30);
    vi.advanceTimersByTime(30_000);
    expect(await limit.take("alice")).toBe(0);
  });
});

describe("CallerRateLimit: burst", () => {
  it.each([
    { perMinute: 60, burst: 1, wait: 1 },
    { perMinute: 60, burst: 10, wait: 10 },
    { perMinute: 6, burst: 3, wait: 30 },
    { perMinute: 1_000, burst: 100, wait: 6 },
  ])("a fresh caller gets $burst calls at once, then waits $wait s (perMinute $perMinute)", async ({ perMinute, burst, wait }) => {
    const limit = new CallerRateLimit({ perMinute, burst });
    expect(admitted(await calls(limit, "alice", burst))).toBe(burst);
    expect(await limit.take("alice")).toBe(wait);
    vi.advanceTimersByTime(wait * 1_000);
    expect(await limit.take("alice")).toBe(0);
  });

  it("over a minute of a call a second, admits exactly perMinute, spread by the burst windows", async () => {
    const limit = new CallerRateLimit({ perMinute: 6, burst: 2 });
    const went: number[] = [];
    for (let second = 0; second < 60; second++) {
      if ((await limit.take("alice")) === 0) went.push(second);
      vi.advanceTimersByTime(1_000);
    }
    expect(went).toEqual([0, 1, 20, 21, 40, 41]);
  });

  it("a call the minute refuses costs no place in the burst window", async () => {
    // Burst windows of 26 s: 3 + 3 + 1 calls spend the minute at 52 s, with 2 places left in that window.
    const limit = new CallerRateLimit({ perMinute: 7, burst: 3 });
    await calls(limit, "alice", 3);
    vi.advanceTimersByTime(26_000);
    await calls(limit, "alice", 3);
    vi.advanceTimersByTime(26_000);
    expect(await limit.take("alice")).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(await calls(limit, "alice", 5)).toEqual([7, 7, 7, 7, 7]);
    vi.advanceTimersByTime(7_000); // a new minute; the burst window has 19 s to go
    expect(await calls(limit, "alice", 3)).toEqual([0, 0, 18]);
  });
});

describe("CallerRateLimit: callers", () => {
  it("counts each caller on its own; keys are exact", async () => {
    const limit = new CallerRateLimit({ perMinute: 2, burst: 2 });
    expect(await calls(limit, "jwt:alice", 3)).toEqual([0, 0, 60]);
    expect(await calls(limit, "jwt:Alice", 3)).toEqual([0, 0, 60]);
    expect(await calls(limit, "api-key:alice", 1)).toEqual([0]);
    expect(await limit.take("jwt:alice")).toBe(60);
  });

  it("perMinute 0 turns the limit off and keeps nothing", async () => {
    const limit = new CallerRateLimit({ perMinute: 0, burst: 1 });
    expect(admitted(await calls(limit, "alice", 1_000))).toBe(1_000);
    expect(records(limit)).toBe(0);
  });
});

describe("CallerRateLimit: memory stays bounded", () => {
  it("forgets a caller when its windows end: 1,000 callers leave nothing after a minute", async () => {
    const limit = new CallerRateLimit({ perMinute: 60, burst: 10 });
    for (let i = 0; i < 1_000; i++) expect(await limit.take(`caller-${i}`)).toBe(0);
    expect(records(limit)).toBe(2_000);
    vi.advanceTimersByTime(10_000);
    expect(records(limit), "the burst windows ended").toBe(1_000);
    vi.advanceTimersByTime(50_000);
    expect(records(limit)).toBe(0);
  });

  it("a forgotten caller comes back with a whole minute, as it would have had anyway", async () => {
    const limit = new CallerRateLimit({ perMinute: 2, burst: 2 });
    await calls(limit, "alice", 2);
    vi.advanceTimersByTime(60_000);
    expect(records(limit)).toBe(0);
    expect(await calls(limit, "alice", 3)).toEqual([0, 0, 60]);
  });
});
