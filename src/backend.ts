import type { BrokerUsers } from "./ports/broker-users";
import type { Brokers } from "./ports/brokers";
import type { CacheUsers } from "./ports/cache-users";
import type { UserGroups } from "./ports/user-groups";

export type BackendName = "local" | "aws" | "emulator";

/** Ready, or why not: `reason` is for /readyz, `cause` (a short error name, never a message) for the log. */
export type Readiness = true | { readonly reason: string; readonly cause?: string };

/** The ports a backend provides, and what the gateway says about itself. */
export interface Backend {
  readonly name: BackendName;
  readonly region: string;
  readonly cacheUsers: CacheUsers;
  readonly userGroups: UserGroups;
  readonly brokers: Brokers;
  readonly brokerUsers: BrokerUsers;
  /** Lines worth printing at start-up, such as the ids there are to try. */
  readonly hints: readonly string[];
  /** Whether calls can be made now (for AWS: credentials resolve), and if not, why. */
  ready(): Promise<Readiness>;
  /** Releases what the backend holds (the emulator's server); called when the gateway closes. */
  close?(): Promise<void>;
}
