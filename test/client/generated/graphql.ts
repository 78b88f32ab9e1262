/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How an ElastiCache user authenticates. */
export type AuthenticationType =
  /** With an IAM authentication token. */
  | 'IAM'
  /** Without a password, as the built-in user default does; a VALKEY user group cannot hold such a user. */
  | 'NO_PASSWORD'
  /** With one or two passwords (never shown). */
  | 'PASSWORD';

/** A broker's engine. Only ActiveMQ brokers have users the gateway manages. */
export type BrokerEngineType =
  | 'ACTIVEMQ'
  | 'RABBITMQ';

export type BrokerState =
  | 'CREATION_FAILED'
  | 'CREATION_IN_PROGRESS'
  | 'CRITICAL_ACTION_REQUIRED'
  | 'DELETION_IN_PROGRESS'
  | 'REBOOT_IN_PROGRESS'
  | 'REPLICA'
  | 'RUNNING';

/** What AWS found missing on a call about one broker user. */
export type BrokerUserMissing =
  /** No broker has the id. */
  | 'BROKER'
  /** The broker has no user with the username. */
  | 'USER';

/** A change Amazon MQ applies when the broker reboots or at its maintenance window. */
export type BrokerUserPendingChange =
  /** The user exists on the broker only after its next reboot or maintenance window. */
  | 'CREATE'
  /** The user is removed at the broker's next reboot or maintenance window. */
  | 'DELETE'
  /** The new values (and password) take effect at the broker's next reboot or maintenance window. */
  | 'UPDATE';

export type CacheUserStatus =
  | 'ACTIVE'
  | 'DELETING'
  | 'MODIFYING';

export type CreateBrokerUserInput = {
  /** The ActiveMQ broker's id. */
  brokerId: string;
  /** Access to the ActiveMQ web console. */
  consoleAccess?: boolean;
  /** At most 20 groups, each named like a username. */
  groups?: Array<string> | null | undefined;
  /** Makes the mutation safe to retry: 1 to 255 characters, new for each request (a UUID, say). A repeat with the same key and the same input gets the first answer again, success or AWS fault, without a second AWS call; with a different input it gets IdempotencyKeyReused, and while the first is still running IdempotencyInProgress. Keys are kept per caller and per mutation, 24 hours unless the gateway is configured otherwise. A repeat of a call that ended in UpstreamUnavailable (it may have taken effect) is not replayed: a create first reads AWS and answers success when the earlier call created the resource with this input. */
  idempotencyKey?: string | null | undefined;
  /** At least 12 characters, at least 4 of them different, none of , : =. Never returned, logged or kept. */
  password: string;
  /** A user for cross-region data replication; excludes consoleAccess. */
  replicationUser?: boolean;
  /** 2 to 100 letters, digits or - . _ ~. It reaches CloudWatch Logs: no secrets or personal data. */
  username: string;
};

export type CreateUserGroupInput = {
  engine: Engine;
  /** Makes the mutation safe to retry: 1 to 255 characters, new for each request (a UUID, say). A repeat with the same key and the same input gets the first answer again, success or AWS fault, without a second AWS call; with a different input it gets IdempotencyKeyReused, and while the first is still running IdempotencyInProgress. Keys are kept per caller and per mutation, 24 hours unless the gateway is configured otherwise. A repeat of a call that ended in UpstreamUnavailable (it may have taken effect) is not replayed: a create first reads AWS and answers success when the earlier call created the resource with this input. */
  idempotencyKey?: string | null | undefined;
  /** At most 50 tags per resource. */
  tags?: Array<TagInput> | null | undefined;
  /** Starts with a letter; letters, digits and hyphens. AWS stores it in lower case. */
  userGroupId: string;
  /** Existing ElastiCache user ids, at least one when given; one of them must have the user name "default". */
  userIds?: Array<string> | null | undefined;
};

export type DeleteBrokerUserInput = {
  /** The ActiveMQ broker's id. */
  brokerId: string;
  /** Makes the mutation safe to retry: 1 to 255 characters, new for each request (a UUID, say). A repeat with the same key and the same input gets the first answer again, success or AWS fault, without a second AWS call; with a different input it gets IdempotencyKeyReused, and while the first is still running IdempotencyInProgress. Keys are kept per caller and per mutation, 24 hours unless the gateway is configured otherwise. A repeat of a call that ended in UpstreamUnavailable (it may have taken effect) is not replayed: a create first reads AWS and answers success when the earlier call created the resource with this input. */
  idempotencyKey?: string | null | undefined;
  username: string;
};

