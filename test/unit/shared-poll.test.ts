import { AsyncLocalStorage } from "node:async_hooks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SharedPoll, type Watcher } from "../../src/watch/shared-poll";

const INTERVAL = 1_000;
const MAX_BACKOFF = 8_000;

/** A state: a value, or trouble with a retry hint (ms). */
type State = { value: string } | { troubleMs: number };

/** A fetch that answers the scripted states in turn (the last one again once they run out) and counts calls. */
function scripted(...states: State[]) {
  const calls: string[] = [];
  const fetch = async (key: string): Promise<State> => {
    calls.push(key);
    return states[Math.min(calls.length, states.length) - 1]!;
  };
  return { calls, fetch };
}

const poll = (fetch: (key: string) => Promise<State>) =>
  new SharedPoll<string, State>(fetch, {
    intervalMs: INTERVAL,
    maxBackoffMs: MAX_BACKOFF,
    same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
    trouble: (s) => ("troubleMs" in s ? s.troubleMs : undefined),
  });

function watcher() {
  const states: State[] = [];
  const failures: unknown[] = [];
  const w: Watcher<State> = { next: (s) => void states.push(s), fail: (e) => void failures.push(e) };
  return { w, states, failures };
}

const v = (value: string): State => ({ value });

describe("SharedPoll", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("polls a key once per interval however many watch it, and each watcher gets each state", async () => {
    const { calls, fetch } = scripted(v("a"), v("b"), v("c"), v("d"), v("e"), v("f"));
    const shared = poll(fetch);
    const watchers = Array.from({ length: 50 }, () => watcher());
    for (const { w } of watchers) shared.watch("g", w);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5 * INTERVAL);
    expect(calls).toHaveLength(6);
    for (const { states } of watchers) expect(states.map((s) => ("value" in s ? s.value : ""))).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("polls different keys on their own", async () => {
    const { calls, fetch } = scripted(v("a"));
    const shared = poll(fetch);
    shared.watch("g1", watcher().w);
    shared.watch("g2", watcher().w);
    await vi.advanceTimersByTimeAsync(2 * INTERVAL);
    expect(calls.filter((k) => k === "g1")).toHaveLength(3);
    expect(calls.filter((k) => k === "g2")).toHaveLength(3);
    expect(shared.size).toBe(2);
  });

  it("gives a new watcher the latest known state at once, without a poll of its own", async () => {
    const { calls, fetch } = scripted(v("a"), v("b"));
    const shared = poll(fetch);
    shared.watch("g", watcher().w);
    await vi.advanceTimersByTimeAsync(INTERVAL / 2);
    const late = watcher();
    shared.watch("g", late.w);
    await vi.advanceTimersByTimeAsync(0);
    expect(late.states).toEqual([v("a")]);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(INTERVAL / 2);
    expect(late.states).toEqual([v("a"), v("b")]);
  });

  it("sends a state once while polls answer the same", async () => {
    const { calls, fetch } = scripted(v("a"), v("a"), v("a"), v("b"), v("b"), v("a"));
    const shared = poll(fetch);
    const { w, states } = watcher();
    shared.watch("g", w);
    await vi.advanceTimersByTimeAsync(5 * INTERVAL);
    expect(calls).toHaveLength(6);
    expect(states).toEqual([v("a"), v("b"), v("a")]);
  });

  it("stops polling when the last watcher leaves, and starts afresh for the next", async () => {
    const { calls, fetch } = scripted(v("a"), v("b"));
    const shared = poll(fetch);
    const first = shared.watch("g", watcher().w);
    const second = shared.watch("g", watcher().w);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    first();
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(calls).toHaveLength(3);
    second();
    await vi.advanceTimersByTimeAsync(10 * INTERVAL);
    expect(calls).toHaveLength(3);
    expect(shared.size).toBe(0);
    const again = watcher();
    shared.watch("g", again.w);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(4);
    expect(again.states).toEqual([v("b")]);
  });

  it("drops the answer of a poll in flight when its watchers have left", async () => {
    let answer: (s: State) => void = () => {};
    const shared = poll(() => new Promise((resolve) => (answer = resolve)));
    const { w, states } = watcher();
    const stop = shared.watch("g", w);
    stop();
    answer(v("a"));
    await vi.advanceTimersByTimeAsync(10 * INTERVAL);
    expect(states).toEqual([]);
  });

  it("backs off while the upstream is in trouble, doubling up to the limit, never under the hint; then resumes the interval", async () => {
    const trouble = { troubleMs: 0 };
    const script = scripted(trouble, trouble, trouble, trouble, trouble, { troubleMs: 20_000 }, v("a"), v("b"));
    const times: number[] = [];
    const shared = poll((key) => {
      times.push(Date.now());
      return script.fetch(key);
    });
    const { w, states } = watcher();
    shared.watch("g", w);
    await vi.advanceTimersByTimeAsync(120_000);
    const gaps = times.slice(1, 9).map((t, i) => t - times[i]!);
    // Waits after each poll: 2 s, 4 s, 8 s, 8 s (the limit), 8 s, then the 20 s hint, then the interval.
    expect(gaps).toEqual([2_000, 4_000, 8_000, 8_000, 8_000, 20_000, 1_000, 1_000]);
    expect(states).toEqual([trouble, { troubleMs: 20_000 }, v("a"), v("b")]);
  });

  it("ends a key's poll when a poll throws, failing each watcher with the error", async () => {
    const boom = new Error("bug");
    let n = 0;
    const shared = poll(async () => {
      n += 1;
      if (n === 2) throw boom;
      return v("a");
    });
    const one = watcher();
    const two = watcher();
    shared.watch("g", one.w);
    shared.watch("g", two.w);
    await vi.advanceTimersByTimeAsync(5 * INTERVAL);
    expect(n).toBe(2);
    expect(one.failures).toEqual([boom]);
    expect(two.failures).toEqual([boom]);
    expect(shared.size).toBe(0);
  });

  it("gives a watcher who joins as a newer state lands that state only, not the older one after it", async () => {
    let answer!: (state: State) => void;
    let calls = 0;
    const fetch = (): Promise<State> => {
      calls += 1;
      return calls === 1 ? Promise.resolve(v("old")) : new Promise<State>((resolve) => (answer = resolve));
    };
    const shared = poll(fetch);
    const first = watcher();
    shared.watch("g", first.w);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(first.states).toEqual([v("old")]);
    // The second poll's answer and the new watcher's "latest known state" are due in the same microtask drain.
    answer(v("new"));
    const late = watcher();
    shared.watch("g", late.w);
    await vi.advanceTimersByTimeAsync(0);
    expect(late.states).toEqual([v("new")]);
    expect(first.states).toEqual([v("old"), v("new")]);
  });
});

describe("SharedPoll and async context", () => {
  it("polls outside the first watcher's async context (its trace), at first and on every later poll", async () => {
    // What OpenTelemetry keeps the active span in: the watcher's request's context.
    const request = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    let thirdPoll = () => {};
    const polled = new Promise<void>((resolve) => {
      thirdPoll = resolve;
    });
    const shared = new SharedPoll<string, State>(
      async () => {
        seen.push(request.getStore());
        if (seen.length === 3) thirdPoll();
        return v("a");
      },
      { intervalMs: 1, maxBackoffMs: 1, same: () => true, trouble: () => undefined },
    );
    const stop = request.run("the first watcher's request", () => shared.watch("g", watcher().w));
    await polled;
    stop();
    expect(seen).toEqual([undefined, undefined, undefined]);
  });
});
