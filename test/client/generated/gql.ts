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
    "fragment BrokerUserFields on BrokerUser {\n  brokerId\n  username\n  consoleAccess\n  groups\n  replicationUser\n  pendingChange\n  pending {\n    consoleAccess\n    groups\n    pendingChange\n  }\n}": typeof types.BrokerUserFieldsFragmentDoc,
    "query BrokerUser($brokerId: String!, $username: String!) {\n  brokerUser(brokerId: $brokerId, username: $username) {\n    __typename\n    ...BrokerUserFields\n    ...FailureFields\n  }\n}": typeof types.BrokerUserDocument,
    "query BrokerUsers($brokerId: String!, $first: Int, $after: String) {\n  brokerUsers(brokerId: $brokerId, first: $first, after: $after) {\n    __typename\n    ... on BrokerUserConnection {\n      nodes {\n        username\n        pendingChange\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}": typeof types.BrokerUsersDocument,
    "query Brokers($first: Int, $after: String) {\n  brokers(first: $first, after: $after) {\n    __typename\n    ... on BrokerConnection {\n      nodes {\n        brokerId\n        brokerName\n        engineType\n        state\n        deploymentMode\n        arn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}": typeof types.BrokersDocument,
    "query CacheUsers($engine: Engine, $first: Int, $after: String) {\n  cacheUsers(engine: $engine, first: $first, after: $after) {\n    __typename\n    ... on CacheUserConnection {\n      nodes {\n        userId\n        userName\n        engine\n        status\n        accessString\n        authenticationType\n        minimumEngineVersion\n        userGroupIds\n        arn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}": typeof types.CacheUsersDocument,
    "mutation CreateBrokerUser($input: CreateBrokerUserInput!) {\n  createBrokerUser(input: $input) {\n    __typename\n    ... on CreateBrokerUserSuccess {\n      brokerUser {\n        ...BrokerUserFields\n      }\n    }\n    ...FailureFields\n  }\n}": typeof types.CreateBrokerUserDocument,
    "mutation CreateUserGroup($input: CreateUserGroupInput!) {\n  createUserGroup(input: $input) {\n    __typename\n    ... on CreateUserGroupSuccess {\n      userGroup {\n        ...UserGroupFields\n      }\n    }\n    ...FailureFields\n  }\n}": typeof types.CreateUserGroupDocument,
    "mutation DeleteBrokerUser($input: DeleteBrokerUserInput!) {\n  deleteBrokerUser(input: $input) {\n    __typename\n    ... on DeleteBrokerUserSuccess {\n      brokerId\n      username\n    }\n    ...FailureFields\n  }\n}": typeof types.DeleteBrokerUserDocument,
    "mutation DeleteUserGroup($input: DeleteUserGroupInput!) {\n  deleteUserGroup(input: $input) {\n    __typename\n    ... on DeleteUserGroupSuccess {\n      userGroup {\n        ...UserGroupFields\n      }\n    }\n    ...FailureFields\n  }\n}": typeof types.DeleteUserGroupDocument,
    "fragment FailureFields on Error {\n  __typename\n  message\n  ... on AwsError {\n    requestId\n  }\n  ... on InputValidationError {\n    violations {\n      path\n      message\n      constraint\n    }\n  }\n  ... on UserNotFound {\n    userIds\n  }\n  ... on BadRequest {\n    attribute\n  }\n  ... on BrokerUserNotFound {\n    missing\n  }\n  ... on RateLimited {\n    retryAfterSeconds\n  }\n  ... on UpstreamThrottled {\n    retryAfterSeconds\n  }\n  ... on UpstreamUnavailable {\n    retryable\n  }\n  ... on IdempotencyInProgress {\n    retryAfterSeconds\n  }\n  ... on IdempotencyUnavailable {\n    retryAfterSeconds\n  }\n}": typeof types.FailureFieldsFragmentDoc,
    "query Gateway {\n  gateway {\n    version\n    backend\n    region\n  }\n}": typeof types.GatewayDocument,
    "mutation ModifyUserGroup($input: ModifyUserGroupInput!) {\n  modifyUserGroup(input: $input) {\n    __typename\n    ... on ModifyUserGroupSuccess {\n      userGroup {\n        ...UserGroupFields\n      }\n    }\n    ...FailureFields\n  }\n}": typeof types.ModifyUserGroupDocument,
    "mutation UpdateBrokerUser($input: UpdateBrokerUserInput!) {\n  updateBrokerUser(input: $input) {\n    __typename\n    ... on UpdateBrokerUserSuccess {\n      brokerId\n      username\n    }\n    ...FailureFields\n  }\n}": typeof types.UpdateBrokerUserDocument,
    "fragment UserGroupFields on UserGroup {\n  userGroupId\n  status\n  engine\n  userIds\n  minimumEngineVersion\n  arn\n  replicationGroups\n  serverlessCaches\n  pendingChanges {\n    userIdsToAdd\n    userIdsToRemove\n  }\n}": typeof types.UserGroupFieldsFragmentDoc,
    "subscription UserGroupStatus($userGroupId: String!) {\n  userGroupStatus(userGroupId: $userGroupId) {\n    __typename\n    ...UserGroupFields\n    ...FailureFields\n  }\n}": typeof types.UserGroupStatusDocument,
    "query UserGroup($userGroupId: String!) {\n  userGroup(userGroupId: $userGroupId) {\n    __typename\n    ...UserGroupFields\n    ...FailureFields\n  }\n}": typeof types.UserGroupDocument,
    "query UserGroups($first: Int, $after: String) {\n  userGroups(first: $first, after: $after) {\n    __typename\n    ... on UserGroupConnection {\n      nodes {\n        ...UserGroupFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}": typeof types.UserGroupsDocument,
};
const documents: Documents = {
    "fragment BrokerUserFields on BrokerUser {\n  brokerId\n  username\n  consoleAccess\n  groups\n  replicationUser\n  pendingChange\n  pending {\n    consoleAccess\n    groups\n    pendingChange\n  }\n}": types.BrokerUserFieldsFragmentDoc,
    "query BrokerUser($brokerId: String!, $username: String!) {\n  brokerUser(brokerId: $brokerId, username: $username) {\n    __typename\n    ...BrokerUserFields\n    ...FailureFields\n  }\n}": types.BrokerUserDocument,
    "query BrokerUsers($brokerId: String!, $first: Int, $after: String) {\n  brokerUsers(brokerId: $brokerId, first: $first, after: $after) {\n    __typename\n    ... on BrokerUserConnection {\n      nodes {\n        username\n        pendingChange\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}": types.BrokerUsersDocument,
    "query Brokers($first: Int, $after: String) {\n  brokers(first: $first, after: $after) {\n    __typename\n    ... on BrokerConnection {\n      nodes {\n        brokerId\n        brokerName\n        engineType\n        state\n        deploymentMode\n        arn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}": types.BrokersDocument,
    "query CacheUsers($engine: Engine, $first: Int, $after: String) {\n  cacheUsers(engine: $engine, first: $first, after: $after) {\n    __typename\n    ... on CacheUserConnection {\n      nodes {\n        userId\n        userName\n        engine\n        status\n        accessString\n        authenticationType\n        minimumEngineVersion\n        userGroupIds\n        arn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}": types.CacheUsersDocument,
    "mutation CreateBrokerUser($input: CreateBrokerUserInput!) {\n  createBrokerUser(input: $input) {\n    __typename\n    ... on CreateBrokerUserSuccess {\n      brokerUser {\n        ...BrokerUserFields\n      }\n    }\n    ...FailureFields\n  }\n}": types.CreateBrokerUserDocument,
    "mutation CreateUserGroup($input: CreateUserGroupInput!) {\n  createUserGroup(input: $input) {\n    __typename\n    ... on CreateUserGroupSuccess {\n      userGroup {\n        ...UserGroupFields\n      }\n    }\n    ...FailureFields\n  }\n}": types.CreateUserGroupDocument,
    "mutation DeleteBrokerUser($input: DeleteBrokerUserInput!) {\n  deleteBrokerUser(input: $input) {\n    __typename\n    ... on DeleteBrokerUserSuccess {\n      brokerId\n      username\n    }\n    ...FailureFields\n  }\n}": types.DeleteBrokerUserDocument,
    "mutation DeleteUserGroup($input: DeleteUserGroupInput!) {\n  deleteUserGroup(input: $input) {\n    __typename\n    ... on DeleteUserGroupSuccess {\n      userGroup {\n        ...UserGroupFields\n      }\n    }\n    ...FailureFields\n  }\n}": types.DeleteUserGroupDocument,
    "fragment FailureFields on Error {\n  __typename\n  message\n  ... on AwsError {\n    requestId\n  }\n  ... on InputValidationError {\n    violations {\n      path\n      message\n      constraint\n    }\n  }\n  ... on UserNotFound {\n    userIds\n  }\n  ... on BadRequest {\n    attribute\n  }\n  ... on BrokerUserNotFound {\n    missing\n  }\n  ... on RateLimited {\n    retryAfterSeconds\n  }\n  ... on UpstreamThrottled {\n    retryAfterSeconds\n  }\n  ... on UpstreamUnavailable {\n    retryable\n  }\n  ... on IdempotencyInProgress {\n    retryAfterSeconds\n  }\n  ... on IdempotencyUnavailable {\n    retryAfterSeconds\n  }\n}": types.FailureFieldsFragmentDoc,
    "query Gateway {\n  gateway {\n    version\n    backend\n    region\n  }\n}": types.GatewayDocument,
    "mutation ModifyUserGroup($input: ModifyUserGroupInput!) {\n  modifyUserGroup(input: $input) {\n    __typename\n    ... on ModifyUserGroupSuccess {\n      userGroup {\n        ...UserGroupFields\n      }\n    }\n    ...FailureFields\n  }\n}": types.ModifyUserGroupDocument,
    "mutation UpdateBrokerUser($input: UpdateBrokerUserInput!) {\n  updateBrokerUser(input: $input) {\n    __typename\n    ... on UpdateBrokerUserSuccess {\n      brokerId\n      username\n    }\n    ...FailureFields\n  }\n}": types.UpdateBrokerUserDocument,
    "fragment UserGroupFields on UserGroup {\n  userGroupId\n  status\n  engine\n  userIds\n  minimumEngineVersion\n  arn\n  replicationGroups\n  serverlessCaches\n  pendingChanges {\n    userIdsToAdd\n    userIdsToRemove\n  }\n}": types.UserGroupFieldsFragmentDoc,
    "subscription UserGroupStatus($userGroupId: String!) {\n  userGroupStatus(userGroupId: $userGroupId) {\n    __typename\n    ...UserGroupFields\n    ...FailureFields\n  }\n}": types.UserGroupStatusDocument,
    "query UserGroup($userGroupId: String!) {\n  userGroup(userGroupId: $userGroupId) {\n    __typename\n    ...UserGroupFields\n    ...FailureFields\n  }\n}": types.UserGroupDocument,
    "query UserGroups($first: Int, $after: String) {\n  userGroups(first: $first, after: $after) {\n    __typename\n    ... on UserGroupConnection {\n      nodes {\n        ...UserGroupFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}": types.UserGroupsDocument,
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
export function graphql(source: "fragment BrokerUserFields on BrokerUser {\n  brokerId\n  username\n  consoleAccess\n  groups\n  replicationUser\n  pendingChange\n  pending {\n    consoleAccess\n    groups\n    pendingChange\n  }\n}"): (typeof documents)["fragment BrokerUserFields on BrokerUser {\n  brokerId\n  username\n  consoleAccess\n  groups\n  replicationUser\n  pendingChange\n  pending {\n    consoleAccess\n    groups\n    pendingChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrokerUser($brokerId: String!, $username: String!) {\n  brokerUser(brokerId: $brokerId, username: $username) {\n    __typename\n    ...BrokerUserFields\n    ...FailureFields\n  }\n}"): (typeof documents)["query BrokerUser($brokerId: String!, $username: String!) {\n  brokerUser(brokerId: $brokerId, username: $username) {\n    __typename\n    ...BrokerUserFields\n    ...FailureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrokerUsers($brokerId: String!, $first: Int, $after: String) {\n  brokerUsers(brokerId: $brokerId, first: $first, after: $after) {\n    __typename\n    ... on BrokerUserConnection {\n      nodes {\n        username\n        pendingChange\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}"): (typeof documents)["query BrokerUsers($brokerId: String!, $first: Int, $after: String) {\n  brokerUsers(brokerId: $brokerId, first: $first, after: $after) {\n    __typename\n    ... on BrokerUserConnection {\n      nodes {\n        username\n        pendingChange\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Brokers($first: Int, $after: String) {\n  brokers(first: $first, after: $after) {\n    __typename\n    ... on BrokerConnection {\n      nodes {\n        brokerId\n        brokerName\n        engineType\n        state\n        deploymentMode\n        arn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}"): (typeof documents)["query Brokers($first: Int, $after: String) {\n  brokers(first: $first, after: $after) {\n    __typename\n    ... on BrokerConnection {\n      nodes {\n        brokerId\n        brokerName\n        engineType\n        state\n        deploymentMode\n        arn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheUsers($engine: Engine, $first: Int, $after: String) {\n  cacheUsers(engine: $engine, first: $first, after: $after) {\n    __typename\n    ... on CacheUserConnection {\n      nodes {\n        userId\n        userName\n        engine\n        status\n        accessString\n        authenticationType\n        minimumEngineVersion\n        userGroupIds\n        arn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}"): (typeof documents)["query CacheUsers($engine: Engine, $first: Int, $after: String) {\n  cacheUsers(engine: $engine, first: $first, after: $after) {\n    __typename\n    ... on CacheUserConnection {\n      nodes {\n        userId\n        userName\n        engine\n        status\n        accessString\n        authenticationType\n        minimumEngineVersion\n        userGroupIds\n        arn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBrokerUser($input: CreateBrokerUserInput!) {\n  createBrokerUser(input: $input) {\n    __typename\n    ... on CreateBrokerUserSuccess {\n      brokerUser {\n        ...BrokerUserFields\n      }\n    }\n    ...FailureFields\n  }\n}"): (typeof documents)["mutation CreateBrokerUser($input: CreateBrokerUserInput!) {\n  createBrokerUser(input: $input) {\n    __typename\n    ... on CreateBrokerUserSuccess {\n      brokerUser {\n        ...BrokerUserFields\n      }\n    }\n    ...FailureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUserGroup($input: CreateUserGroupInput!) {\n  createUserGroup(input: $input) {\n    __typename\n    ... on CreateUserGroupSuccess {\n      userGroup {\n        ...UserGroupFields\n      }\n    }\n    ...FailureFields\n  }\n}"): (typeof documents)["mutation CreateUserGroup($input: CreateUserGroupInput!) {\n  createUserGroup(input: $input) {\n    __typename\n    ... on CreateUserGroupSuccess {\n      userGroup {\n        ...UserGroupFields\n      }\n    }\n    ...FailureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteBrokerUser($input: DeleteBrokerUserInput!) {\n  deleteBrokerUser(input: $input) {\n    __typename\n    ... on DeleteBrokerUserSuccess {\n      brokerId\n      username\n    }\n    ...FailureFields\n  }\n}"): (typeof documents)["mutation DeleteBrokerUser($input: DeleteBrokerUserInput!) {\n  deleteBrokerUser(input: $input) {\n    __typename\n    ... on DeleteBrokerUserSuccess {\n      brokerId\n      username\n    }\n    ...FailureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteUserGroup($input: DeleteUserGroupInput!) {\n  deleteUserGroup(input: $input) {\n    __typename\n    ... on DeleteUserGroupSuccess {\n      userGroup {\n        ...UserGroupFields\n      }\n    }\n    ...FailureFields\n  }\n}"): (typeof documents)["mutation DeleteUserGroup($input: DeleteUserGroupInput!) {\n  deleteUserGroup(input: $input) {\n    __typename\n    ... on DeleteUserGroupSuccess {\n      userGroup {\n        ...UserGroupFields\n      }\n    }\n    ...FailureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FailureFields on Error {\n  __typename\n  message\n  ... on AwsError {\n    requestId\n  }\n  ... on InputValidationError {\n    violations {\n      path\n      message\n      constraint\n    }\n  }\n  ... on UserNotFound {\n    userIds\n  }\n  ... on BadRequest {\n    attribute\n  }\n  ... on BrokerUserNotFound {\n    missing\n  }\n  ... on RateLimited {\n    retryAfterSeconds\n  }\n  ... on UpstreamThrottled {\n    retryAfterSeconds\n  }\n  ... on UpstreamUnavailable {\n    retryable\n  }\n  ... on IdempotencyInProgress {\n    retryAfterSeconds\n  }\n  ... on IdempotencyUnavailable {\n    retryAfterSeconds\n  }\n}"): (typeof documents)["fragment FailureFields on Error {\n  __typename\n  message\n  ... on AwsError {\n    requestId\n  }\n  ... on InputValidationError {\n    violations {\n      path\n      message\n      constraint\n    }\n  }\n  ... on UserNotFound {\n    userIds\n  }\n  ... on BadRequest {\n    attribute\n  }\n  ... on BrokerUserNotFound {\n    missing\n  }\n  ... on RateLimited {\n    retryAfterSeconds\n  }\n  ... on UpstreamThrottled {\n    retryAfterSeconds\n  }\n  ... on UpstreamUnavailable {\n    retryable\n  }\n  ... on IdempotencyInProgress {\n    retryAfterSeconds\n  }\n  ... on IdempotencyUnavailable {\n    retryAfterSeconds\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Gateway {\n  gateway {\n    version\n    backend\n    region\n  }\n}"): (typeof documents)["query Gateway {\n  gateway {\n    version\n    backend\n    region\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModifyUserGroup($input: ModifyUserGroupInput!) {\n  modifyUserGroup(input: $input) {\n    __typename\n    ... on ModifyUserGroupSuccess {\n      userGroup {\n        ...UserGroupFields\n      }\n    }\n    ...FailureFields\n  }\n}"): (typeof documents)["mutation ModifyUserGroup($input: ModifyUserGroupInput!) {\n  modifyUserGroup(input: $input) {\n    __typename\n    ... on ModifyUserGroupSuccess {\n      userGroup {\n        ...UserGroupFields\n      }\n    }\n    ...FailureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateBrokerUser($input: UpdateBrokerUserInput!) {\n  updateBrokerUser(input: $input) {\n    __typename\n    ... on UpdateBrokerUserSuccess {\n      brokerId\n      username\n    }\n    ...FailureFields\n  }\n}"): (typeof documents)["mutation UpdateBrokerUser($input: UpdateBrokerUserInput!) {\n  updateBrokerUser(input: $input) {\n    __typename\n    ... on UpdateBrokerUserSuccess {\n      brokerId\n      username\n    }\n    ...FailureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserGroupFields on UserGroup {\n  userGroupId\n  status\n  engine\n  userIds\n  minimumEngineVersion\n  arn\n  replicationGroups\n  serverlessCaches\n  pendingChanges {\n    userIdsToAdd\n    userIdsToRemove\n  }\n}"): (typeof documents)["fragment UserGroupFields on UserGroup {\n  userGroupId\n  status\n  engine\n  userIds\n  minimumEngineVersion\n  arn\n  replicationGroups\n  serverlessCaches\n  pendingChanges {\n    userIdsToAdd\n    userIdsToRemove\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription UserGroupStatus($userGroupId: String!) {\n  userGroupStatus(userGroupId: $userGroupId) {\n    __typename\n    ...UserGroupFields\n    ...FailureFields\n  }\n}"): (typeof documents)["subscription UserGroupStatus($userGroupId: String!) {\n  userGroupStatus(userGroupId: $userGroupId) {\n    __typename\n    ...UserGroupFields\n    ...FailureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserGroup($userGroupId: String!) {\n  userGroup(userGroupId: $userGroupId) {\n    __typename\n    ...UserGroupFields\n    ...FailureFields\n  }\n}"): (typeof documents)["query UserGroup($userGroupId: String!) {\n  userGroup(userGroupId: $userGroupId) {\n    __typename\n    ...UserGroupFields\n    ...FailureFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserGroups($first: Int, $after: String) {\n  userGroups(first: $first, after: $after) {\n    __typename\n    ... on UserGroupConnection {\n      nodes {\n        ...UserGroupFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}"): (typeof documents)["query UserGroups($first: Int, $after: String) {\n  userGroups(first: $first, after: $after) {\n    __typename\n    ... on UserGroupConnection {\n      nodes {\n        ...UserGroupFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    ...FailureFields\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;