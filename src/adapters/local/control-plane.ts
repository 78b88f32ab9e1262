import type { BrokerUser } from "../../ports/broker-users";
import type { UpstreamFault } from "../../ports/result";
import type { UserGroup } from "../../ports/user-groups";
import type { Seed, SeedUser } from "./seed";

export type Operation = "CreateUserGroup" | "CreateUser";

/** Faults the simulated AWS can be told to answer, as a test or a demo would script them. */
export type InjectedFault = { readonly kind: "throttling" } | { readonly kind: "unavailable" };

export interface SimulatedBroker {
  readonly engineType: "ACTIVEMQ" | "RABBITMQ";
  readonly users: Map<string, BrokerUser>;
}

/** The account ARNs carry in the simulation: a placeholder, never a real account. */
export const LOCAL_ACCOUNT_ID = "000000000000";

/**
 * The state of one simulated AWS account: ElastiCache users and user groups, Amazon MQ brokers and
 * their users, the role's denied actions, and scripted faults. The AWS rules that act on this state
 * live in the local port adapters beside this file.
 */
export class ControlPlane {
  readonly users: ReadonlyMap<string, SeedUser>;
  readonly userGroups = new Map<string, UserGroup>();
  readonly brokers: ReadonlyMap<string, SimulatedBroker>;
  readonly serviceLinkedRole: boolean;
  readonly latencyMs: number;
  private readonly deniedActions: ReadonlySet<string>;
  private readonly scripted: { operation: Operation; fault: InjectedFault; remaining: number }[] = [];

  constructor(
    seed: Seed,
    readonly region: string,
  ) {
    this.users = new Map(seed.users.map((u) => [u.userId.toLowerCase(), u]));
    this.brokers = new Map(
      seed.brokers.map((b) => [
        b.brokerId,
        {
          engineType: b.engineType,
          users: new Map(b.usernames.map((username) => [username, seededBrokerUser(b.brokerId, username)])),
        },
      ]),
    );
    this.serviceLinkedRole = seed.serviceLinkedRole;
    this.latencyMs = seed.latencyMs;
    this.deniedActions = new Set(seed.deniedActions);
  }

  isDenied(action: string): boolean {
    return this.deniedActions.has(action);
  }

  /** The next `times` calls of `operation` answer `fault` instead of acting. */
  injectFault(operation: Operation, fault: InjectedFault, times = 1): void {
    this.scripted.push({ operation, fault, remaining: times });
  }

  /**
   * Starts one call of `operation`: waits the simulated latency, then answers the scripted fault due
   * for this call, if any, as the SDK would report it.
   */
  async begin(operation: Operation, requestId: string): Promise<UpstreamFault | undefined> {
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const entry = this.scripted.find((s) => s.operation === operation && s.remaining > 0);
    if (!entry) return undefined;
    entry.remaining -= 1;
    return entry.fault.kind === "throttling"
      ? { code: "UpstreamThrottled", retryAfterSeconds: 1, requestId }
      : { code: "UpstreamUnavailable", retryable: true, requestId };
  }
}

function seededBrokerUser(brokerId: string, username: string): BrokerUser {
  return { brokerId, username, consoleAccess: false, groups: [], replicationUser: false, pendingChange: "CREATE" };
}
