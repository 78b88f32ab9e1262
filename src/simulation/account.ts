import type { PendingChange } from "../ports/broker-users";
import type { BrokerState, DeploymentMode } from "../ports/brokers";
import type { UserGroup } from "../ports/user-groups";
import { userGroupRecord } from "./elasticache/user-group-lifecycle";
import { type AnswerFault, FaultScript, type Operation } from "./fault-script";
import type { Seed, SeedUser } from "./seed";

/** How simulated time passes: the clock, and how long a change to a user group takes to settle. */
export interface SimulationTime {
  /** CREATING and MODIFYING last this long before ACTIVE; DELETING this long before the group is gone. */
  readonly settleMs: number;
  /** Milliseconds since the epoch; tests give a clock they move themselves. */
  readonly now: () => number;
}

/** A few seconds, as a small change takes on AWS; GATEWAY_LOCAL_SETTLE_MS sets it. */
export const DEFAULT_SETTLE_MS = 3_000;

/** A user group as the account keeps it: what AWS describes, when its status last changed, and its place in listings. */
export interface StoredUserGroup extends UserGroup {
  readonly changedAt: number;
  readonly position: number;
}

/** A documented fault of an AWS operation, by its domain code, scripted for a call (for faults no state of the account brings about). */
export interface DocumentedFault {
  readonly code: string;
}

export interface SimulatedBroker {
  readonly brokerId: string;
  readonly brokerName: string;
  readonly engineType: "ACTIVEMQ" | "RABBITMQ";
  readonly state: BrokerState;
  readonly deploymentMode: DeploymentMode;
  readonly users: Map<string, SimulatedBrokerUser>;
}

/** What a broker user is configured with; the password is never kept. */
export interface BrokerUserSettings {
  readonly consoleAccess: boolean;
  readonly groups: readonly string[];
  readonly replicationUser: boolean;
}

/**
 * A broker user as Amazon MQ keeps it: what the broker runs now, and the change it applies at its next
 * reboot or maintenance window (none is simulated, so a change stays pending).
 */
export interface SimulatedBrokerUser {
  readonly username: string;
  /** Null while the user is pending creation. */
  readonly applied: BrokerUserSettings | null;
  readonly pending: { readonly change: PendingChange; readonly settings: BrokerUserSettings } | null;
}

/** The account ARNs carry in the simulation: a placeholder, never a real account. */
export const LOCAL_ACCOUNT_ID = "000000000000";

/** What AWS answers for an action the caller's IAM policy denies; no documented fault of the operation models it. */
export class AccessDenied extends Error {
  override readonly name = "AccessDenied";

  constructor(action: string) {
    super(`User: arn:aws:sts::${LOCAL_ACCOUNT_ID}:assumed-role/access-gateway/local is not authorized to perform: ${action}`);
  }
}

/**
 * One simulated AWS account: ElastiCache users and user groups, Amazon MQ brokers and their users, the
 * role's denied actions, and scripted faults. The AWS rules that act on it live in elasticache/ and mq/;
 * the local port adapters and the wire emulator both call them through simulateCall.
 */
export class SimulatedAccount {
  readonly users: Map<string, SeedUser>;
  /** By lower-case id; statuses move on lazily (elasticache/user-group-lifecycle.ts). */
  readonly userGroups = new Map<string, StoredUserGroup>();
  readonly brokers: ReadonlyMap<string, SimulatedBroker>;
  readonly serviceLinkedRole: boolean;
  readonly latencyMs: number;
  private readonly deniedActions: ReadonlySet<string>;
  /** Scripted faults, for tests and demos. */
  readonly faults = new FaultScript();
  /** Scripted documented AWS faults, such as an InvalidParameterCombination the gateway's own requests never cause. */
  readonly documentedFaults = new FaultScript<DocumentedFault>();
  readonly settleMs: number;
  readonly now: () => number;
  private positions = 0;

  constructor(
    seed: Seed,
    readonly region: string,
    time: Partial<SimulationTime> = {},
  ) {
    this.settleMs = time.settleMs ?? DEFAULT_SETTLE_MS;
    this.now = time.now ?? Date.now;
    this.users = new Map(seed.users.map((u) => [u.userId.toLowerCase(), u]));
    this.brokers = new Map(
      seed.brokers.map((b) => [
        b.brokerId,
        {
          brokerId: b.brokerId,
          brokerName: b.brokerName ?? b.brokerId,
          engineType: b.engineType,
          state: b.state ?? "RUNNING",
          deploymentMode: b.deploymentMode ?? "SINGLE_INSTANCE",
          users: new Map(b.usernames.map((username) => [username, seededBrokerUser(username)])),
        },
      ]),
    );
    this.serviceLinkedRole = seed.serviceLinkedRole;
    this.latencyMs = seed.latencyMs;
    this.deniedActions = new Set(seed.deniedActions);
    const engines = { redis: "REDIS", valkey: "VALKEY" } as const;
    for (const g of seed.userGroups) {
      const userGroupId = g.userGroupId.toLowerCase();
      const group = { userGroupId, engine: engines[g.engine], userIds: g.userIds.map((id) => id.toLowerCase()) };
      this.userGroups.set(userGroupId, { ...userGroupRecord(this, group), status: "ACTIVE" });
    }
  }

  /** The ARN of a resource of this account, e.g. arn("elasticache", "usergroup:app-group"). */
  arn(service: string, resource: string): string {
    return `arn:aws:${service}:${this.region}:${LOCAL_ACCOUNT_ID}:${resource}`;
  }

  /** The next place in listings: records are listed in the order they were made. */
  nextPosition(): number {
    return this.positions++;
  }

  isDenied(action: string): boolean {
    return this.deniedActions.has(action);
  }

  /** Throws AccessDenied when the role may not perform `action` (ElastiCache answers it outside the operation's faults). */
  allow(action: string): void {
    if (this.isDenied(action)) throw new AccessDenied(action);
  }

  /**
   * Starts one call of `operation`: waits the simulated latency (the seed's, plus a scripted one), then
   * gives the scripted fault due for this call, if any.
   */
  async begin(operation: Operation): Promise<AnswerFault | undefined> {
    const fault = this.faults.take(operation);
    const delay = this.latencyMs + (fault?.kind === "latency" ? fault.ms : 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return fault?.kind === "latency" ? undefined : fault;
  }
}

/** A seeded user is applied: the broker has rebooted since it was created. */
function seededBrokerUser(username: string): SimulatedBrokerUser {
  return { username, applied: { consoleAccess: false, groups: [], replicationUser: false }, pending: null };
}