export type DeleteUserGroupInput = {
  /** Makes the mutation safe to retry: 1 to 255 characters, new for each request (a UUID, say). A repeat with the same key and the same input gets the first answer again, success or AWS fault, without a second AWS call; with a different input it gets IdempotencyKeyReused, and while the first is still running IdempotencyInProgress. Keys are kept per caller and per mutation, 24 hours unless the gateway is configured otherwise. A repeat of a call that ended in UpstreamUnavailable (it may have taken effect) is not replayed: a create first reads AWS and answers success when the earlier call created the resource with this input. */
  idempotencyKey?: string | null | undefined;
  /** The group to delete; it must be ACTIVE and used by no cache. */
  userGroupId: string;
};

/** How a broker's instances are deployed. */
export type DeploymentMode =
  | 'ACTIVE_STANDBY_MULTI_AZ'
  | 'CLUSTER_MULTI_AZ'
  | 'SINGLE_INSTANCE';

/** The cache engine of a user group. */
export type Engine =
  | 'REDIS'
  | 'VALKEY';

/** Where the gateway sends calls. */
export type GatewayBackend =
  /** Real AWS, through the AWS SDK. */
  | 'AWS'
  /** The AWS SDK path against the embedded wire emulator of AWS's protocols. */
  | 'EMULATOR'
  /** The embedded simulated AWS account, in memory. */
  | 'LOCAL';

/** Which input rule a violation breaks. */
export type InputConstraint =
  /** The cursor was not given by this list, or was altered. */
  | 'CURSOR'
  /** The value contains a character the rule forbids. */
  | 'FORBIDDEN_CHARACTERS'
  /** The list has more items than the rule's maximum. */
  | 'MAX_ITEMS'
  /** The value is longer than the rule's maximum (in characters). */
  | 'MAX_LENGTH'
  /** The value has too few different characters. */
  | 'MIN_DISTINCT_CHARACTERS'
  /** The list has fewer items than the rule's minimum. */
  | 'MIN_ITEMS'
  /** The value is shorter than the rule's minimum (in characters). */
  | 'MIN_LENGTH'
  /** Two fields are set that cannot be set together. */
  | 'MUTUALLY_EXCLUSIVE'
  /** The value has characters or a shape the rule does not allow. */
  | 'PATTERN'
  /** The number is outside the rule's range. */
  | 'RANGE'
  /** None of the fields is set, and at least one must be. */
  | 'REQUIRED_ONE_OF'
  /** The value starts with a prefix AWS reserves. */
  | 'RESERVED_PREFIX';

export type ModifyUserGroupInput = {
  /** Makes the mutation safe to retry: 1 to 255 characters, new for each request (a UUID, say). A repeat with the same key and the same input gets the first answer again, success or AWS fault, without a second AWS call; with a different input it gets IdempotencyKeyReused, and while the first is still running IdempotencyInProgress. Keys are kept per caller and per mutation, 24 hours unless the gateway is configured otherwise. A repeat of a call that ended in UpstreamUnavailable (it may have taken effect) is not replayed: a create first reads AWS and answers success when the earlier call created the resource with this input. */
  idempotencyKey?: string | null | undefined;
  /** The group to change; it must be ACTIVE. */
  userGroupId: string;
  /** Users to add, at most 100; with userIdsToRemove, at least one id in all. */
  userIdsToAdd?: Array<string> | null | undefined;
  /** Users to remove, at most 100; none of them also in userIdsToAdd. */
  userIdsToRemove?: Array<string> | null | undefined;
};

export type TagInput = {
  /** 1 to 128 characters; must not start with aws:. */
  key: string;
  /** 0 to 256 characters, or null. */
  value?: string | null | undefined;
};

