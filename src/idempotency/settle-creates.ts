import type { BrokerUser, BrokerUserFault, BrokerUsers, CreateBrokerUserRequest } from "../ports/broker-users";
import { fail, isUpstreamFault, ok, type Result, type UpstreamFault } from "../ports/result";
import type { CreateUserGroupRequest, UserGroup, UserGroupFault, UserGroups } from "../ports/user-groups";

/**
 * How a create whose earlier attempt may have taken effect (it ended in UpstreamUnavailable, or the SDK
 * retried it into `exists`) is settled: by reading AWS, not by trusting either answer.
 */
export interface Settle<T, F extends { readonly code: string }> {
  /** The create's fault when the resource exists already: after the SDK retried a create that took effect, it may be the caller's own. */
  readonly exists: F["code"];
  /**
   * The resource, when an earlier create took effect with this input; undefined when it did not (the
   * create is called again; a read fault other than a transient one counts as that, and the create
   * answers its own); AWS's transient fault when it could not say.
   */
  read(): Promise<Result<T, Extract<F, UpstreamFault>> | undefined>;
}

/** CreateUserGroup: DescribeUserGroups finds the group with the input's engine and users. */
export const settleCreateUserGroup = (userGroups: UserGroups, request: CreateUserGroupRequest): Settle<UserGroup, UserGroupFault> => ({
  exists: "UserGroupAlreadyExists",
  read: async () => {
    const found = await userGroups.get(request.userGroupId);
    if (!found.ok) return isUpstreamFault(found.fault) ? fail(found.fault, found.call) : undefined;
    const group = found.value;
    return group.engine === request.engine && sameIds(group.userIds, request.userIds ?? []) ? ok(group, found.call) : undefined;
  },
});

/** Amazon MQ CreateUser: DescribeUser finds the user with the input's settings, pending creation or applied. */
export const settleCreateBrokerUser = (brokerUsers: BrokerUsers, request: CreateBrokerUserRequest): Settle<BrokerUser, BrokerUserFault> => ({
  exists: "BrokerUserAlreadyExists",
  read: async () => {
    const found = await brokerUsers.get({ brokerId: request.brokerId, username: request.username });
    if (!found.ok) return isUpstreamFault(found.fault) ? fail(found.fault, found.call) : undefined;
    return sameBrokerUser(found.value, request) ? ok(found.value, found.call) : undefined;
  },
});

/** AWS keeps ElastiCache user ids in lower case, in no order of the caller's. */
const sameIds = (found: readonly string[], asked: readonly string[]): boolean => {
  const ids = new Set(found.map((id) => id.toLowerCase()));
  return ids.size === new Set(asked.map((id) => id.toLowerCase())).size && asked.every((id) => ids.has(id.toLowerCase()));
};

function sameBrokerUser(user: BrokerUser, request: CreateBrokerUserRequest): boolean {
  if (user.pending?.pendingChange === "DELETE") return false;
  // What the user will be once its pending change is applied; AWS may leave out a false flag.
  const settings = user.pending ?? user;
  return (
    (settings.consoleAccess ?? false) === request.consoleAccess &&
    (user.replicationUser ?? false) === request.replicationUser &&
    settings.groups.length === request.groups.length &&
    request.groups.every((group) => settings.groups.includes(group))
  );
}
