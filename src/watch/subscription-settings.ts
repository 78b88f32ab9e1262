/** How subscriptions watch AWS: what GATEWAY_SUBSCRIPTION_* configure (src/config.ts reads them). */
export interface SubscriptionSettings {
  /** Time between two polls of one watched resource, shared by all its subscribers. */
  readonly pollMs: number;
  /** A subscription completes after this long, whatever the state. */
  readonly maxSeconds: number;
  /** Open subscriptions one caller may have at a time. */
  readonly perCaller: number;
  /** Open subscriptions the process may have at a time (streams do not count as requests in flight). */
  readonly maxOpen: number;
}

export const DEFAULT_SUBSCRIPTION_SETTINGS: SubscriptionSettings = { pollMs: 2_000, maxSeconds: 900, perCaller: 10, maxOpen: 1_000 };