/** The user to change and what to change; a field left out (or null) keeps its value. */
export type UpdateBrokerUserInput = {
  /** The ActiveMQ broker's id. */
  brokerId: string;
  /** Access to the ActiveMQ web console. */
  consoleAccess?: boolean | null | undefined;
  /** The user's groups, replacing the current ones: at most 20, each named like a username. */
  groups?: Array<string> | null | undefined;
  /** Makes the mutation safe to retry: 1 to 255 characters, new for each request (a UUID, say). A repeat with the same key and the same input gets the first answer again, success or AWS fault, without a second AWS call; with a different input it gets IdempotencyKeyReused, and while the first is still running IdempotencyInProgress. Keys are kept per caller and per mutation, 24 hours unless the gateway is configured otherwise. A repeat of a call that ended in UpstreamUnavailable (it may have taken effect) is not replayed: a create first reads AWS and answers success when the earlier call created the resource with this input. */
  idempotencyKey?: string | null | undefined;
  /** A new password: at least 12 characters, at least 4 of them different, none of , : =. Never returned, logged or kept. */
  password?: string | null | undefined;
  /** A user for cross-region data replication; excludes consoleAccess. */
  replicationUser?: boolean | null | undefined;
  username: string;
};

export type UserGroupStatus =
  | 'ACTIVE'
  | 'CREATING'
  | 'DELETING'
  | 'MODIFYING';

export type BrokerUserFieldsFragment = { brokerId: string, username: string, consoleAccess: boolean | null, groups: Array<string>, replicationUser: boolean | null, pendingChange: BrokerUserPendingChange | null, pending: { consoleAccess: boolean | null, groups: Array<string>, pendingChange: BrokerUserPendingChange | null } | null };

export type BrokerUserQueryVariables = Exact<{
  brokerId: string;
  username: string;
}>;


export type BrokerUserQuery = { brokerUser:
    | { __typename: 'BadRequest', requestId: string | null, attribute: string | null, message: string }
    | { __typename: 'BrokerUser', brokerId: string, username: string, consoleAccess: boolean | null, groups: Array<string>, replicationUser: boolean | null, pendingChange: BrokerUserPendingChange | null, pending: { consoleAccess: boolean | null, groups: Array<string>, pendingChange: BrokerUserPendingChange | null } | null }
    | { __typename: 'BrokerUserNotFound', requestId: string | null, missing: BrokerUserMissing | null, message: string }
    | { __typename: 'Forbidden', requestId: string | null, message: string }
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamThrottled', requestId: string | null, retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamUnavailable', requestId: string | null, retryable: boolean, message: string }
   };

