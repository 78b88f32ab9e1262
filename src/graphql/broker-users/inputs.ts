import { Field, InputType } from "type-graphql";
import type { CreateBrokerUserRequest, UpdateBrokerUserRequest } from "../../ports/broker-users";
import { IdempotencyKeyField } from "../idempotency-members";

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

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

export const toCreateBrokerUserRequest = (input: CreateBrokerUserInput): CreateBrokerUserRequest => ({
  brokerId: input.brokerId,
  username: input.username,
  password: input.password,
  consoleAccess: input.consoleAccess,
  groups: input.groups ?? [],
  replicationUser: input.replicationUser,
});

@InputType("UpdateBrokerUserInput", { description: "The user to change and what to change; a field left out (or null) keeps its value." })
export class UpdateBrokerUserInput {
  @Field(() => String, { description: "The ActiveMQ broker's id." })
  brokerId!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String, {
    nullable: true,
    description: "A new password: at least 12 characters, at least 4 of them different, none of , : =. Never returned, logged or kept.",
  })
  password?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Access to the ActiveMQ web console." })
  consoleAccess?: boolean | null;

  @Field(() => [String], { nullable: true, description: "The user's groups, replacing the current ones: at most 20, each named like a username." })
  groups?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "A user for cross-region data replication; excludes consoleAccess." })
  replicationUser?: boolean | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType("DeleteBrokerUserInput")
export class DeleteBrokerUserInput {
  @Field(() => String, { description: "The ActiveMQ broker's id." })
  brokerId!: string;

  @Field(() => String)
  username!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

/** The update as the port takes it: null and left out alike mean "keep". */
export const toUpdateBrokerUserRequest = (input: UpdateBrokerUserInput): UpdateBrokerUserRequest => ({
  brokerId: input.brokerId,
  username: input.username,
  ...(input.password == null ? {} : { password: input.password }),
  ...(input.consoleAccess == null ? {} : { consoleAccess: input.consoleAccess }),
  ...(input.groups == null ? {} : { groups: input.groups }),
  ...(input.replicationUser == null ? {} : { replicationUser: input.replicationUser }),
});
