import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/rate-limiter";

/** A limiter on a fake clock: `clock.ms` is what `now()` answers; tests move it by hand. */
function limiter(perMinute: number, burst: number) {
  const clock = { ms: 1_000_000 };
  return { clock, limiter: new RateLimiter(perMinute, burst, () => clock.ms) };
}

/** The limiter's internal map, read only to check that it stays bounded. */
const buckets = (l: RateLimiter) => (l as unknown as { buckets: Map<string, unknown> }).buckets;

/** Milliseconds to refill one token at `perMinute`. */
const perToken = (perMinute: number) => 60_000 / perMinute;

describe("RateLimiter: burst", () => {
  it.each([
    { perMinute: 60, burst: 1 },
    { perMinute: 60, burst: 10 },
    { perMinute: 6, burst: 3 },
    { perMinute: 1, burst: 5 },
    { perMinute: 1_000, burst: 100 },
  ])("a fresh caller gets $burst calls at once, then a wait (perMinute $perMinute)", ({ perMinute, burst }) => {
    const { limiter: l } = limiter(perMinute, burst);
    for (let i = 0; i < burst; i++) expect(l.takeNow("alice"), `call ${i + 1}`).toBe(0);
    expect(l.takeNow("alice")).toBeGreaterThan(0);
    expect(l.takeNow("alice")).toBeGreaterThan(0);
  });
});

describe("RateLimiter: the wait", () => {
  it.each([
    { perMinute: 60, wait: 1 },
    { perMinute: 30, wait: 2 },
    { perMinute: 7, wait: 9 }, // 8.57 s, rounded up
    { perMinute: 6, wait: 10 },
    { perMinute: 1, wait: 60 },
    { perMinute: 120, wait: 1 }, // 0.5 s: never less than one whole second
    { perMinute: 6_000, wait: 1 },
  ])("an empty bucket at perMinute $perMinute waits $wait s", ({ perMinute, wait }) => {
    const { limiter: l } = limiter(perMinute, 1);
    expect(l.takeNow("alice")).toBe(0);
    expect(l.takeNow("alice")).toBe(wait);
  });

  it.each([
    { perMinute: 6, elapsedMs: 4_000, wait: 6 }, // 0.4 of a token back: 6 s to go
    { perMinute: 6, elapsedMs: 9_000, wait: 1 }, // 0.9 back: 1 s to go
    { perMinute: 6, elapsedMs: 9_999, wait: 1 }, // 1 ms to go: still a whole second
    { perMinute: 1, elapsedMs: 30_000, wait: 30 },
    { perMinute: 1, elapsedMs: 59_500, wait: 1 },
  ])("after $elapsedMs ms at perMinute $perMinute the wait is $wait s", ({ perMinute, elapsedMs, wait }) => {
    const { clock, limiter: l } = limiter(perMinute, 1);
    expect(l.takeNow("alice")).toBe(0);
    clock.ms += elapsedMs;
    expect(l.takeNow("alice")).toBe(wait);
  });

  it("a refused call does not push the wait further out", () => {
    const { clock, limiter: l } = limiter(6, 1);
    l.takeNow("alice");
    for (let i = 0; i < 5; i++) expect(l.takeNow("alice")).toBe(10);
    clock.ms += 5_000;
    expect(l.takeNow("alice")).toBe(5);
    clock.ms += 5_000;
    expect(l.takeNow("alice")).toBe(0);
  });
});

describe("RateLimiter: refill", () => {
  it.each([
    { perMinute: 60, burst: 10 },
    { perMinute: 6, burst: 4 },
    { perMinute: 1, burst: 3 },
  ])("refills one token per 60/$perMinute s (burst $burst)", ({ perMinute, burst }) => {
    const { clock, limiter: l } = limiter(perMinute, burst);
    for (let i = 0; i < burst; i++) l.takeNow("alice");
    expect(l.takeNow("alice")).toBeGreaterThan(0);

    clock.ms += perToken(perMinute) - 1;
    expect(l.takeNow("alice"), "just short of one token").toBeGreaterThan(0);
    clock.ms += 1;
    expect(l.takeNow("alice"), "one token back").toBe(0);
    expect(l.takeNow("alice")).toBeGreaterThan(0);

    // Two tokens' time gives exactly two calls.
    clock.ms += 2 * perToken(perMinute);
    expect(l.takeNow("alice")).toBe(0);
    expect(l.takeNow("alice")).toBe(0);
    expect(l.takeNow("alice")).toBeGreaterThan(0);
  });

  it.each([
    { perMinute: 60, burst: 1, idleMs: 10 * 60_000 },
    { perMinute: 60, burst: 10, idleMs: 24 * 3_600_000 },
    { perMinute: 6, burst: 3, idleMs: 365 * 86_400_000 },
    { perMinute: 1, burst: 5, idleMs: 3_600_000 },
  ])("never refills above burst: after $idleMs ms idle, exactly $burst of burst+1 calls go", ({ perMinute, burst, idleMs }) => {
    const { clock, limiter: l } = limiter(perMinute, burst);
    for (let i = 0; i < burst; i++) l.takeNow("alice");
    clock.ms += idleMs;
    const answers = Array.from({ length: burst + 1 }, () => l.takeNow("alice"));
    expect(answers.filter((w) => w === 0)).toHaveLength(burst);
    expect(answers.at(-1)).toBeGreaterThan(0);
  });

  it("a caller never seen before starts full, however long the limiter has run", () => {
    const { clock, limiter: l } = limiter(60, 2);
    clock.ms += 3_600_000;
    expect([l.takeNow("late"), l.takeNow("late"), l.takeNow("late")]).toEqual([0, 0, 1]);
  });
});