export type BrokerUsersQueryVariables = Exact<{
  brokerId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BrokerUsersQuery = { brokerUsers:
    | { __typename: 'BadRequest', requestId: string | null, attribute: string | null, message: string }
    | { __typename: 'BrokerNotFound', requestId: string | null, message: string }
    | { __typename: 'BrokerUserConnection', nodes: Array<{ username: string, pendingChange: BrokerUserPendingChange | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }
    | { __typename: 'Forbidden', requestId: string | null, message: string }
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamThrottled', requestId: string | null, retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamUnavailable', requestId: string | null, retryable: boolean, message: string }
   };

export type BrokersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BrokersQuery = { brokers:
    | { __typename: 'BadRequest', requestId: string | null, attribute: string | null, message: string }
    | { __typename: 'BrokerConnection', nodes: Array<{ brokerId: string, brokerName: string | null, engineType: BrokerEngineType | null, state: BrokerState | null, deploymentMode: DeploymentMode | null, arn: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }
    | { __typename: 'Forbidden', requestId: string | null, message: string }
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamThrottled', requestId: string | null, retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamUnavailable', requestId: string | null, retryable: boolean, message: string }
   };

export type CacheUsersQueryVariables = Exact<{
  engine?: Engine | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CacheUsersQuery = { cacheUsers:
    | { __typename: 'CacheUserConnection', nodes: Array<{ userId: string, userName: string, engine: Engine, status: CacheUserStatus | null, accessString: string | null, authenticationType: AuthenticationType | null, minimumEngineVersion: string | null, userGroupIds: Array<string>, arn: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'InvalidParameterCombination', requestId: string | null, message: string }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'ServiceLinkedRoleNotFound', requestId: string | null, message: string }
    | { __typename: 'UpstreamThrottled', requestId: string | null, retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamUnavailable', requestId: string | null, retryable: boolean, message: string }
    | { __typename: 'UserNotFound', requestId: string | null, userIds: Array<string>, message: string }
   };

export type CreateBrokerUserMutationVariables = Exact<{
  input: CreateBrokerUserInput;
}>;


export type CreateBrokerUserMutation = { createBrokerUser:
    | { __typename: 'BadRequest', requestId: string | null, attribute: string | null, message: string }
    | { __typename: 'BrokerNotFound', requestId: string | null, message: string }
    | { __typename: 'BrokerUserAlreadyExists', requestId: string | null, message: string }
    | { __typename: 'CreateBrokerUserSuccess', brokerUser: { brokerId: string, username: string, consoleAccess: boolean | null, groups: Array<string>, replicationUser: boolean | null, pendingChange: BrokerUserPendingChange | null, pending: { consoleAccess: boolean | null, groups: Array<string>, pendingChange: BrokerUserPendingChange | null } | null } }
    | { __typename: 'Forbidden', requestId: string | null, message: string }
    | { __typename: 'IdempotencyInProgress', retryAfterSeconds: number, message: string }
    | { __typename: 'IdempotencyKeyReused', message: string }
    | { __typename: 'IdempotencyUnavailable', retryAfterSeconds: number, message: string }
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamThrottled', requestId: string | null, retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamUnavailable', requestId: string | null, retryable: boolean, message: string }
   };

export type CreateUserGroupMutationVariables = Exact<{
  input: CreateUserGroupInput;
}>;


export type CreateUserGroupMutation = { createUserGroup:
    | { __typename: 'CreateUserGroupSuccess', userGroup: { userGroupId: string, status: UserGroupStatus | null, engine: Engine, userIds: Array<string>, minimumEngineVersion: string | null, arn: string | null, replicationGroups: Array<string>, serverlessCaches: Array<string>, pendingChanges: { userIdsToAdd: Array<string>, userIdsToRemove: Array<string> } | null } }
    | { __typename: 'DefaultUserRequired', requestId: string | null, message: string }
    | { __typename: 'DuplicateUserName', requestId: string | null, message: string }
    | { __typename: 'IdempotencyInProgress', retryAfterSeconds: number, message: string }
    | { __typename: 'IdempotencyKeyReused', message: string }
    | { __typename: 'IdempotencyUnavailable', retryAfterSeconds: number, message: string }
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'InvalidParameterValue', requestId: string | null, message: string }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'ServiceLinkedRoleNotFound', requestId: string | null, message: string }
    | { __typename: 'TagQuotaPerResourceExceeded', requestId: string | null, message: string }
    | { __typename: 'UpstreamThrottled', requestId: string | null, retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamUnavailable', requestId: string | null, retryable: boolean, message: string }
    | { __typename: 'UserGroupAlreadyExists', requestId: string | null, message: string }
    | { __typename: 'UserGroupQuotaExceeded', requestId: string | null, message: string }
    | { __typename: 'UserNotFound', requestId: string | null, userIds: Array<string>, message: string }
   };

export type DeleteBrokerUserMutationVariables = Exact<{
  input: DeleteBrokerUserInput;
}>;


export type DeleteBrokerUserMutation = { deleteBrokerUser:
    | { __typename: 'BadRequest', requestId: string | null, attribute: string | null, message: string }
    | { __typename: 'BrokerUserNotFound', requestId: string | null, missing: BrokerUserMissing | null, message: string }
    | { __typename: 'DeleteBrokerUserSuccess', brokerId: string, username: string }
    | { __typename: 'Forbidden', requestId: string | null, message: string }
    | { __typename: 'IdempotencyInProgress', retryAfterSeconds: number, message: string }
    | { __typename: 'IdempotencyKeyReused', message: string }
    | { __typename: 'IdempotencyUnavailable', retryAfterSeconds: number, message: string }
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamThrottled', requestId: string | null, retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamUnavailable', requestId: string | null, retryable: boolean, message: string }
   };

export type DeleteUserGroupMutationVariables = Exact<{
  input: DeleteUserGroupInput;
}>;


export type DeleteUserGroupMutation = { deleteUserGroup:
    | { __typename: 'DeleteUserGroupSuccess', userGroup: { userGroupId: string, status: UserGroupStatus | null, engine: Engine, userIds: Array<string>, minimumEngineVersion: string | null, arn: string | null, replicationGroups: Array<string>, serverlessCaches: Array<string>, pendingChanges: { userIdsToAdd: Array<string>, userIdsToRemove: Array<string> } | null } }
    | { __typename: 'IdempotencyInProgress', retryAfterSeconds: number, message: string }
    | { __typename: 'IdempotencyKeyReused', message: string }
    | { __typename: 'IdempotencyUnavailable', retryAfterSeconds: number, message: string }
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'InvalidParameterValue', requestId: string | null, message: string }
    | { __typename: 'InvalidUserGroupState', requestId: string | null, message: string }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'ServiceLinkedRoleNotFound', requestId: string | null, message: string }
    | { __typename: 'UpstreamThrottled', requestId: string | null, retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamUnavailable', requestId: string | null, retryable: boolean, message: string }
    | { __typename: 'UserGroupNotFound', requestId: string | null, message: string }
   };

