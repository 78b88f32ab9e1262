import { GraphQLError } from "graphql";
import { OPERATIONS } from "../../operations";
import type { CacheUsers, CacheUsersFault, CacheUser as CacheUserValue } from "../../ports/cache-users";
import { validateUserId } from "../../validation/user-group-input";
import { requireScopes } from "../auth-checker";
import type { BrokerUserQueryResolver } from "../broker-users/query-resolver";
import { BrokerUser } from "../broker-users/types";
import { cacheUsersFaultMember } from "../cache-users/result";
import { CacheUser } from "../cache-users/types";
import type { CallRunner } from "../call-runner";
import type { GatewayContext } from "../context";
import type { UserGroupQueryResolver } from "../user-groups/query-resolver";
import { UserGroup } from "../user-groups/types";

/** A representation's key fields, each checked to be a String before it gets here. */
export type Reference = Readonly<Record<string, string>>;

/** An entity of the subgraph: its key, and the single-record read that resolves a reference to it. */
export interface Entity {
  /** The key fields, in `@key(fields:)` order: each a String field of the type. */
  readonly key: readonly string[];
  /** What the read needs: the scope of the single-record query. */
  readonly scope: string;
  /** The type a found record is. */
  readonly found: abstract new () => object;
  /** The members that say the record does not exist: federation's answer for those is null. */
  readonly missing: readonly string[];
  /** The read, through the call runner (input rules, rate limit, the port, the call record). */
  readonly read: (reference: Reference, context: GatewayContext) => Promise<object>;
}

export interface EntityReads {
  readonly userGroups: UserGroupQueryResolver;
  readonly brokerUsers: BrokerUserQueryResolver;
  readonly cacheUsers: CacheUsers;
  readonly runner: CallRunner;
}

/** The entities by type name: what `_entities` resolves, each by the read its own query makes. */
export function gatewayEntities({ userGroups, brokerUsers, cacheUsers, runner }: EntityReads): Readonly<Record<string, Entity>> {
  return {
    UserGroup: {
      key: ["userGroupId"],
      scope: OPERATIONS.userGroup.scope,
      found: UserGroup,
      missing: ["UserGroupNotFound"],
      read: (reference, context) => userGroups.userGroup(reference.userGroupId!, context),
    },
    // No query reads one user: the same DescribeUsers call as `cacheUsers`, with its UserId filter.
    CacheUser: {
      key: ["userId"],
      scope: OPERATIONS.cacheUsers.scope,
      found: CacheUser,
      missing: ["UserNotFound"],
      read: (reference, context) =>
        runner.run<CacheUserValue, CacheUsersFault, object>(context, {
          field: "cacheUsers",
          violations: validateUserId(["userId"], reference.userId!),
          call: () => cacheUsers.get(reference.userId!),
          success: CacheUser.of,
          fault: cacheUsersFaultMember,
        }),
    },
    BrokerUser: {
      key: ["brokerId", "username"],
      scope: OPERATIONS.brokerUser.scope,
      found: BrokerUser,
      // The broker's absence too: either way no such user exists.
      missing: ["BrokerUserNotFound"],
      read: (reference, context) => brokerUsers.brokerUser(reference.brokerId!, reference.username!, context),
    },
  };
}

/**
 * `__resolveReference` of an entity: the record, null when it does not exist, or the read's failure as
 * an error of this one entry (its union member's fields as the error's extensions, `code` from its name).
 */
export function resolveReference(entity: Entity, typename: (member: object) => string) {
  return async (reference: Reference, context: GatewayContext): Promise<object | null> => {
    requireScopes(context, [entity.scope]);
    const member = await entity.read(reference, context);
    if (member instanceof entity.found) return member;
    const name = typename(member);
    if (entity.missing.includes(name)) return null;
    const { message, ...fields } = member as { readonly message: string };
    throw new GraphQLError(message, { extensions: { code: errorCode(name), ...fields } });
  };
}

/** RateLimited: RATE_LIMITED, as Apollo's codes are written. */
const errorCode = (typename: string): string => typename.replace(/(?<=[a-z0-9])(?=[A-Z])/g, "_").toUpperCase();
