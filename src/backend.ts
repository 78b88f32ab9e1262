import type { BrokerUsers } from "./ports/broker-users";
import type { UserGroups } from "./ports/user-groups";

export type BackendName = "local" | "aws" | "emulator";

/** The ports a backend provides, and what the gateway says about itself. */
export interface Backend {
  readonly name: BackendName;
  readonly region: string;
  readonly userGroups: UserGroups;
  readonly brokerUsers: BrokerUsers;
  /** Lines worth printing at start-up, such as the ids there are to try. */
  readonly hints: readonly string[];
  /** Whether calls can be made now (for AWS: credentials resolve). */
  ready(): Promise<boolean>;
  /** Releases what the backend holds (the emulator's server); called when the gateway closes. */
  close?(): Promise<void>;
}