type FailureFields_BadRequest_Fragment = { __typename: 'BadRequest', requestId: string | null, attribute: string | null, message: string };

type FailureFields_BrokerNotFound_Fragment = { __typename: 'BrokerNotFound', requestId: string | null, message: string };

type FailureFields_BrokerUserAlreadyExists_Fragment = { __typename: 'BrokerUserAlreadyExists', requestId: string | null, message: string };

type FailureFields_BrokerUserNotFound_Fragment = { __typename: 'BrokerUserNotFound', requestId: string | null, missing: BrokerUserMissing | null, message: string };

type FailureFields_Conflict_Fragment = { __typename: 'Conflict', requestId: string | null, message: string };

type FailureFields_DefaultUserRequired_Fragment = { __typename: 'DefaultUserRequired', requestId: string | null, message: string };

type FailureFields_DuplicateUserName_Fragment = { __typename: 'DuplicateUserName', requestId: string | null, message: string };

type FailureFields_Forbidden_Fragment = { __typename: 'Forbidden', requestId: string | null, message: string };

type FailureFields_IdempotencyInProgress_Fragment = { __typename: 'IdempotencyInProgress', retryAfterSeconds: number, message: string };

type FailureFields_IdempotencyKeyReused_Fragment = { __typename: 'IdempotencyKeyReused', message: string };

type FailureFields_IdempotencyUnavailable_Fragment = { __typename: 'IdempotencyUnavailable', retryAfterSeconds: number, message: string };

type FailureFields_InputValidationError_Fragment = { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> };

type FailureFields_InvalidParameterCombination_Fragment = { __typename: 'InvalidParameterCombination', requestId: string | null, message: string };

type FailureFields_InvalidParameterValue_Fragment = { __typename: 'InvalidParameterValue', requestId: string | null, message: string };

type FailureFields_InvalidUserGroupState_Fragment = { __typename: 'InvalidUserGroupState', requestId: string | null, message: string };

type FailureFields_RateLimited_Fragment = { __typename: 'RateLimited', retryAfterSeconds: number, message: string };

type FailureFields_ServiceLinkedRoleNotFound_Fragment = { __typename: 'ServiceLinkedRoleNotFound', requestId: string | null, message: string };

type FailureFields_TagQuotaPerResourceExceeded_Fragment = { __typename: 'TagQuotaPerResourceExceeded', requestId: string | null, message: string };

type FailureFields_UpstreamThrottled_Fragment = { __typename: 'UpstreamThrottled', requestId: string | null, retryAfterSeconds: number, message: string };

type FailureFields_UpstreamUnavailable_Fragment = { __typename: 'UpstreamUnavailable', requestId: string | null, retryable: boolean, message: string };

type FailureFields_UserGroupAlreadyExists_Fragment = { __typename: 'UserGroupAlreadyExists', requestId: string | null, message: string };

type FailureFields_UserGroupNotFound_Fragment = { __typename: 'UserGroupNotFound', requestId: string | null, message: string };

type FailureFields_UserGroupQuotaExceeded_Fragment = { __typename: 'UserGroupQuotaExceeded', requestId: string | null, message: string };

type FailureFields_UserNotFound_Fragment = { __typename: 'UserNotFound', requestId: string | null, userIds: Array<string>, message: string };

export type FailureFieldsFragment =
  | FailureFields_BadRequest_Fragment
  | FailureFields_BrokerNotFound_Fragment
  | FailureFields_BrokerUserAlreadyExists_Fragment
  | FailureFields_BrokerUserNotFound_Fragment
  | FailureFields_Conflict_Fragment
  | FailureFields_DefaultUserRequired_Fragment
  | FailureFields_DuplicateUserName_Fragment
  | FailureFields_Forbidden_Fragment
  | FailureFields_IdempotencyInProgress_Fragment
  | FailureFields_IdempotencyKeyReused_Fragment
  | FailureFields_IdempotencyUnavailable_Fragment
  | FailureFields_InputValidationError_Fragment
  | FailureFields_InvalidParameterCombination_Fragment
  | FailureFields_InvalidParameterValue_Fragment
  | FailureFields_InvalidUserGroupState_Fragment
  | FailureFields_RateLimited_Fragment
  | FailureFields_ServiceLinkedRoleNotFound_Fragment
  | FailureFields_TagQuotaPerResourceExceeded_Fragment
  | FailureFields_UpstreamThrottled_Fragment
  | FailureFields_UpstreamUnavailable_Fragment
  | FailureFields_UserGroupAlreadyExists_Fragment
  | FailureFields_UserGroupNotFound_Fragment
  | FailureFields_UserGroupQuotaExceeded_Fragment
  | FailureFields_UserNotFound_Fragment
