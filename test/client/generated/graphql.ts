/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A change Amazon MQ applies when the broker reboots or at its maintenance window. */
export type BrokerUserPendingChange =
  | 'CREATE';

export type CreateBrokerUserInput = {
  /** The ActiveMQ broker's id. */
  brokerId: string;
  /** Access to the ActiveMQ web console. */
  consoleAccess?: boolean;
  /** At most 20 groups, each named like a username. */
  groups?: Array<string> | null | undefined;
  /** At least 12 characters, at least 4 of them different, none of , : =. Never returned, logged or kept. */
  password: string;
  /** A user for cross-region data replication; excludes consoleAccess. */
  replicationUser?: boolean;
  /** 2 to 100 letters, digits or - . _ ~. It reaches CloudWatch Logs: no secrets or personal data. */
  username: string;
};

export type CreateUserGroupInput = {
  engine: Engine;
  /** At most 50 tags per resource. */
  tags?: Array<TagInput> | null | undefined;
  /** Starts with a letter; letters, digits and hyphens. AWS stores it in lower case. */
  userGroupId: string;
  /** Existing ElastiCache user ids, at least one when given; one of them must have the user name "default". */
  userIds?: Array<string> | null | undefined;
};

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
  /** The value starts with a prefix AWS reserves. */
  | 'RESERVED_PREFIX';

export type TagInput = {
  /** 1 to 128 characters; must not start with aws:. */
  key: string;
  /** 0 to 256 characters, or null. */
  value?: string | null | undefined;
};

export type UserGroupStatus =
  | 'ACTIVE'
  | 'CREATING'
  | 'DELETING'
  | 'MODIFYING';

export type CreateBrokerUserMutationVariables = Exact<{
  input: CreateBrokerUserInput;
}>;


export type CreateBrokerUserMutation = { createBrokerUser:
    | { __typename: 'BadRequest', attribute: string | null, requestId: string | null, message: string }
    | { __typename: 'BrokerNotFound', requestId: string | null, message: string }
    | { __typename: 'BrokerUserAlreadyExists', requestId: string | null, message: string }
    | { __typename: 'CreateBrokerUserSuccess', brokerUser: { brokerId: string, username: string, consoleAccess: boolean, groups: Array<string>, replicationUser: boolean, pendingChange: BrokerUserPendingChange } }
    | { __typename: 'Forbidden', requestId: string | null, message: string }
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'UpstreamThrottled', retryAfterSeconds: number, requestId: string | null, message: string }
    | { __typename: 'UpstreamUnavailable', retryable: boolean, requestId: string | null, message: string }
   };

export type CreateUserGroupMutationVariables = Exact<{
  input: CreateUserGroupInput;
}>;


export type CreateUserGroupMutation = { createUserGroup:
    | { __typename: 'CreateUserGroupSuccess', userGroup: { userGroupId: string, status: UserGroupStatus | null, engine: Engine, userIds: Array<string>, minimumEngineVersion: string | null, arn: string | null, replicationGroups: Array<string>, serverlessCaches: Array<string>, pendingChanges: { userIdsToAdd: Array<string>, userIdsToRemove: Array<string> } | null } }
    | { __typename: 'DefaultUserRequired', requestId: string | null, message: string }
    | { __typename: 'DuplicateUserName', requestId: string | null, message: string }
    | { __typename: 'InputValidationError', message: string, violations: Array<{ path: Array<string>, message: string, constraint: InputConstraint }> }
    | { __typename: 'InvalidParameterValue', requestId: string | null, message: string }
    | { __typename: 'RateLimited', retryAfterSeconds: number, message: string }
    | { __typename: 'ServiceLinkedRoleNotFound', requestId: string | null, message: string }
    | { __typename: 'TagQuotaPerResourceExceeded', requestId: string | null, message: string }
    | { __typename: 'UpstreamThrottled', retryAfterSeconds: number, requestId: string | null, message: string }
    | { __typename: 'UpstreamUnavailable', retryable: boolean, requestId: string | null, message: string }
    | { __typename: 'UserGroupAlreadyExists', requestId: string | null, message: string }
    | { __typename: 'UserGroupQuotaExceeded', requestId: string | null, message: string }
    | { __typename: 'UserNotFound', userIds: Array<string>, requestId: string | null, message: string }
   };

export type GatewayQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayQuery = { gateway: { version: string, backend: GatewayBackend, region: string } };


export const CreateBrokerUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBrokerUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBrokerUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBrokerUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBrokerUserSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokerId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"consoleAccess"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"replicationUser"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChange"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BadRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBrokerUserMutation, CreateBrokerUserMutationVariables>;
export const CreateUserGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUserGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUserGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserGroupSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"minimumEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"replicationGroups"}},{"kind":"Field","name":{"kind":"Name","value":"serverlessCaches"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIdsToAdd"}},{"kind":"Field","name":{"kind":"Name","value":"userIdsToRemove"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamThrottled"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserGroupMutation, CreateUserGroupMutationVariables>;
export const GatewayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<GatewayQuery, GatewayQueryVariables>;