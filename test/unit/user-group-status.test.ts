import { type ExecutionResult, parse, subscribe } from "graphql";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Identity } from "../../src/auth/identity";
import type { CallerLimit, UpstreamObserver } from "../../src/graphql/call-runner";
import type { CallRecord, GatewayContext } from "../../src/graphql/context";
import { buildGatewaySchema } from "../../src/graphql/schema";
import { AWS_SCOPES } from "../../src/operations";
import { CallerRateLimit } from "../../src/shared-state/caller-rate-limit";
import { LocalOpenSubscriptions, type OpenSubscriptions } from "../../src/watch/open-subscriptions";
import type { SubscriptionSettings } from "../../src/watch/subscription-settings";
import { type Step, scriptedGet } from "../fixtures/scripted-user-group";
import { stubBackend } from "../fixtures/stub-backend";

const POLL_MS = 1_000;
const SETTINGS: SubscriptionSettings = { pollMs: POLL_MS, maxSeconds: 60, perCaller: 3, maxOpen: 100 };

const DOCUMENT = parse(/* GraphQL */ `
  subscription Watch($id: String!) {
    userGroupStatus(userGroupId: $id) {
      __typename
      ... on UserGroup { status }
      ... on InputValidationError { violations { path constraint } }
      ... on RateLimited { retryAfterSeconds }
      ... on UpstreamThrottled { retryAfterSeconds }
      ... on Error { message }
    }
  }
`);

const identity = (id: string, scopes: readonly string[] = AWS_SCOPES): Identity => ({ id, kind: "api-key", scopes: new Set(scopes) });

/** The schema over a scripted `userGroups.get`, with an observer that counts AWS calls. */
async function gateway(steps: Step[], settings: SubscriptionSettings = SETTINGS, limiter?: CallerLimit, openSubscriptions?: OpenSubscriptions) {
  const port = scriptedGet(...steps);
  const observed: CallRecord[] = [];
  const observer: UpstreamObserver = { began: () => {}, ended: (record) => void observed.push(record) };
  const backend = stubBackend({ userGroups: { get: port.get } });
  const schema = await buildGatewaySchema(backend, "test", { limiter, observer, subscriptions: settings, openSubscriptions });

  /** Subscribes; `events` fills as they come, `done` resolves when the subscription completes. */
  const watch = async (id: string, who: Identity | "nobody" = identity("app")) => {
    const context: GatewayContext = { identity: who === "nobody" ? undefined : who, calls: [] };
    const stream = await subscribe({ schema, document: DOCUMENT, variableValues: { id }, contextValue: context });
    const events: ExecutionResult[] = [];
    if (!(Symbol.asyncIterator in stream)) return { context, events: [stream], done: Promise.resolve(), stop: async () => {} };
    const done = (async () => {
      for await (const event of stream) events.push(event);
    })();
    return { context, events, done, stop: async () => void (await stream.return?.()) };
  };
  return { port, observed, watch };
}

/** Each event's member (undefined for an event with errors only). */
const member = (event: ExecutionResult) => event.data?.userGroupStatus as { __typename: string; status?: string } | undefined;
const typenames = (events: ExecutionResult[]) => events.map((e) => member(e)?.__typename);
/** Each event as the group's status, or the member's type name. */
const statuses = (events: ExecutionResult[]) => events.map((e) => member(e)?.status ?? member(e)?.__typename);