;

export type GatewayQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayQuery = { gateway: { version: string, backend: GatewayBackend, region: string } };

export type ModifyUserGroupMutationVariables = Exact<{
  input: ModifyUserGroupInput;
}>;


export type ModifyUserGroupMutation = { modifyUserGroup:
    | { __typename: 'DefaultUserRequired', requestId: string | null, message: string }
    | { __typename: 'DuplicateUserName', requestId: string | null, message: string }
    | { __typename: 'IdempotencyInProgress', retryAfterSeconds: number, message: string }
    | { __typename: 'IdempotencyKeyReused', message: string }
    | { __typename: 'IdempotencyUnavailable', retryAfterSeconds: number, message: string }
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'InvalidParameterCombination', requestId: string | null, message: string }
    | { __typename: 'InvalidParameterValue', requestId: string | null, message: string }
    | { __typename: 'InvalidUserGroupState', requestId: string | null, message: string }
    | { __typename: 'ModifyUserGroupSuccess', userGroup: { userGroupId: string, status: UserGroupStatus | null, engine: Engine, userIds: Array<string>, minimumEngineVersion: string | null, arn: string | null, replicationGroups: Array<string>, serverlessCaches: Array<string>, pendingChanges: { userIdsToAdd: Array<string>, userIdsToRemove: Array<string> } | null } }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'ServiceLinkedRoleNotFound', requestId: string | null, message: string }
    | { __typename: 'UpstreamThrottled', requestId: string | null, retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamUnavailable', requestId: string | null, retryable: boolean, message: string }
    | { __typename: 'UserGroupNotFound', requestId: string | null, message: string }
    | { __typename: 'UserNotFound', requestId: string | null, userIds: Array<string>, message: string }
   };

export type UpdateBrokerUserMutationVariables = Exact<{
  input: UpdateBrokerUserInput;
}>;


export type UpdateBrokerUserMutation = { updateBrokerUser:
    | { __typename: 'BadRequest', requestId: string | null, attribute: string | null, message: string }
    | { __typename: 'BrokerUserNotFound', requestId: string | null, missing: BrokerUserMissing | null, message: string }
    | { __typename: 'Conflict', requestId: string | null, message: string }
    | { __typename: 'Forbidden', requestId: string | null, message: string }
    | { __typename: 'IdempotencyInProgress', retryAfterSeconds: number, message: string }
    | { __typename: 'IdempotencyKeyReused', message: string }
    | { __typename: 'IdempotencyUnavailable', retryAfterSeconds: number, message: string }
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'UpdateBrokerUserSuccess', brokerId: string, username: string }
    | { __typename: 'UpstreamThrottled', requestId: string | null, retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamUnavailable', requestId: string | null, retryable: boolean, message: string }
   };

export type UserGroupFieldsFragment = { userGroupId: string, status: UserGroupStatus | null, engine: Engine, userIds: Array<string>, minimumEngineVersion: string | null, arn: string | null, replicationGroups: Array<string>, serverlessCaches: Array<string>, pendingChanges: { userIdsToAdd: Array<string>, userIdsToRemove: Array<string> } | null };

export type UserGroupStatusSubscriptionVariables = Exact<{
  userGroupId: string;
}>;


export type UserGroupStatusSubscription = { userGroupStatus:
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'InvalidParameterCombination', requestId: string | null, message: string }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'ServiceLinkedRoleNotFound', requestId: string | null, message: string }
    | { __typename: 'UpstreamThrottled', requestId: string | null, retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamUnavailable', requestId: string | null, retryable: boolean, message: string }
    | { __typename: 'UserGroup', userGroupId: string, status: UserGroupStatus | null, engine: Engine, userIds: Array<string>, minimumEngineVersion: string | null, arn: string | null, replicationGroups: Array<string>, serverlessCaches: Array<string>, pendingChanges: { userIdsToAdd: Array<string>, userIdsToRemove: Array<string> } | null }
    | { __typename: 'UserGroupNotFound', requestId: string | null, message: string }
   };

