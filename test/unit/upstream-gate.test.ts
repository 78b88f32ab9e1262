import { describe, expect, it, vi } from "vitest";
import type { AttemptSignal, Deadline } from "../../src/adapters/aws/deadline";
import { type SdkError, upstreamFault } from "../../src/adapters/aws/upstream-fault";
import { UpstreamBusy, UpstreamDeadline, UpstreamGate } from "../../src/adapters/aws/upstream-gate";

/** A call that ends when the test says so, and sees its attempt's abort signal (as the SDK's HTTP handler does). */
function controllable() {
  let finish!: (value: string) => void;
  let signal!: AttemptSignal;
  const call = (deadline: Deadline) => {
    signal = deadline.attemptSignal();
    return new Promise<string>((resolve, reject) => {
      finish = resolve;
      signal.onabort = () => reject(Object.assign(new Error("Request aborted"), { name: "AbortError" }));
    });
  };
  return { call, finish: (v: string) => finish(v), signal: () => signal };
}

describe("UpstreamGate", () => {
  it("lets maxInflight calls run at once and starts the next only when one ends", async () => {
    const gate = new UpstreamGate({ maxInflight: 2, queueTimeoutMs: 5_000, timeoutMs: 5_000 });
    const started: string[] = [];
    const calls = ["a", "b", "c"].map((name) => {
      const c = controllable();
      return {
        name,
        ...c,
        call: (deadline: Deadline) => {
          started.push(name);
          return c.call(deadline);
        },
      };
    });
    const results = calls.map((c) => gate.run(c.call));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(["a", "b"]);
    calls[0]!.finish("a");
    expect(await results[0]).toBe("a");
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(["a", "b", "c"]);
    calls[1]!.finish("b");
    calls[2]!.finish("c");
    expect(await Promise.all(results)).toEqual(["a", "b", "c"]);
  });

  it("refuses a call that waited queueTimeoutMs for a slot, and never runs it", async () => {
    const gate = new UpstreamGate({ maxInflight: 1, queueTimeoutMs: 50, timeoutMs: 5_000 });
    const first = controllable();
    const running = gate.run(first.call);
    let ran = false;
    await expect(gate.run(async () => (ran = true))).rejects.toBeInstanceOf(UpstreamBusy);
    expect(ran).toBe(false);
    first.finish("done");
    expect(await running).toBe("done");
    expect(await gate.run(async () => "next")).toBe("next");
  });

  it("aborts a call at the deadline and reports UpstreamDeadline", async () => {
    const gate = new UpstreamGate({ maxInflight: 1, queueTimeoutMs: 50, timeoutMs: 100 });
    const hung = controllable();
    const started = Date.now();
    await expect(gate.run(hung.call)).rejects.toBeInstanceOf(UpstreamDeadline);
    expect(hung.signal().aborted).toBe(true);
    expect((hung.signal().reason as DOMException).name).toBe("TimeoutError");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await gate.run(async () => "slot released")).toBe("slot released");
  });

  it("ends at the deadline a call that does not watch the signal (the SDK sleeping between retries)", async () => {
    const gate = new UpstreamGate({ maxInflight: 1, queueTimeoutMs: 50, timeoutMs: 100 });
    let signal!: AttemptSignal;
    const deaf = (deadline: Deadline) => {
      signal = deadline.attemptSignal();
      return new Promise<string>(() => {});
    };
    await expect(gate.run(deaf)).rejects.toBeInstanceOf(UpstreamDeadline);
    expect(signal.aborted).toBe(true);
    expect(await gate.run(async () => "slot released")).toBe("slot released");
  });

  it("answers the throttling error, not UpstreamDeadline, when the deadline passes after AWS throttled the last answered attempt", async () => {
    const gate = new UpstreamGate({ maxInflight: 1, queueTimeoutMs: 50, timeoutMs: 100 });
    const throttled = Object.assign(new Error("Rate exceeded"), { name: "Throttling", $metadata: { httpStatusCode: 400, requestId: "req-1" } });
    const error = await gate
      .run((deadline) => {
        deadline.attemptStarted();
        deadline.attemptFailed(throttled);
        deadline.attemptStarted(); // the retry, cut short by the deadline before AWS answers
        return new Promise<never>(() => {});
      })
      .catch((e: unknown) => e);
    expect(error).toBe(throttled);
    expect(throttled.$metadata).toMatchObject({ attempts: 2, requestId: "req-1" });
    expect(upstreamFault(error as SdkError)).toEqual({ code: "UpstreamThrottled", retryAfterSeconds: 1, requestId: "req-1" });
  });

  it("answers UpstreamDeadline when the last answered attempt was not throttled", async () => {
    const gate = new UpstreamGate({ maxInflight: 1, queueTimeoutMs: 50, timeoutMs: 100 });
    const error = await gate
      .run((deadline) => {
        deadline.attemptFailed(Object.assign(new Error("Rate exceeded"), { name: "Throttling", $metadata: {} }));
        deadline.attemptFailed(Object.assign(new Error("Service Unavailable"), { name: "ServiceUnavailable", $metadata: { httpStatusCode: 503 } }));
        return new Promise<never>(() => {});
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamDeadline);
  });

  it("arms the deadline's timer for the call only: an ended call leaves no timer behind", async () => {
    vi.useFakeTimers();
    try {
      const gate = new UpstreamGate({ maxInflight: 1, queueTimeoutMs: 50, timeoutMs: 10_000 });
      const call = controllable();
      const running = gate.run(call.call);
      await Promise.resolve();
      expect(vi.getTimerCount(), "one deadline while the call runs").toBe(1);
      call.finish("done");
      expect(await running).toBe("done");
      expect(vi.getTimerCount(), "none once it ended").toBe(0);
      await expect(gate.run(async () => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
      expect(vi.getTimerCount(), "none once it failed").toBe(0);
      expect(call.signal().aborted).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it("aborts every attempt's signal at the deadline with its reason, and hands a later attempt an aborted one", async () => {
    const gate = new UpstreamGate({ maxInflight: 1, queueTimeoutMs: 50, timeoutMs: 50 });
    let deadline!: Deadline;
    const aborted: unknown[] = [];
    const watch = (signal: AttemptSignal) => {
      signal.onabort = function (this: AttemptSignal) {
        aborted.push(this.reason);
      };
      return signal;
    };
    const calls = gate.run((d) => {
      deadline = d;
      const first = watch(d.attemptSignal());
      const retry = watch(d.attemptSignal());
      expect([first.aborted, retry.aborted]).toEqual([false, false]);
      return new Promise<never>(() => {});
    });
    await expect(calls).rejects.toBeInstanceOf(UpstreamDeadline);
    expect(deadline.expired).toBe(true);
    expect(aborted.map((reason) => (reason as DOMException).name)).toEqual(["TimeoutError", "TimeoutError"]);
    const late = deadline.attemptSignal();
    expect([late.aborted, (late.reason as DOMException).name]).toEqual([true, "TimeoutError"]);
  });

  it("passes other failures through and frees the slot", async () => {
    const gate = new UpstreamGate({ maxInflight: 1, queueTimeoutMs: 50, timeoutMs: 5_000 });
    const failure = new TypeError("bug");
    await expect(gate.run(async () => Promise.reject(failure))).rejects.toBe(failure);
    expect(await gate.run(async () => "ok")).toBe("ok");
  });

  it.each([[new UpstreamBusy("full")], [new UpstreamDeadline("late")]])("its refusal %s is a retryable UpstreamUnavailable", (error) => {
    expect(upstreamFault(error as unknown as SdkError)).toEqual({ code: "UpstreamUnavailable", retryable: true });
  });
});
