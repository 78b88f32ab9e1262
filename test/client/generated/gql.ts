/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation CreateBrokerUser($input: CreateBrokerUserInput!) {\n  createBrokerUser(input: $input) {\n    __typename\n    ... on CreateBrokerUserSuccess {\n      brokerUser {\n        brokerId\n        username\n        consoleAccess\n        groups\n        replicationUser\n        pendingChange\n      }\n    }\n    ... on InputValidationError {\n      violations {\n        path\n        message\n        constraint\n      }\n    }\n    ... on BadRequest {\n      attribute\n    }\n    ... on RateLimited {\n      retryAfterSeconds\n    }\n    ... on UpstreamThrottled {\n      retryAfterSeconds\n    }\n    ... on UpstreamUnavailable {\n      retryable\n    }\n    ... on AwsError {\n      requestId\n    }\n    ... on Error {\n      message\n    }\n  }\n}": typeof types.CreateBrokerUserDocument,
    "mutation CreateUserGroup($input: CreateUserGroupInput!) {\n  createUserGroup(input: $input) {\n    __typename\n    ... on CreateUserGroupSuccess {\n      userGroup {\n        userGroupId\n        status\n        engine\n        userIds\n        minimumEngineVersion\n        arn\n        replicationGroups\n        serverlessCaches\n        pendingChanges {\n          userIdsToAdd\n          userIdsToRemove\n        }\n      }\n    }\n    ... on InputValidationError {\n      violations {\n        path\n        message\n        constraint\n      }\n    }\n    ... on UserNotFound {\n      userIds\n    }\n    ... on RateLimited {\n      retryAfterSeconds\n    }\n    ... on UpstreamThrottled {\n      retryAfterSeconds\n    }\n    ... on UpstreamUnavailable {\n      retryable\n    }\n    ... on AwsError {\n      requestId\n    }\n    ... on Error {\n      message\n    }\n  }\n}": typeof types.CreateUserGroupDocument,
    "query Gateway {\n  gateway {\n    version\n    backend\n    region\n  }\n}": typeof types.GatewayDocument,
};
const documents: Documents = {
    "mutation CreateBrokerUser($input: CreateBrokerUserInput!) {\n  createBrokerUser(input: $input) {\n    __typename\n    ... on CreateBrokerUserSuccess {\n      brokerUser {\n        brokerId\n        username\n        consoleAccess\n        groups\n        replicationUser\n        pendingChange\n      }\n    }\n    ... on InputValidationError {\n      violations {\n        path\n        message\n        constraint\n      }\n    }\n    ... on BadRequest {\n      attribute\n    }\n    ... on RateLimited {\n      retryAfterSeconds\n    }\n    ... on UpstreamThrottled {\n      retryAfterSeconds\n    }\n    ... on UpstreamUnavailable {\n      retryable\n    }\n    ... on AwsError {\n      requestId\n    }\n    ... on Error {\n      message\n    }\n  }\n}": types.CreateBrokerUserDocument,
    "mutation CreateUserGroup($input: CreateUserGroupInput!) {\n  createUserGroup(input: $input) {\n    __typename\n    ... on CreateUserGroupSuccess {\n      userGroup {\n        userGroupId\n        status\n        engine\n        userIds\n        minimumEngineVersion\n        arn\n        replicationGroups\n        serverlessCaches\n        pendingChanges {\n          userIdsToAdd\n          userIdsToRemove\n        }\n      }\n    }\n    ... on InputValidationError {\n      violations {\n        path\n        message\n        constraint\n      }\n    }\n    ... on UserNotFound {\n      userIds\n    }\n    ... on RateLimited {\n      retryAfterSeconds\n    }\n    ... on UpstreamThrottled {\n      retryAfterSeconds\n    }\n    ... on UpstreamUnavailable {\n      retryable\n    }\n    ... on AwsError {\n      requestId\n    }\n    ... on Error {\n      message\n    }\n  }\n}": types.CreateUserGroupDocument,
    "query Gateway {\n  gateway {\n    version\n    backend\n    region\n  }\n}": types.GatewayDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBrokerUser($input: CreateBrokerUserInput!) {\n  createBrokerUser(input: $input) {\n    __typename\n    ... on CreateBrokerUserSuccess {\n      brokerUser {\n        brokerId\n        username\n        consoleAccess\n        groups\n        replicationUser\n        pendingChange\n      }\n    }\n    ... on InputValidationError {\n      violations {\n        path\n        message\n        constraint\n      }\n    }\n    ... on BadRequest {\n      attribute\n    }\n    ... on RateLimited {\n      retryAfterSeconds\n    }\n    ... on UpstreamThrottled {\n      retryAfterSeconds\n    }\n    ... on UpstreamUnavailable {\n      retryable\n    }\n    ... on AwsError {\n      requestId\n    }\n    ... on Error {\n      message\n    }\n  }\n}"): (typeof documents)["mutation CreateBrokerUser($input: CreateBrokerUserInput!) {\n  createBrokerUser(input: $input) {\n    __typename\n    ... on CreateBrokerUserSuccess {\n      brokerUser {\n        brokerId\n        username\n        consoleAccess\n        groups\n        replicationUser\n        pendingChange\n      }\n    }\n    ... on InputValidationError {\n      violations {\n        path\n        message\n        constraint\n      }\n    }\n    ... on BadRequest {\n      attribute\n    }\n    ... on RateLimited {\n      retryAfterSeconds\n    }\n    ... on UpstreamThrottled {\n      retryAfterSeconds\n    }\n    ... on UpstreamUnavailable {\n      retryable\n    }\n    ... on AwsError {\n      requestId\n    }\n    ... on Error {\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUserGroup($input: CreateUserGroupInput!) {\n  createUserGroup(input: $input) {\n    __typename\n    ... on CreateUserGroupSuccess {\n      userGroup {\n        userGroupId\n        status\n        engine\n        userIds\n        minimumEngineVersion\n        arn\n        replicationGroups\n        serverlessCaches\n        pendingChanges {\n          userIdsToAdd\n          userIdsToRemove\n        }\n      }\n    }\n    ... on InputValidationError {\n      violations {\n        path\n        message\n        constraint\n      }\n    }\n    ... on UserNotFound {\n      userIds\n    }\n    ... on RateLimited {\n      retryAfterSeconds\n    }\n    ... on UpstreamThrottled {\n      retryAfterSeconds\n    }\n    ... on UpstreamUnavailable {\n      retryable\n    }\n    ... on AwsError {\n      requestId\n    }\n    ... on Error {\n      message\n    }\n  }\n}"): (typeof documents)["mutation CreateUserGroup($input: CreateUserGroupInput!) {\n  createUserGroup(input: $input) {\n    __typename\n    ... on CreateUserGroupSuccess {\n      userGroup {\n        userGroupId\n        status\n        engine\n        userIds\n        minimumEngineVersion\n        arn\n        replicationGroups\n        serverlessCaches\n        pendingChanges {\n          userIdsToAdd\n          userIdsToRemove\n        }\n      }\n    }\n    ... on InputValidationError {\n      violations {\n        path\n        message\n        constraint\n      }\n    }\n    ... on UserNotFound {\n      userIds\n    }\n    ... on RateLimited {\n      retryAfterSeconds\n    }\n    ... on UpstreamThrottled {\n      retryAfterSeconds\n    }\n    ... on UpstreamUnavailable {\n      retryable\n    }\n    ... on AwsError {\n      requestId\n    }\n    ... on Error {\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Gateway {\n  gateway {\n    version\n    backend\n    region\n  }\n}"): (typeof documents)["query Gateway {\n  gateway {\n    version\n    backend\n    region\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;