import type { BrokerUser } from "../../ports/broker-users";
import type { UserGroup } from "../../ports/user-groups";
import { FaultScript, type AnswerFault, type Operation } from "./fault-script";
import type { Seed, SeedUser } from "./seed";

export interface SimulatedBroker {
  readonly engineType: "ACTIVEMQ" | "RABBITMQ";
  readonly users: Map<string, BrokerUser>;
}

/** The account ARNs carry in the simulation: a placeholder, never a real account. */
export const LOCAL_ACCOUNT_ID = "000000000000";

/**
 * The state of one simulated AWS account: ElastiCache users and user groups, Amazon MQ brokers and
 * their users, the role's denied actions, and scripted faults. The AWS rules that act on this state
 * live beside it (*-rules.ts), shared by its two faces: the local port adapters and the wire emulator.
 */
export class ControlPlane {
  readonly users: Map<string, SeedUser>;
  readonly userGroups = new Map<string, UserGroup>();
  readonly brokers: ReadonlyMap<string, SimulatedBroker>;
  readonly serviceLinkedRole: boolean;
  readonly latencyMs: number;
  private readonly deniedActions: ReadonlySet<string>;
  /** Scripted faults, for tests and demos. */
  readonly faults = new FaultScript();

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

  /**
   * Starts one call of `operation`: waits the simulated latency (the seed's, plus a scripted one), then
   * gives the scripted fault due for this call, if any, for the face to act out.
   */
  async begin(operation: Operation): Promise<AnswerFault | undefined> {
    const fault = this.faults.take(operation);
    const delay = this.latencyMs + (fault?.kind === "latency" ? fault.ms : 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return fault?.kind === "latency" ? undefined : fault;
  }
}

function seededBrokerUser(brokerId: string, username: string): BrokerUser {
  return { brokerId, username, consoleAccess: false, groups: [], replicationUser: false, pendingChange: "CREATE" };
}
