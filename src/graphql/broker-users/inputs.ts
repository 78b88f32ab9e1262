import { Field, InputType } from "type-graphql";
import type { CreateBrokerUserRequest } from "../../ports/broker-users";

@InputType("CreateBrokerUserInput")
export class CreateBrokerUserInput {
  @Field(() => String, { description: "The ActiveMQ broker's id." })
  brokerId!: string;

  @Field(() => String, { description: "2 to 100 letters, digits or - . _ ~. It reaches CloudWatch Logs: no secrets or personal data." })
  username!: string;

  @Field(() => String, {
    description: "At least 12 characters, at least 4 of them different, none of , : =. Never returned, logged or kept.",
  })
  password!: string;

  @Field(() => Boolean, { defaultValue: false, description: "Access to the ActiveMQ web console." })
  consoleAccess!: boolean;

  @Field(() => [String], { nullable: true, description: "At most 20 groups, each named like a username." })
  groups!: string[] | null;

  @Field(() => Boolean, { defaultValue: false, description: "A user for cross-region data replication; excludes consoleAccess." })
  replicationUser!: boolean;
}

export const toCreateBrokerUserRequest = (input: CreateBrokerUserInput): CreateBrokerUserRequest => ({
  brokerId: input.brokerId,
  username: input.username,
  password: input.password,
  consoleAccess: input.consoleAccess,
  groups: input.groups ?? [],
  replicationUser: input.replicationUser,
});
