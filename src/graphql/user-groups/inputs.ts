import { Field, InputType } from "type-graphql";
import type { CreateUserGroupRequest } from "../../ports/user-groups";
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
}

export const toCreateUserGroupRequest = (input: CreateUserGroupInput): CreateUserGroupRequest => ({
  userGroupId: input.userGroupId,
  engine: input.engine,
  userIds: input.userIds ?? undefined,
  tags: input.tags?.map((t) => ({ key: t.key, value: t.value ?? null })),
});
