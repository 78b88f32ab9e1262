import type { Backend } from "../../backend";
import { ControlPlane } from "./control-plane";
import { LocalBrokerUsers, LocalUserGroups } from "./local-ports";
import type { Seed } from "./seed";

/** The embedded backend: one simulated AWS account, kept in memory. */
export function createLocalBackend(seed: Seed, region: string): Backend & { readonly plane: ControlPlane } {
  const plane = new ControlPlane(seed, region);
  return {
    name: "local",
    region,
    plane,
    userGroups: new LocalUserGroups(plane),
    brokerUsers: new LocalBrokerUsers(plane),
    ready: async () => true,
    hints: seedHints(seed),
  };
}

/** The ids a seed holds, to print at start-up. */
export const seedHints = (seed: Seed): string[] => [
  `ElastiCache users: ${seed.users.map((u) => `${u.userId} (${u.engine}, user name ${u.userName})`).join(", ") || "none"}`,
  `Amazon MQ brokers: ${seed.brokers.map((b) => `${b.brokerId} (${b.engineType})`).join(", ") || "none"}`,
];
