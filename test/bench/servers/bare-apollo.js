"use strict";
/**
 * The ceiling for the gateway's stack: Apollo Server 5 on Fastify 5 through @as-integrations/fastify,
 * in production mode, answering createUserGroup with the gateway's input shape and a fixed result.
 * No authentication, limits, logging or validation beyond GraphQL's own.
 */
const { serveApollo } = require("./serve-apollo");

const typeDefs = /* GraphQL */ `
  interface Error { message: String! }
  enum Engine { REDIS VALKEY }
  enum UserGroupStatus { ACTIVE CREATING DELETING MODIFYING }
  input TagInput { key: String!, value: String }
  input CreateUserGroupInput { engine: Engine!, tags: [TagInput!], userGroupId: String!, userIds: [String!] }
  type UserGroup {
    arn: String
    engine: Engine!
    minimumEngineVersion: String
    status: UserGroupStatus
    userGroupId: String!
    userIds: [String!]!
  }
  type CreateUserGroupSuccess { userGroup: UserGroup! }
  type UserGroupAlreadyExists implements Error { message: String!, requestId: String }
  union CreateUserGroupResult = CreateUserGroupSuccess | UserGroupAlreadyExists
  type Query { ok: Boolean! }
  type Mutation { createUserGroup(input: CreateUserGroupInput!): CreateUserGroupResult! }
`;

const resolvers = {
  Query: { ok: () => true },
  Mutation: {
    /** @param {unknown} _ @param {{ input: { userGroupId: string, engine: string, userIds?: string[] | null } }} args */
    createUserGroup: (_, { input }) => ({
      __typename: "CreateUserGroupSuccess",
      userGroup: {
        arn: `arn:aws:elasticache:us-east-1:000000000000:usergroup:${input.userGroupId.toLowerCase()}`,
        engine: input.engine,
        minimumEngineVersion: "7.2",
        status: "CREATING",
        userGroupId: input.userGroupId.toLowerCase(),
        userIds: input.userIds ?? [],
      },
    }),
  },
  CreateUserGroupResult: { __resolveType: (/** @type {{ __typename: string }} */ result) => result.__typename },
};

serveApollo("bare-apollo", { typeDefs, resolvers });
