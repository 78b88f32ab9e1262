import { Field, InputType } from "type-graphql";
import type { CreateUserGroupRequest, ModifyUserGroupRequest } from "../../ports/user-groups";
import { IdempotencyKeyField } from "../idempotency-members";
import { Engine } from "./types";

@InputType("TagInput")
export class TagInput {
  @Field(() => String, { description: "1 to 128 characters; must not start with aws:." })
  key!: string;

  @Field(() => String, { nullable: true, description: "0 to 256 characters, or null." })
  value!: string | null;
}

@InputType("CreateUserGroupInput")
export class CreateUserGroupInput {
  @Field(() => String, { description: "Starts with a letter; letters, digits and hyphens. AWS stores it in lower case." })
  userGroupId!: string;

  @Field(() => Engine)
  engine!: Engine;

  @Field(() => [String], {
    nullable: true,
    description: 'Existing ElastiCache user ids, at least one when given; one of them must have the user name "default".',
  })
  userIds!: string[] | null;

  @Field(() => [TagInput], { nullable: true, description: "At most 50 tags per resource." })
  tags!: TagInput[] | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

export const toCreateUserGroupRequest = (input: CreateUserGroupInput): CreateUserGroupRequest => ({
  userGroupId: input.userGroupId,
  engine: input.engine,
  userIds: input.userIds ?? undefined,
  tags: input.tags?.map((t) => ({ key: t.key, value: t.value ?? null })),
});

@InputType("ModifyUserGroupInput")
export class ModifyUserGroupInput {
  @Field(() => String, { description: "The group to change; it must be ACTIVE." })
  userGroupId!: string;

  @Field(() => [String], { nullable: true, description: "Users to add, at most 100; with userIdsToRemove, at least one id in all." })
  userIdsToAdd!: string[] | null;

  @Field(() => [String], { nullable: true, description: "Users to remove, at most 100; none of them also in userIdsToAdd." })
  userIdsToRemove!: string[] | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

export const toModifyUserGroupRequest = (input: ModifyUserGroupInput): ModifyUserGroupRequest => ({
  userGroupId: input.userGroupId,
  userIdsToAdd: input.userIdsToAdd ?? [],
  userIdsToRemove: input.userIdsToRemove ?? [],
});

@InputType("DeleteUserGroupInput")
export class DeleteUserGroupInput {
  @Field(() => String, { description: "The group to delete; it must be ACTIVE and used by no cache." })
  userGroupId!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
