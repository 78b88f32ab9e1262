import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { AuthenticationType as AuthenticationValue, CacheUser as CacheUserValue, CacheUserStatus as StatusValue } from "../../ports/cache-users";
import { connectionType } from "../connection";
import { Engine } from "../user-groups/types";

export const CacheUserStatus = { ACTIVE: "ACTIVE", MODIFYING: "MODIFYING", DELETING: "DELETING" } as const satisfies Record<StatusValue, StatusValue>;
registerEnumType(CacheUserStatus, { name: "CacheUserStatus" });

export const AuthenticationType = { PASSWORD: "PASSWORD", NO_PASSWORD: "NO_PASSWORD", IAM: "IAM" } as const satisfies Record<
  AuthenticationValue,
  AuthenticationValue
>;
registerEnumType(AuthenticationType, {
  name: "AuthenticationType",
  description: "How an ElastiCache user authenticates.",
  valuesConfig: {
    PASSWORD: { description: "With one or two passwords (never shown)." },
    NO_PASSWORD: { description: "Without a password, as the built-in user default does; a VALKEY user group cannot hold such a user." },
    IAM: { description: "With an IAM authentication token." },
  },
});

@ObjectType("CacheUser", { description: "An ElastiCache user, as AWS describes it: the ids here are what createUserGroup and modifyUserGroup take." })
export class CacheUser {
  @Field(() => String)
  userId!: string;

  @Field(() => String, { description: 'The name the user logs in with; a user group holds one user per name and needs one named "default".' })
  userName!: string;

  @Field(() => Engine)
  engine!: Engine;

  @Field(() => CacheUserStatus, { nullable: true, description: "Null for a status this gateway does not know." })
  status!: StatusValue | null;

  @Field(() => String, { nullable: true })
  accessString!: string | null;

  @Field(() => AuthenticationType, { nullable: true, description: "Null for a type this gateway does not know." })
  authenticationType!: AuthenticationValue | null;

  @Field(() => String, { nullable: true })
  minimumEngineVersion!: string | null;

  @Field(() => [String], { description: "The user groups that hold the user." })
  userGroupIds!: string[];

  @Field(() => String, { nullable: true })
  arn!: string | null;

  static of(value: CacheUserValue): CacheUser {
    return Object.assign(new CacheUser(), { ...value, userGroupIds: [...value.userGroupIds] });
  }
}

export const CacheUserConnection = connectionType("CacheUserConnection", CacheUser, "A page of ElastiCache users.");
export type CacheUserConnection = InstanceType<typeof CacheUserConnection>;
