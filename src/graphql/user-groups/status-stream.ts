import type { PubSub } from "type-graphql";
import type { Result } from "../../ports/result";
import type { DescribeUserGroupsFault, UserGroups, UserGroup as UserGroupValue } from "../../ports/user-groups";
import { validateUserGroupId } from "../../validation/user-group-input";
import { EventQueue } from "../../watch/event-queue";
import { type EndSubscription, LocalOpenSubscriptions, type OpenSubscriptions } from "../../watch/open-subscriptions";
import { SharedPoll } from "../../watch/shared-poll";
import type { SubscriptionSettings } from "../../watch/subscription-settings";
import type { CallRunner } from "../call-runner";
import type { CallRecord, GatewayContext } from "../context";
import { InputValidationError } from "../input-validation-error";
import { RateLimited } from "../rate-limited";
import { describeUserGroupFaultMember, type UserGroupResult } from "./result";
import { UserGroup } from "./types";

export const USER_GROUP_STATUS_TOPIC = "userGroupStatus";
const FIELD = "userGroupStatus";

/** The longest wait between polls while AWS throttles or fails: a state a minute old still helps a watcher. */
const MAX_BACKOFF_MS = 60_000;

/** What the subscription asks for: TypeGraphQL hands it over as the topic's dynamic id. */
export interface StatusRequest {
  readonly userGroupId: string;
  readonly context: GatewayContext;
}

/** A poll that threw (a bug, not an AWS fault): the resolver throws it, so it is answered masked. */
export class PollFailed {
  constructor(readonly error: unknown) {}
}

/** One event of a subscription: a member of UserGroupResult, or a failed poll. */
export type StatusEvent = UserGroupResult | PollFailed;

interface Polled {
  readonly result: Result<UserGroupValue, DescribeUserGroupsFault>;
  readonly member: UserGroupResult;
  readonly record: CallRecord;
}

/** Only a change is news: a group's whole description, or a fault's code (request ids differ each time). */
const sameState = (a: Polled, b: Polled): boolean =>
  a.result.ok && b.result.ok
    ? JSON.stringify(a.result.value) === JSON.stringify(b.result.value)
    : !a.result.ok && !b.result.ok && a.result.fault.code === b.result.fault.code;

/** The state a watch ends with: ACTIVE, or a fault that polling again will not change (the group is gone). */
function isFinal({ result }: Polled): boolean {
  if (result.ok) return result.value.status === "ACTIVE";
  return result.fault.code !== "UpstreamThrottled" && result.fault.code !== "UpstreamUnavailable";
}

function troubleMs({ result }: Polled): number | undefined {
  if (result.ok) return undefined;
  if (result.fault.code === "UpstreamThrottled") return result.fault.retryAfterSeconds * 1000;
  return result.fault.code === "UpstreamUnavailable" ? 0 : undefined;
}

/**
 * The events of `userGroupStatus` subscriptions, as TypeGraphQL's PubSub for their one topic: nothing is
 * published, each subscription watches a shared poll of DescribeUserGroups. A subscription is refused
 * with one event (then completes) for a bad id, a gateway or a caller with too many open subscriptions, or
 * a caller out of rate limit (one token per subscription: the polls are the gateway's own). Each poll is a
 * call the observer sees; the subscription's last event is its outcome in the operation log.
 */
export class UserGroupStatusStreams implements PubSub {
  private readonly poll: SharedPoll<string, Polled>;
  private openInAll = 0;

  /** @param callers each caller's open subscriptions: this process's count unless given (a shared one) */
  constructor(
    userGroups: UserGroups,
    private readonly runner: CallRunner,
    private readonly settings: SubscriptionSettings,
    private readonly callers: OpenSubscriptions = new LocalOpenSubscriptions(settings.perCaller),
  ) {
    const poll = (userGroupId: string): Promise<Polled> =>
      runner.call({ field: FIELD, call: () => userGroups.get(userGroupId), success: UserGroup.of, fault: describeUserGroupFaultMember });
    this.poll = new SharedPoll(poll, { intervalMs: settings.pollMs, maxBackoffMs: MAX_BACKOFF_MS, same: sameState, trouble: troubleMs });
  }

  publish(): void {
    throw new Error("User group states are polled from AWS; nothing publishes them.");
  }

  subscribe(_topic: string, request: unknown): AsyncIterable<StatusEvent> {
    return deferred(() => this.admit(request as StatusRequest));
  }

  private async admit({ userGroupId, context }: StatusRequest): Promise<AsyncIterable<StatusEvent>> {
    const caller = context.identity?.id ?? "anonymous";
    const violations = validateUserGroupId(["userGroupId"], userGroupId);
    if (violations.length > 0) return once(this.runner.record(context, FIELD, InputValidationError.of(violations)));
    // An open subscription ends no sooner than its next poll.
    const retryAfterSeconds = Math.max(1, Math.ceil(this.settings.pollMs / 1000));
    if (this.openInAll >= this.settings.maxOpen) {
      return once(this.runner.record(context, FIELD, RateLimited.openSubscriptions(this.settings.maxOpen, retryAfterSeconds, "gateway")));
    }
    // Held from here, so that admissions waiting on the caller's count or rate limit cannot pass the cap.
    this.openInAll += 1;
    const endCaller = await this.callers.open(caller);
    if (!endCaller) {
      this.openInAll -= 1;
      return once(this.runner.record(context, FIELD, RateLimited.openSubscriptions(this.callers.cap, retryAfterSeconds, "caller")));
    }
    const end = () => {
      endCaller();
      this.openInAll -= 1;
    };
    const limited = await this.runner.limit(context, FIELD).catch((error: unknown) => {
      end();
      throw error;
    });
    if (limited) {
      end();
      return once(limited);
    }
    // AWS stores ids in lower case: watchers of one group share its poll however they spell it.
    return this.watch(userGroupId.toLowerCase(), end, context);
  }

  /** @param counted ends what counted the subscription (the caps) */
  private watch(userGroupId: string, counted: EndSubscription, context: GatewayContext): EventQueue<StatusEvent> {
    const outcome = (record: CallRecord) => context.calls.splice(0, context.calls.length, record);
    let stop: () => void = () => {};
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      stop();
      clearTimeout(timer);
      counted();
      events.end();
    };
    const events = new EventQueue<StatusEvent>(end);
    const timer = setTimeout(end, this.settings.maxSeconds * 1000);
    stop = this.poll.watch(userGroupId, {
      next: (polled) => {
        outcome(polled.record);
        events.push(polled.member);
        if (isFinal(polled)) end();
      },
      fail: (error) => {
        outcome({ field: FIELD, outcome: "INTERNAL_SERVER_ERROR" });
        events.push(new PollFailed(error));
        end();
      },
    });
    return events;
  }
}

/**
 * A stream that exists once `open` resolves, opened when first read. Not an async generator: its
 * `return` waits for a pending `next`, and a client that leaves must end the watch at once.
 */
function deferred<T>(open: () => Promise<AsyncIterable<T>>): AsyncIterableIterator<T> {
  let inner: Promise<AsyncIterator<T>> | undefined;
  const start = () => {
    inner ??= open().then((stream) => stream[Symbol.asyncIterator]());
    return inner;
  };
  return {
    next: async () => (await start()).next(),
    return: async () => {
      const stream = await start();
      return (await stream.return?.()) ?? { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

function once(member: UserGroupResult): EventQueue<StatusEvent> {
  const events = new EventQueue<StatusEvent>();
  events.push(member);
  events.end();
  return events;
}
