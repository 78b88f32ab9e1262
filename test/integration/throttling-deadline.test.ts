import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createAwsBackend } from "../../src/adapters/aws/aws-backend";
import { Deadline } from "../../src/adapters/aws/deadline";
import { DeadlineRetryStrategy } from "../../src/adapters/aws/deadline-retry-strategy";
import type { Backend } from "../../src/backend";
import { SimulatedAccount } from "../../src/simulation/account";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { type Emulator, startEmulator } from "../../src/simulation/wire/emulator";

/** Three attempts within 2 s: with the SDK's 1 s throttling backoff base, the deadline often falls in a backoff. */
const UPSTREAM = { timeoutMs: 2_000, attemptTimeoutMs: 1_000, maxAttempts: 3, maxInflight: 64, queueTimeoutMs: 1_000 };
const BROKER = DEFAULT_SEED.brokers[0]!.brokerId;
const THROTTLED = { ok: false, fault: { code: "UpstreamThrottled", retryAfterSeconds: 1, requestId: expect.any(String) } };

let n = 0;
const group = () => ({ userGroupId: `throttled-${++n}`, engine: "VALKEY" as const, userIds: ["app-default"] });
const user = () => ({
  brokerId: BROKER,
  username: `throttled-${++n}`,
  password: "a-password-of-16-chars",
  consoleAccess: false,
  groups: [],
  replicationUser: false,
});

describe("throttling that outlasts the retries, at the whole-call deadline (emulator)", () => {
  let account: SimulatedAccount;
  let emulator: Emulator;
  let backend: Backend;

  beforeAll(async () => {
    account = new SimulatedAccount(DEFAULT_SEED, "us-east-1");
    emulator = await startEmulator(account);
    const credentials = { accessKeyId: "test", secretAccessKey: "test" };
    backend = await createAwsBackend({ region: "us-east-1", upstream: UPSTREAM, emulator: { endpoint: emulator.url, credentials } });
    account.faults.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "throttling" } });
    account.faults.add({ operation: "mq:CreateUser", fault: { kind: "throttling" } });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => {
    await backend.close?.();
    await emulator.close();
  });

  it("answers UpstreamThrottled with its retry hint, never UpstreamUnavailable, for 20 calls", async () => {
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () => backend.userGroups.create(group())),
      ...Array.from({ length: 10 }, () => backend.brokerUsers.create(user())),
    ]);
    for (const result of results) {
      expect(result).toMatchObject(THROTTLED);
      expect(result.call?.attempts).toBeGreaterThanOrEqual(1);
      expect(result.call?.attempts).toBeLessThanOrEqual(UPSTREAM.maxAttempts);
    }
  });

  it("starts no backoff that would end after the deadline: at the largest jitter each call ends by itself after 2 attempts", async () => {
    // Backoffs of 1 s then 2 s: the second would end past the 2 s deadline, so it is not started.
    vi.spyOn(Math, "random").mockReturnValue(0.999);
    const expire = vi.spyOn(Deadline.prototype, "expire");
    const results = await Promise.all([backend.userGroups.create(group()), backend.userGroups.create(group()), backend.brokerUsers.create(user())]);
    for (const result of results) expect(result).toMatchObject({ ...THROTTLED, call: { attempts: 2 } });
    expect(expire, "the gate had to cut a call at its deadline").not.toHaveBeenCalled();
  });
});

type ErrorInfo = Parameters<DeadlineRetryStrategy["refreshRetryTokenForRetry"]>[1];

describe("DeadlineRetryStrategy", () => {
  afterEach(() => vi.restoreAllMocks());

  const throttledAttempt = (deadline?: Deadline): ErrorInfo => {
    const error = Object.assign(new Error("Rate exceeded"), { name: "Throttling", $metadata: { httpStatusCode: 400 } });
    deadline?.attemptFailed(error);
    return { error: error as ErrorInfo["error"], errorType: "THROTTLING" };
  };

  it("takes a retry whose backoff ends before the deadline, and leaves the wait to the SDK's retry middleware", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const strategy = new DeadlineRetryStrategy(3);
    const token = await strategy.refreshRetryTokenForRetry(await strategy.acquireInitialRetryToken(""), throttledAttempt(new Deadline(10_000)));
    expect([token.getRetryCount(), token.getRetryDelay()]).toEqual([1, 500]);
  });

  it("refuses a retry whose backoff would not end before the deadline, or once the deadline has passed", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const strategy = new DeadlineRetryStrategy(3);
    const first = await strategy.acquireInitialRetryToken("");
    await expect(strategy.refreshRetryTokenForRetry(first, throttledAttempt(new Deadline(400)))).rejects.toThrow(/deadline/);
    const passed = new Deadline(10_000);
    passed.expire(new Error("deadline"));
    await expect(strategy.refreshRetryTokenForRetry(first, throttledAttempt(passed))).rejects.toThrow(/deadline/);
  });

  it("is otherwise the SDK's standard strategy: no retry past maxAttempts, none for a client error", async () => {
    const strategy = new DeadlineRetryStrategy(2);
    const first = await strategy.acquireInitialRetryToken("");
    const second = await strategy.refreshRetryTokenForRetry(first, throttledAttempt());
    await expect(strategy.refreshRetryTokenForRetry(second, throttledAttempt())).rejects.toThrow();
    await expect(strategy.refreshRetryTokenForRetry(first, { error: new Error("bad") as ErrorInfo["error"], errorType: "CLIENT_ERROR" })).rejects.toThrow();
  });
});
