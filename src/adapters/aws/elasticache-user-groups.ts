import {
  CreateUserGroupCommand,
  DeleteUserGroupCommand,
  DescribeUserGroupsCommand,
  type ElastiCacheClient,
  ModifyUserGroupCommand,
} from "@aws-sdk/client-elasticache";
import type { InvalidMarker, Page, PageRequest } from "../../ports/page";
import type { Result } from "../../ports/result";
import type {
  CreateUserGroupRequest,
  DeleteUserGroupFault,
  DescribeUserGroupsFault,
  ModifyUserGroupFault,
  ModifyUserGroupRequest,
  UserGroup,
  UserGroupFault,
  UserGroups,
} from "../../ports/user-groups";
import { withDeadline } from "./call-deadline";
import type { Deadline } from "./deadline";
import { toPage, toUserGroup } from "./elasticache-answers";
import { elastiCacheCall, pageFaults } from "./elasticache-call";
import type { UpstreamGate } from "./upstream-gate";

/** CreateUserGroup's documented exceptions: SDK exception name to domain fault code. */
export const USER_GROUP_FAULTS = {
  UserNotFoundFault: "UserNotFound",
  DuplicateUserNameFault: "DuplicateUserName",
  UserGroupAlreadyExistsFault: "UserGroupAlreadyExists",
  DefaultUserRequired: "DefaultUserRequired",
  UserGroupQuotaExceededFault: "UserGroupQuotaExceeded",
  TagQuotaPerResourceExceeded: "TagQuotaPerResourceExceeded",
  InvalidParameterValueException: "InvalidParameterValue",
  ServiceLinkedRoleNotFoundFault: "ServiceLinkedRoleNotFound",
} as const satisfies Record<string, UserGroupFault["code"]>;

/** DescribeUserGroups' documented exceptions. */
export const DESCRIBE_USER_GROUPS_FAULTS = {
  InvalidParameterCombinationException: "InvalidParameterCombination",
  ServiceLinkedRoleNotFoundFault: "ServiceLinkedRoleNotFound",
  UserGroupNotFoundFault: "UserGroupNotFound",
} as const satisfies Record<string, DescribeUserGroupsFault["code"]>;

/** ModifyUserGroup's documented exceptions. */
export const MODIFY_USER_GROUP_FAULTS = {
  DefaultUserRequired: "DefaultUserRequired",
  DuplicateUserNameFault: "DuplicateUserName",
  InvalidParameterCombinationException: "InvalidParameterCombination",
  InvalidParameterValueException: "InvalidParameterValue",
  InvalidUserGroupStateFault: "InvalidUserGroupState",
  ServiceLinkedRoleNotFoundFault: "ServiceLinkedRoleNotFound",
  UserGroupNotFoundFault: "UserGroupNotFound",
  UserNotFoundFault: "UserNotFound",
} as const satisfies Record<string, ModifyUserGroupFault["code"]>;

/** DeleteUserGroup's documented exceptions. */
export const DELETE_USER_GROUP_FAULTS = {
  InvalidParameterValueException: "InvalidParameterValue",
  InvalidUserGroupStateFault: "InvalidUserGroupState",
  ServiceLinkedRoleNotFoundFault: "ServiceLinkedRoleNotFound",
  UserGroupNotFoundFault: "UserGroupNotFound",
} as const satisfies Record<string, DeleteUserGroupFault["code"]>;

/** ElastiCache user groups through the AWS SDK v3. */
export class ElastiCacheUserGroups implements UserGroups {
  constructor(
    private readonly client: ElastiCacheClient,
    private readonly gate: UpstreamGate,
  ) {}

  create(request: CreateUserGroupRequest): Promise<Result<UserGroup, UserGroupFault>> {
    const command = new CreateUserGroupCommand({
      UserGroupId: request.userGroupId,
      Engine: request.engine.toLowerCase(),
      UserIds: request.userIds ? [...request.userIds] : undefined,
      Tags: request.tags?.map((t) => ({ Key: t.key, Value: t.value ?? undefined })),
    });
    const send = (deadline: Deadline) => this.client.send(withDeadline(command, deadline));
    return elastiCacheCall(this.gate, send, USER_GROUP_FAULTS, (output) => toUserGroup(output, request), request.userIds);
  }

  get(userGroupId: string): Promise<Result<UserGroup, DescribeUserGroupsFault>> {
    const command = new DescribeUserGroupsCommand({ UserGroupId: userGroupId });
    const send = (deadline: Deadline) => this.client.send(withDeadline(command, deadline));
    return elastiCacheCall(this.gate, send, DESCRIBE_USER_GROUPS_FAULTS, (output) => {
      const group = output.UserGroups?.[0];
      // AWS answers the group or UserGroupNotFoundFault: an empty list is a broken answer, not a fault of the call.
      if (!group) throw new Error("DescribeUserGroups answered an empty list for one user group id");
      return toUserGroup(group, { userGroupId });
    });
  }

  list(page: PageRequest): Promise<Result<Page<UserGroup>, DescribeUserGroupsFault | InvalidMarker>> {
    const command = new DescribeUserGroupsCommand({ MaxRecords: page.maxRecords, Marker: page.marker });
    const send = (deadline: Deadline) => this.client.send(withDeadline(command, deadline));
    return elastiCacheCall(this.gate, send, pageFaults(DESCRIBE_USER_GROUPS_FAULTS, page), (output) =>
      toPage(output.UserGroups, output.Marker, (g) => toUserGroup(g)),
    );
  }

  modify(request: ModifyUserGroupRequest): Promise<Result<UserGroup, ModifyUserGroupFault>> {
    // AWS takes a list of at least one id, or none: an empty list is left out.
    const command = new ModifyUserGroupCommand({
      UserGroupId: request.userGroupId,
      UserIdsToAdd: request.userIdsToAdd.length > 0 ? [...request.userIdsToAdd] : undefined,
      UserIdsToRemove: request.userIdsToRemove.length > 0 ? [...request.userIdsToRemove] : undefined,
    });
    const send = (deadline: Deadline) => this.client.send(withDeadline(command, deadline));
    return elastiCacheCall(this.gate, send, MODIFY_USER_GROUP_FAULTS, (output) => toUserGroup(output, request), [
      ...request.userIdsToAdd,
      ...request.userIdsToRemove,
    ]);
  }

  delete(userGroupId: string): Promise<Result<UserGroup, DeleteUserGroupFault>> {
    const command = new DeleteUserGroupCommand({ UserGroupId: userGroupId });
    const send = (deadline: Deadline) => this.client.send(withDeadline(command, deadline));
    return elastiCacheCall(this.gate, send, DELETE_USER_GROUP_FAULTS, (output) => toUserGroup(output, { userGroupId }));
  }
}
