import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { BrokerUser as BrokerUserValue, PendingChange } from "../../ports/broker-users";
import { connectionType } from "../connection";

export const BrokerUserPendingChange = { CREATE: "CREATE", UPDATE: "UPDATE", DELETE: "DELETE" } as const satisfies Record<PendingChange, PendingChange>;
registerEnumType(BrokerUserPendingChange, {
  name: "BrokerUserPendingChange",
  description: "A change Amazon MQ applies when the broker reboots or at its maintenance window.",
  valuesConfig: {
    CREATE: { description: "The user exists on the broker only after its next reboot or maintenance window." },
    UPDATE: { description: "The new values (and password) take effect at the broker's next reboot or maintenance window." },
    DELETE: { description: "The user is removed at the broker's next reboot or maintenance window." },
  },
});

@ObjectType("BrokerUserPending", { description: "What a broker user will be once its pending change is applied, as AWS reports it." })
export class BrokerUserPending {
  @Field(() => Boolean, { nullable: true })
  consoleAccess!: boolean | null;

  @Field(() => [String])
  groups!: string[];

  @Field(() => BrokerUserPendingChange, { nullable: true, description: "Null for a change this gateway does not know." })
  pendingChange!: PendingChange | null;
}

@ObjectType("BrokerUser", { description: "An Amazon MQ broker user, as AWS describes it. The password is never part of it." })
export class BrokerUser {
  @Field(() => String)
  brokerId!: string;

  @Field(() => String)
  username!: string;

  @Field(() => Boolean, { nullable: true, description: "Access to the ActiveMQ web console, as the broker runs the user now." })
  consoleAccess!: boolean | null;

  @Field(() => [String], { description: "The user's groups, as the broker runs the user now." })
  groups!: string[];

  @Field(() => Boolean, { nullable: true })
  replicationUser!: boolean | null;

  @Field(() => BrokerUserPending, { nullable: true, description: "The change waiting for the broker's next reboot; null when none is." })
  pending!: BrokerUserPending | null;

  @Field(() => BrokerUserPendingChange, { nullable: true, description: "pending.pendingChange: null when nothing is pending." })
  pendingChange!: PendingChange | null;

  /** A class instance, so that a result union can tell it from its other members. */
  static of(value: BrokerUserValue): BrokerUser {
    const pending = value.pending && Object.assign(new BrokerUserPending(), { ...value.pending, groups: [...value.pending.groups] });
    return Object.assign(new BrokerUser(), { ...value, groups: [...value.groups], pending, pendingChange: pending?.pendingChange ?? null });
  }
}

@ObjectType("BrokerUserSummary", { description: "A broker user as AWS lists it." })
export class BrokerUserSummary {
  @Field(() => String)
  username!: string;

  @Field(() => BrokerUserPendingChange, { nullable: true, description: "Null when nothing is pending." })
  pendingChange!: PendingChange | null;
}

export const BrokerUserConnection = connectionType("BrokerUserConnection", BrokerUserSummary, "A page of a broker's users, ordered as AWS lists them.");
