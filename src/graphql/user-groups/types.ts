import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { Engine as EngineValue, UserGroupStatus as StatusValue, UserGroup as UserGroupValue } from "../../ports/user-groups";
import { connectionType } from "../connection";

export const Engine = { VALKEY: "VALKEY", REDIS: "REDIS" } as const satisfies Record<EngineValue, EngineValue>;
export type Engine = EngineValue;
registerEnumType(Engine, { name: "Engine", description: "The cache engine of a user group." });

export const UserGroupStatus = {
  CREATING: "CREATING",
  ACTIVE: "ACTIVE",
  MODIFYING: "MODIFYING",
  DELETING: "DELETING",
} as const satisfies Record<StatusValue, StatusValue>;
registerEnumType(UserGroupStatus, { name: "UserGroupStatus" });

@ObjectType("UserGroupPendingChanges")
export class UserGroupPendingChanges {
  @Field(() => [String])
  userIdsToAdd!: string[];

  @Field(() => [String])
  userIdsToRemove!: string[];
}

@ObjectType("UserGroup", { description: "An ElastiCache user group, as AWS describes it." })
export class UserGroup {
  @Field(() => String)
  userGroupId!: string;

  @Field(() => UserGroupStatus, { nullable: true, description: "A new group is CREATING. Null for a status this gateway does not know." })
  status!: StatusValue | null;

  @Field(() => Engine)
  engine!: Engine;

  @Field(() => [String])
  userIds!: string[];

  @Field(() => String, { nullable: true })
  minimumEngineVersion!: string | null;

  @Field(() => UserGroupPendingChanges, { nullable: true })
  pendingChanges!: UserGroupPendingChanges | null;

  @Field(() => [String])
  replicationGroups!: string[];

  @Field(() => [String])
  serverlessCaches!: string[];

  @Field(() => String, { nullable: true })
  arn!: string | null;

  /** A class instance, so that a result union can tell it from its other members. */
  static of(value: UserGroupValue): UserGroup {
    const pending = value.pendingChanges;
    return Object.assign(new UserGroup(), {
      ...value,
      userIds: [...value.userIds],
      pendingChanges:
        pending && Object.assign(new UserGroupPendingChanges(), { userIdsToAdd: [...pending.userIdsToAdd], userIdsToRemove: [...pending.userIdsToRemove] }),
      replicationGroups: [...value.replicationGroups],
      serverlessCaches: [...value.serverlessCaches],
    });
  }
}

export const UserGroupConnection = connectionType("UserGroupConnection", UserGroup, "A page of ElastiCache user groups, in the order AWS lists them.");
export type UserGroupConnection = InstanceType<typeof UserGroupConnection>;
