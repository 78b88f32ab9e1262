import { CreateUserCommand, MqClient } from "@aws-sdk/client-mq";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { awsCallBudget } from "../../src/adapters/aws/aws-call-budget";
import { MqBrokerUsers } from "../../src/adapters/aws/mq-broker-users";
import { UpstreamBusy, UpstreamGate } from "../../src/adapters/aws/upstream-gate";
import type { CreateBrokerUserRequest } from "../../src/ports/broker-users";

const client = new MqClient({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "y" } });
const mock = mockClient(client);

const request = (username: string): CreateBrokerUserRequest => ({
  brokerId: "b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9",
  username,
  password: "Tr0ub4dor&3-horse",
  consoleAccess: false,
  groups: [],
  replicationUser: false,
});

/** Broker users over a gate with a per-process budget of `perSecond` MQ calls. */
const budgeted = (perSecond: number, queueTimeoutMs: number) =>
  new MqBrokerUsers(client, new UpstreamGate({ maxInflight: 10, queueTimeoutMs, timeoutMs: 5_000 }, awsCallBudget("mq", "us-east-1", perSecond)));

beforeEach(() => {
  mock.reset();
  mock.on(CreateUserCommand).resolves({});
  // The budget's windows and waits, the limiter's clock and the gate's timers all run on the fake clock.
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date", "performance"] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the account-wide AWS call budget (in memory)", () => {
  it("is off at 0: no budget is built", () => {
    expect(awsCallBudget("mq", "us-east-1", 0)).toBeUndefined();
  });

  it("sends the calls within the second's budget at once", async () => {
    const users = budgeted(3, 1_000);
    const results = await Promise.all(["a", "b", "c"].map((name) => users.create(request(name))));
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(mock.commandCalls(CreateUserCommand)).toHaveLength(3);
  });

  it("holds a call over budget until the next second, then sends it", async () => {
    const users = budgeted(2, 1_500);
    const results = ["a", "b", "c"].map((name) => users.create(request(name)));
    await vi.advanceTimersByTimeAsync(0);
    expect(mock.commandCalls(CreateUserCommand).map((call) => call.args[0].input.Username)).toEqual(["a", "b"]);
    await vi.advanceTimersByTimeAsync(999);
    expect(mock.commandCalls(CreateUserCommand)).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect((await Promise.all(results)).map((r) => r.ok)).toEqual([true, true, true]);
    expect(mock.commandCalls(CreateUserCommand).map((call) => call.args[0].input.Username)).toEqual(["a", "b", "c"]);
  });

  it("answers UpstreamThrottled without calling AWS when no token comes within the wait", async () => {
    const users = budgeted(2, 500);
    const results = await Promise.all(["a", "b", "c"].map((name) => users.create(request(name))));
    expect(results.slice(0, 2).map((r) => r.ok)).toEqual([true, true]);
    expect(results[2]).toEqual({ ok: false, fault: { code: "UpstreamThrottled", retryAfterSeconds: 1 }, call: { requestId: undefined, attempts: 0 } });
    expect(mock.commandCalls(CreateUserCommand)).toHaveLength(2);
  });

  it("leaves the next second's budget whole after a refusal", async () => {
    const users = budgeted(1, 500);
    expect((await users.create(request("a"))).ok).toBe(true);
    expect((await users.create(request("b"))).ok).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await users.create(request("c"))).ok).toBe(true);
    expect(mock.commandCalls(CreateUserCommand).map((call) => call.args[0].input.Username)).toEqual(["a", "c"]);
  });

  it("counts the time waited for a token against the wait for a slot", async () => {
    const gate = new UpstreamGate({ maxInflight: 1, queueTimeoutMs: 1_500, timeoutMs: 60_000 }, awsCallBudget("mq", "us-east-1", 1));
    let finish!: () => void;
    const first = gate.run(() => new Promise<void>((resolve) => (finish = resolve)));
    let sent = false;
    let outcome: unknown;
    const second = gate.run(async () => (sent = true)).catch((error: unknown) => (outcome = error));
    // Its token comes at 1,000 ms; the slot it then waits for is still taken when 1,500 ms have passed in all.
    await vi.advanceTimersByTimeAsync(1_499);
    expect(outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await second;
    expect(outcome).toBeInstanceOf(UpstreamBusy);
    expect(sent).toBe(false);
    finish();
    await first;
  });
});