describe("userGroupStatus", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sends the state at once, then each change, and completes after ACTIVE", async () => {
    const { port, watch } = await gateway(["CREATING", "CREATING", "CREATING", "ACTIVE", "MODIFYING"]);
    const w = await watch("my-group");
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses(w.events)).toEqual(["CREATING"]);
    await vi.advanceTimersByTimeAsync(3 * POLL_MS);
    await w.done;
    expect(statuses(w.events)).toEqual(["CREATING", "ACTIVE"]);
    expect(w.context.calls).toEqual([{ field: "userGroupStatus", outcome: "UserGroup", awsRequestId: "req-4", attempts: 1 }]);
    await vi.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(port.calls).toHaveLength(4);
  });

  it("completes with UserGroupNotFound once a deletion ends", async () => {
    const { watch } = await gateway(["DELETING", "DELETING", { code: "UserGroupNotFound", requestId: "r" }]);
    const w = await watch("my-group");
    await vi.advanceTimersByTimeAsync(2 * POLL_MS);
    await w.done;
    expect(statuses(w.events)).toEqual(["DELETING", "UserGroupNotFound"]);
    expect(w.context.calls[0]).toMatchObject({ outcome: "UserGroupNotFound" });
  });

  it("polls once per interval for 50 subscribers of one group, and stops when they leave", async () => {
    const { port, observed, watch } = await gateway(["MODIFYING"], { ...SETTINGS, perCaller: 50 });
    const watchers = await Promise.all(Array.from({ length: 50 }, () => watch("shared-group")));
    await vi.advanceTimersByTimeAsync(5 * POLL_MS);
    expect(port.calls).toHaveLength(6);
    expect(observed).toHaveLength(6);
    expect(observed.every((r) => r.field === "userGroupStatus" && r.outcome === "UserGroup")).toBe(true);
    for (const w of watchers) expect(statuses(w.events)).toEqual(["MODIFYING"]);
    await Promise.all(watchers.map((w) => w.stop()));
    await Promise.all(watchers.map((w) => w.done));
    await vi.advanceTimersByTimeAsync(5 * POLL_MS);
    expect(port.calls).toHaveLength(6);
  });

  it("completes after the longest subscription time", async () => {
    const { port, watch } = await gateway(["MODIFYING"], { ...SETTINGS, maxSeconds: 5 });
    const w = await watch("my-group");
    let completed = false;
    void w.done.then(() => (completed = true));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(completed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(completed).toBe(true);
    expect(statuses(w.events)).toEqual(["MODIFYING"]);
    const polls = port.calls.length;
    await vi.advanceTimersByTimeAsync(5 * POLL_MS);
    expect(port.calls).toHaveLength(polls);
  });

  it("answers a bad id with one InputValidationError, without a call", async () => {
    const { port, watch } = await gateway(["ACTIVE"]);
    const w = await watch("9-not-an-id");
    await w.done;
    expect(w.events.map((e) => e.data?.userGroupStatus)).toEqual([
      expect.objectContaining({ __typename: "InputValidationError", violations: [{ path: ["userGroupId"], constraint: "PATTERN" }] }),
    ]);
    expect(w.context.calls).toEqual([{ field: "userGroupStatus", outcome: "InputValidationError" }]);
    expect(port.calls).toEqual([]);
  });

  it("refuses a caller's subscription over its cap with one RateLimited that says why; others and later ones pass", async () => {
    const { watch } = await gateway(["MODIFYING"], { ...SETTINGS, perCaller: 2 });
    const first = await watch("g1");
    await watch("g2");
    const third = await watch("g3");
    await third.done;
    expect(third.events.map((e) => e.data?.userGroupStatus)).toEqual([
      expect.objectContaining({ __typename: "RateLimited", retryAfterSeconds: 1, message: expect.stringContaining("2 open subscriptions") }),
    ]);
    const other = await watch("g3", identity("other"));
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses(other.events)).toEqual(["MODIFYING"]);
    await first.stop();
    const fourth = await watch("g3");
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses(fourth.events)).toEqual(["MODIFYING"]);
  });

  it("shares one poll among the spellings of a group id (AWS stores ids in lower case)", async () => {
    const { port, watch } = await gateway(["MODIFYING"]);
    const watchers = [await watch("Shared-Group"), await watch("shared-group"), await watch("SHARED-GROUP")];
    await vi.advanceTimersByTimeAsync(2 * POLL_MS);
    expect(port.calls).toHaveLength(3);
    for (const w of watchers) expect(statuses(w.events)).toEqual(["MODIFYING"]);
    await Promise.all(watchers.map((w) => w.stop()));
  });

  it("refuses a subscription over the gateway's cap of open ones, whoever asks; one that ends makes room", async () => {
    const { watch } = await gateway(["MODIFYING"], { ...SETTINGS, maxOpen: 2 });
    const first = await watch("g1", identity("a"));
    await watch("g2", identity("b"));
    const third = await watch("g3", identity("c"));
    await third.done;
    expect(third.events.map((e) => e.data?.userGroupStatus)).toEqual([
      expect.objectContaining({ __typename: "RateLimited", message: expect.stringContaining("The gateway has 2 open subscriptions") }),
    ]);
    await first.stop();
    const fourth = await watch("g3", identity("c"));
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses(fourth.events)).toEqual(["MODIFYING"]);
  });

  it("takes one token of the caller's rate limit per subscription, none per poll", async () => {
    const { watch } = await gateway(["MODIFYING"], SETTINGS, new CallerRateLimit({ perMinute: 1, burst: 1 }));
    const first = await watch("g1");
    await vi.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(statuses(first.events)).toEqual(["MODIFYING"]);
    const second = await watch("g2");
    await second.done;
    expect(typenames(second.events)).toEqual(["RateLimited"]);
    expect(second.context.calls).toEqual([{ field: "userGroupStatus", outcome: "RateLimited" }]);
  });

  it("a subscription the rate limit refuses leaves no place taken under the caps", async () => {
    const answers = [5, 5, 0];
    const { watch } = await gateway(["MODIFYING"], { ...SETTINGS, perCaller: 1, maxOpen: 1 }, { take: async () => answers.shift() ?? 0 });
    for (const id of ["g1", "g2"]) {
      const refused = await watch(id);
      await refused.done;
      expect(typenames(refused.events)).toEqual(["RateLimited"]);
      expect(refused.events[0]?.data?.userGroupStatus).toMatchObject({ retryAfterSeconds: 5 });
    }
    const open = await watch("g3");
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses(open.events)).toEqual(["MODIFYING"]);
    await open.stop();
  });

  it("holds a place under the gateway's cap while the rate limit answers: two at once for the last place, one is refused", async () => {
    let answer: (wait: number) => void = () => {};
    const slow: CallerLimit = { take: () => new Promise<number>((resolve) => (answer = resolve)) };
    const { watch } = await gateway(["MODIFYING"], { ...SETTINGS, maxOpen: 1 }, slow);
    const first = await watch("g1", identity("a"));
    await vi.advanceTimersByTimeAsync(0);
    const second = await watch("g2", identity("b"));
    await second.done;
    expect(second.events.map((e) => e.data?.userGroupStatus)).toEqual([
      expect.objectContaining({ __typename: "RateLimited", message: expect.stringContaining("The gateway has 1 open subscriptions") }),
    ]);
    answer(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses(first.events)).toEqual(["MODIFYING"]);
    await first.stop();
  });

  it("caps a caller across gateways that share one count of open subscriptions, as replicas share Redis's", async () => {
    const shared = new LocalOpenSubscriptions(2);
    const one = await gateway(["MODIFYING"], SETTINGS, undefined, shared);
    const two = await gateway(["MODIFYING"], SETTINGS, undefined, shared);
    const first = await one.watch("g1");
    await two.watch("g2");
    const third = await one.watch("g3");
    await third.done;
    expect(third.events.map((e) => e.data?.userGroupStatus)).toEqual([
      expect.objectContaining({ __typename: "RateLimited", message: expect.stringContaining("2 open subscriptions") }),
    ]);
    await first.stop();
    const fourth = await two.watch("g3");
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses(fourth.events)).toEqual(["MODIFYING"]);
  });

  it("sends UpstreamThrottled once, backs off, and goes on with the next state", async () => {
    const throttled = { code: "UpstreamThrottled", retryAfterSeconds: 4 } as const;
    const { port, watch } = await gateway(["MODIFYING", throttled, throttled, "MODIFYING", "ACTIVE"]);
    const w = await watch("my-group");
    await vi.advanceTimersByTimeAsync(POLL_MS + 4_000 + 4_000 + POLL_MS);
    await w.done;
    expect(statuses(w.events)).toEqual(["MODIFYING", "UpstreamThrottled", "MODIFYING", "ACTIVE"]);
    expect(port.calls).toHaveLength(5);
  });

  it("answers a poll that throws with a field error (the transport masks it) and completes", async () => {
    const { watch } = await gateway(["MODIFYING", new Error("not implemented")]);
    const w = await watch("my-group");
    await vi.advanceTimersByTimeAsync(POLL_MS);
    await w.done;
    expect(w.events).toHaveLength(2);
    expect(w.events[1]!.data).toBeNull();
    expect(w.events[1]!.errors?.[0]?.message).toBe("not implemented");
    expect(w.context.calls).toEqual([{ field: "userGroupStatus", outcome: "INTERNAL_SERVER_ERROR" }]);
  });

  it("needs the scope: FORBIDDEN without it, UNAUTHENTICATED without an identity; no call either way", async () => {
    const { port, watch } = await gateway(["ACTIVE"]);
    const forbidden = await watch("my-group", identity("app", ["elasticache:CreateUserGroup"]));
    expect(forbidden.events[0]!.errors?.map((e) => e.extensions.code)).toEqual(["FORBIDDEN"]);
    const anonymous = await watch("my-group", "nobody");
    expect(anonymous.events[0]!.errors?.map((e) => e.extensions.code)).toEqual(["UNAUTHENTICATED"]);
    expect(port.calls).toEqual([]);
  });
});
