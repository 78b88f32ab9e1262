import { describe, expect, it } from "vitest";
import { RestartBackoff, STABLE_MS } from "../../src/restart-backoff";

describe("RestartBackoff: how long before a dead worker is replaced", () => {
  it("replaces at once after a stable run, then doubles while replacements die young, up to 15 s", () => {
    const backoff = new RestartBackoff();
    const delays = Array.from({ length: 9 }, (_, i) => backoff.next(i === 0 ? STABLE_MS * 6 : 500));
    expect(delays).toEqual([0, 250, 500, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000]);
  });

  it("starts over once a worker stayed up STABLE_MS", () => {
    const backoff = new RestartBackoff();
    expect([backoff.next(100), backoff.next(100), backoff.next(100)]).toEqual([0, 250, 500]);
    expect(backoff.next(STABLE_MS)).toBe(0);
    expect(backoff.next(STABLE_MS - 1)).toBe(250);
  });
});