export type UserGroupQueryVariables = Exact<{
  userGroupId: string;
}>;


export type UserGroupQuery = { userGroup:
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'InvalidParameterCombination', requestId: string | null, message: string }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'ServiceLinkedRoleNotFound', requestId: string | null, message: string }
    | { __typename: 'UpstreamThrottled', requestId: string | null, retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamUnavailable', requestId: string | null, retryable: boolean, message: string }
    | { __typename: 'UserGroup', userGroupId: string, status: UserGroupStatus | null, engine: Engine, userIds: Array<string>, minimumEngineVersion: string | null, arn: string | null, replicationGroups: Array<string>, serverlessCaches: Array<string>, pendingChanges: { userIdsToAdd: Array<string>, userIdsToRemove: Array<string> } | null }
    | { __typename: 'UserGroupNotFound', requestId: string | null, message: string }
   };

export type UserGroupsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UserGroupsQuery = { userGroups:
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'InvalidParameterCombination', requestId: string | null, message: string }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'ServiceLinkedRoleNotFound', requestId: string | null, message: string }
    | { __typename: 'UpstreamThrottled', requestId: string | null, retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamUnavailable', requestId: string | null, retryable: boolean, message: string }
    | { __typename: 'UserGroupConnection', nodes: Array<{ userGroupId: string, status: UserGroupStatus | null, engine: Engine, userIds: Array<string>, minimumEngineVersion: string | null, arn: string | null, replicationGroups: Array<string>, serverlessCaches: Array<string>, pendingChanges: { userIdsToAdd: Array<string>, userIdsToRemove: Array<string> } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }
    | { __typename: 'UserGroupNotFound', requestId: string | null, message: string }
   };

export const BrokerUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrokerUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokerId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"consoleAccess"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"replicationUser"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChange"}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consoleAccess"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChange"}}]}}]}}]} as unknown as DocumentNode<BrokerUserFieldsFragment, unknown>;
export const FailureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyInProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<FailureFieldsFragment, unknown>;
export const UserGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"minimumEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"replicationGroups"}},{"kind":"Field","name":{"kind":"Name","value":"serverlessCaches"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIdsToAdd"}},{"kind":"Field","name":{"kind":"Name","value":"userIdsToRemove"}}]}}]}}]} as unknown as DocumentNode<UserGroupFieldsFragment, unknown>;
export const BrokerUserDocument = {"__meta__":{"hash":"sha256:f640a7fac608c66827c8f762719ca0acf25fe99d5e923a97b17e7facea34bdaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrokerUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"brokerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokerUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"brokerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"brokerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrokerUserFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrokerUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokerId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"consoleAccess"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"replicationUser"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChange"}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consoleAccess"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyInProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<BrokerUserQuery, BrokerUserQueryVariables>;
export const BrokerUsersDocument = {"__meta__":{"hash":"sha256:0a01fffecff47737913089b25083bee8fcecbb54a499f4b585e21ce768bf328b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrokerUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"brokerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokerUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"brokerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"brokerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyInProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<BrokerUsersQuery, BrokerUsersQueryVariables>;
export const BrokersDocument = {"__meta__":{"hash":"sha256:813aa554dfdb23f05c795691dc032c41795410edd73976177645281d6ad0b2fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Brokers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokerId"}},{"kind":"Field","name":{"kind":"Name","value":"brokerName"}},{"kind":"Field","name":{"kind":"Name","value":"engineType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentMode"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyInProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<BrokersQuery, BrokersQueryVariables>;
export const CacheUsersDocument = {"__meta__":{"hash":"sha256:52e8974c273f46ad061683abfa6b8fcdcf4a6bb5759dde4a09e215b23b9a2c60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"engine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Engine"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cacheUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"engine"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CacheUserConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accessString"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"minimumEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"userGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyInProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<CacheUsersQuery, CacheUsersQueryVariables>;
export const CreateBrokerUserDocument = {"__meta__":{"hash":"sha256:596b8c7c6785aa515f2df1551942ff9c6d0f210c90136eb566f582e7c6dc6163"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBrokerUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBrokerUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBrokerUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBrokerUserSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrokerUserFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrokerUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokerId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"consoleAccess"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"replicationUser"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChange"}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consoleAccess"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyInProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<CreateBrokerUserMutation, CreateBrokerUserMutationVariables>;
export const CreateUserGroupDocument = {"__meta__":{"hash":"sha256:d56f1f401e21e4e86eef2831a6d8d84df994098598920939a82416d56d9fc4d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUserGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUserGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserGroupSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserGroupFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"minimumEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"replicationGroups"}},{"kind":"Field","name":{"kind":"Name","value":"serverlessCaches"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIdsToAdd"}},{"kind":"Field","name":{"kind":"Name","value":"userIdsToRemove"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyInProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<CreateUserGroupMutation, CreateUserGroupMutationVariables>;
export const DeleteBrokerUserDocument = {"__meta__":{"hash":"sha256:fb218a176d74c2accb56a4b1859dc0aee0a54505965f37e00a35d134d5723309"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBrokerUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteBrokerUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBrokerUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteBrokerUserSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokerId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyInProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<DeleteBrokerUserMutation, DeleteBrokerUserMutationVariables>;
export const DeleteUserGroupDocument = {"__meta__":{"hash":"sha256:551976735320c88304ca7aec57586e2a736410dfea51736f1bc2298f69443874"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUserGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteUserGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUserGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteUserGroupSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserGroupFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"minimumEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"replicationGroups"}},{"kind":"Field","name":{"kind":"Name","value":"serverlessCaches"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIdsToAdd"}},{"kind":"Field","name":{"kind":"Name","value":"userIdsToRemove"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyInProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<DeleteUserGroupMutation, DeleteUserGroupMutationVariables>;
export const GatewayDocument = {"__meta__":{"hash":"sha256:f10f8a10f5e7b8768408b760f2a53254852b4efbf7e19743bb4d02f25c1e7ead"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<GatewayQuery, GatewayQueryVariables>;
export const ModifyUserGroupDocument = {"__meta__":{"hash":"sha256:e8588d192a692cefcda4c5a489e346c1ca183a5868663cea6fd5ef98ee0d1a12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModifyUserGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModifyUserGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modifyUserGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModifyUserGroupSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserGroupFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"minimumEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"replicationGroups"}},{"kind":"Field","name":{"kind":"Name","value":"serverlessCaches"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIdsToAdd"}},{"kind":"Field","name":{"kind":"Name","value":"userIdsToRemove"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyInProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<ModifyUserGroupMutation, ModifyUserGroupMutationVariables>;
export const UpdateBrokerUserDocument = {"__meta__":{"hash":"sha256:9aacc497f4ab79032eff24e299368e2bba48954863094d6a186e078f40d62030"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBrokerUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBrokerUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBrokerUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBrokerUserSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokerId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyInProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<UpdateBrokerUserMutation, UpdateBrokerUserMutationVariables>;
export const UserGroupStatusDocument = {"__meta__":{"hash":"sha256:947e73cc016f2b97b983c46c9aed12ed4df7265e0922eb1fa70e01dfbcadcce2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"UserGroupStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userGroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroupStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userGroupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserGroupFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"minimumEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"replicationGroups"}},{"kind":"Field","name":{"kind":"Name","value":"serverlessCaches"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIdsToAdd"}},{"kind":"Field","name":{"kind":"Name","value":"userIdsToRemove"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyInProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<UserGroupStatusSubscription, UserGroupStatusSubscriptionVariables>;
export const UserGroupDocument = {"__meta__":{"hash":"sha256:7b1a951310a59fd55cc8d6dc9fa1957b3ce6fed4834d2834752901a46ea543e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userGroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userGroupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserGroupFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"minimumEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"replicationGroups"}},{"kind":"Field","name":{"kind":"Name","value":"serverlessCaches"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIdsToAdd"}},{"kind":"Field","name":{"kind":"Name","value":"userIdsToRemove"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyInProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<UserGroupQuery, UserGroupQueryVariables>;
export const UserGroupsDocument = {"__meta__":{"hash":"sha256:00a329c7d8e104300394640de33b43edb96fbafd981b1bd2da5298a14a7802f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserGroupConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"minimumEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"replicationGroups"}},{"kind":"Field","name":{"kind":"Name","value":"serverlessCaches"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIdsToAdd"}},{"kind":"Field","name":{"kind":"Name","value":"userIdsToRemove"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerUserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyInProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<UserGroupsQuery, UserGroupsQueryVariables>;