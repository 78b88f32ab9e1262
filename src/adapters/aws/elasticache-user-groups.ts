import { CreateUserGroupCommand, type CreateUserGroupCommandOutput, type ElastiCacheClient } from "@aws-sdk/client-elasticache";
import { fail, ok, type Result } from "../../ports/result";
import type { CreateUserGroupRequest, Engine, UserGroup, UserGroupFault, UserGroupStatus, UserGroups } from "../../ports/user-groups";
import { redact } from "../../redact";
import { withDeadline } from "./call-deadline";
import { callInfo, type SdkError, upstreamFault } from "./upstream-fault";
import type { UpstreamGate } from "./upstream-gate";

/** SDK exception name (the class AWS's wire code deserializes to) to domain fault code. */
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

const STATUSES: Record<string, UserGroupStatus> = { creating: "CREATING", active: "ACTIVE", modifying: "MODIFYING", deleting: "DELETING" };
const ENGINES: Record<string, Engine> = { valkey: "VALKEY", redis: "REDIS" };

/** ElastiCache CreateUserGroup through the AWS SDK v3. */
export class ElastiCacheUserGroups implements UserGroups {
  constructor(
    private readonly client: ElastiCacheClient,
    private readonly gate: UpstreamGate,
  ) {}

  // SKELETON: filled in by the lifecycle work.
  get(): never {
    throw new Error("not implemented");
  }
  list(): never {
    throw new Error("not implemented");
  }
  delete(): never {
    throw new Error("not implemented");
  }
  modify(): never {
    throw new Error("not implemented");
  }

  async create(request: CreateUserGroupRequest): Promise<Result<UserGroup, UserGroupFault>> {
    try {
      const command = new CreateUserGroupCommand({
        UserGroupId: request.userGroupId,
        Engine: request.engine.toLowerCase(),
        UserIds: request.userIds ? [...request.userIds] : undefined,
        Tags: request.tags?.map((t) => ({ Key: t.key, Value: t.value ?? undefined })),
      });
      const output = await this.gate.run((deadline) => this.client.send(withDeadline(command, deadline)));
      return ok(toUserGroup(output, request), callInfo(output));
    } catch (error) {
      const fault = toFault(error as SdkError, request);
      if (!fault) throw error;
      return fail(fault, callInfo(error as SdkError));
    }
  }
}

function toFault(error: SdkError, request: CreateUserGroupRequest): UserGroupFault | undefined {
  const code = Object.hasOwn(USER_GROUP_FAULTS, error.name) ? USER_GROUP_FAULTS[error.name as keyof typeof USER_GROUP_FAULTS] : undefined;
  if (!code) return upstreamFault(error);
  const requestId = error.$metadata?.requestId;
  switch (code) {
    case "UserNotFound":
      return { code, requestId, userIds: namedIn(error.message, request.userIds ?? []) };
    case "InvalidParameterValue":
      return { code, requestId, reason: redact(error.message) };
    default:
      return { code, requestId };
  }
}

/** AWS names the missing user in its message: the requested ids that appear in it as whole words, in any case. */
function namedIn(message: string, ids: readonly string[]): string[] {
  const words = new Set(message.toLowerCase().split(/[^a-z0-9-]+/));
  return ids.filter((id) => words.has(id.toLowerCase()));
}

function toUserGroup(output: CreateUserGroupCommandOutput, request: CreateUserGroupRequest): UserGroup {
  const pending = output.PendingChanges;
  return {
    userGroupId: output.UserGroupId ?? request.userGroupId.toLowerCase(),
    status: STATUSES[output.Status ?? ""] ?? null,
    engine: ENGINES[output.Engine?.toLowerCase() ?? ""] ?? request.engine,
    userIds: output.UserIds ?? [],
    minimumEngineVersion: output.MinimumEngineVersion ?? null,
    pendingChanges: pending ? { userIdsToAdd: pending.UserIdsToAdd ?? [], userIdsToRemove: pending.UserIdsToRemove ?? [] } : null,
    replicationGroups: output.ReplicationGroups ?? [],
    serverlessCaches: output.ServerlessCaches ?? [],
    arn: output.ARN ?? null,
  };
}