describe("RateLimiter: callers", () => {
  it("keeps one bucket per caller", () => {
    const { limiter: l } = limiter(6, 2);
    expect([l.takeNow("alice"), l.takeNow("alice"), l.takeNow("alice")]).toEqual([0, 0, 10]);
    expect([l.takeNow("bob"), l.takeNow("bob"), l.takeNow("bob")]).toEqual([0, 0, 10]);
    expect(l.takeNow("alice")).toBe(10);
    expect(l.takeNow("carol")).toBe(0);
  });

  it("keys are exact: case and prefixes matter", () => {
    const { limiter: l } = limiter(6, 1);
    expect(l.takeNow("jwt:alice")).toBe(0);
    expect(l.takeNow("jwt:alice")).toBe(10);
    expect(l.takeNow("jwt:Alice")).toBe(0);
    expect(l.takeNow("api-key:alice")).toBe(0);
  });
});

describe("RateLimiter: perMinute 0 turns the limit off", () => {
  it.each([1, 10])("always answers 0 (burst %i)", (burst) => {
    const { clock, limiter: l } = limiter(0, burst);
    for (let i = 0; i < 1_000; i++) expect(l.takeNow("alice")).toBe(0);
    clock.ms += 1;
    expect(l.takeNow("alice")).toBe(0);
    expect(buckets(l).size).toBe(0);
  });
});

describe("RateLimiter: memory stays bounded", () => {
  it.each([
    { perMinute: 60, burst: 1, stepMs: 1_000 }, // every earlier caller is full again at the next call
    { perMinute: 60, burst: 5, stepMs: 250 }, // the last four callers are still refilling
    { perMinute: 600, burst: 10, stepMs: 1 }, // the last hundred callers are still refilling
  ])("25,000 callers (perMinute $perMinute, burst $burst, clock +$stepMs ms per call) never track more than 10,001", ({ perMinute, burst, stepMs }) => {
    const { clock, limiter: l } = limiter(perMinute, burst);
    let max = 0;
    let sweeps = 0;
    for (let i = 0; i < 25_000; i++) {
      const before = buckets(l).size;
      expect(l.takeNow(`caller-${i}`)).toBe(0);
      if (buckets(l).size <= before) sweeps++;
      max = Math.max(max, buckets(l).size);
      clock.ms += stepMs;
    }
    expect(sweeps).toBeGreaterThan(0);
    expect(max).toBeGreaterThanOrEqual(10_000); // the sweep point was reached...
    expect(max).toBeLessThanOrEqual(10_001); // ...and the map never grew past it
    expect(buckets(l).size).toBeLessThanOrEqual(10_001);
  });

  it("does not sweep a caller whose bucket is empty: its limit holds after the sweep", () => {
    const { clock, limiter: l } = limiter(1, 2);
    for (let i = 0; i < 9_999; i++) l.takeNow(`caller-${i}`);
    clock.ms += 60_000; // every caller above is full again

    expect([l.takeNow("hog"), l.takeNow("hog"), l.takeNow("hog")]).toEqual([0, 0, 60]);
    expect(buckets(l).size).toBe(10_000);

    expect(l.takeNow("trigger")).toBe(0); // 10,001 tracked: sweeps
    expect(buckets(l).size).toBe(2);
    expect(buckets(l).has("hog")).toBe(true);
    expect(l.takeNow("hog")).toBe(60);
  });

  it("does not sweep a caller whose bucket is partly refilled", () => {
    const { clock, limiter: l } = limiter(1, 2);
    expect([l.takeNow("hog"), l.takeNow("hog")]).toEqual([0, 0]);
    for (let i = 0; i < 9_999; i++) l.takeNow(`caller-${i}`);
    clock.ms += 60_000; // the others are full; hog has one token of two

    expect(l.takeNow("trigger")).toBe(0);
    expect(buckets(l).has("hog")).toBe(true);
    expect(buckets(l).has("caller-0")).toBe(false);
    expect([l.takeNow("hog"), l.takeNow("hog")]).toEqual([0, 60]);
  });

  it("a swept caller comes back with a full bucket, as it would have had anyway", () => {
    const { clock, limiter: l } = limiter(1, 2);
    for (let i = 0; i < 10_000; i++) l.takeNow(`caller-${i}`);
    clock.ms += 60_000;
    l.takeNow("trigger");
    expect(buckets(l).has("caller-0")).toBe(false);
    expect([l.takeNow("caller-0"), l.takeNow("caller-0"), l.takeNow("caller-0")]).toEqual([0, 0, 60]);
  });
});

describe("RateLimiter under many busy callers", () => {
  it("does not scan every bucket on every call when none can be swept", () => {
    const clock = 0;
    const limiter = new RateLimiter(1, 2, () => clock);
    const buckets = (limiter as unknown as { buckets: Map<string, { tokens: number; at: number }> }).buckets;
    let scans = 0;
    const iterate = buckets[Symbol.iterator].bind(buckets);
    buckets[Symbol.iterator] = () => {
      scans += 1;
      return iterate();
    };
    // Every caller keeps a non-full bucket (no time passes), so a sweep frees nothing.
    for (let i = 0; i < 30_000; i++) limiter.takeNow(`busy-${i}`);
    expect(buckets.size).toBe(30_000);
    expect(scans).toBeLessThanOrEqual(3);
  });
});
