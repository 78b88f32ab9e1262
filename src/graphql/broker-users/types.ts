import { Field, ObjectType, registerEnumType } from "type-graphql";

export const BrokerUserPendingChange = { CREATE: "CREATE" } as const;
registerEnumType(BrokerUserPendingChange, {
  name: "BrokerUserPendingChange",
  description: "A change Amazon MQ applies when the broker reboots or at its maintenance window.",
});

@ObjectType("BrokerUser", { description: "An Amazon MQ broker user. The password is never part of it." })
export class BrokerUser {
  @Field(() => String)
  brokerId!: string;

  @Field(() => String)
  username!: string;

  @Field(() => Boolean)
  consoleAccess!: boolean;

  @Field(() => [String])
  groups!: string[];

  @Field(() => Boolean)
  replicationUser!: boolean;

  @Field(() => BrokerUserPendingChange, {
    description: "CREATE: the user exists on the broker only after its next reboot or maintenance window.",
  })
  pendingChange!: "CREATE";
}
