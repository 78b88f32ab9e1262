"use strict";
/**
 * The ceiling for scenario 3's stack: Apollo Server 5 on Fastify 5 answering createBrokerUser with the
 * gateway's input shape by one MQ CreateUser through an SDK client, pointed at the wire emulator by
 * AWS_ENDPOINT_URL as the gateway is. The client has the SDK settings the gateway had before issue 22
 * (keep-alive sockets for MAX_SOCKETS calls in flight, standard retries, the cached middleware stack, no
 * logger middleware, the configuration in V8's fast layout), not its cheaper calls since
 * (src/adapters/aws/client-tuning.ts): the target is the gateway's own work (authentication,
 * limits, validation, the gate and its deadline, fault mapping, logs and metrics) paid for by those.
 * A failed call answers BrokerNotFound with the error's name.
 */
const { MqClient, CreateUserCommand } = require("@aws-sdk/client-mq");
const toFastProperties = require("to-fast-properties");
const { serveApollo } = require("./serve-apollo");

const typeDefs = /* GraphQL */ `
  interface Error { message: String! }
  enum BrokerUserPendingChange { CREATE DELETE UPDATE }
  input CreateBrokerUserInput { brokerId: String!, consoleAccess: Boolean! = false, groups: [String!], password: String!, replicationUser: Boolean! = false, username: String! }
  type BrokerUser { brokerId: String!, consoleAccess: Boolean!, groups: [String!]!, pendingChange: BrokerUserPendingChange!, replicationUser: Boolean!, username: String! }
  type CreateBrokerUserSuccess { brokerUser: BrokerUser! }
  type BrokerNotFound implements Error { message: String! }
  union CreateBrokerUserResult = CreateBrokerUserSuccess | BrokerNotFound
  type Query { ok: Boolean! }
  type Mutation { createBrokerUser(input: CreateBrokerUserInput!): CreateBrokerUserResult! }
`;

const agent = { keepAlive: true, maxSockets: Number(process.env.MAX_SOCKETS ?? 400) };
const mq = new MqClient({ retryMode: "standard", cacheMiddleware: true, requestHandler: { httpAgent: agent, httpsAgent: agent } });
mq.middlewareStack.remove("loggerMiddleware");
(toFastProperties.default ?? toFastProperties)(mq.config);

const resolvers = {
  Query: { ok: () => true },
  Mutation: {
    /**
     * @param {unknown} _
     * @param {{ input: { brokerId: string, username: string, password: string, consoleAccess: boolean, groups?: string[] | null, replicationUser: boolean } }} args
     */
    createBrokerUser: async (_, { input }) => {
      const groups = input.groups ?? [];
      try {
        await mq.send(
          new CreateUserCommand({
            BrokerId: input.brokerId,
            Username: input.username,
            Password: input.password,
            ConsoleAccess: input.consoleAccess,
            Groups: groups,
            ReplicationUser: input.replicationUser,
          }),
        );
      } catch (error) {
        return { __typename: "BrokerNotFound", message: String(/** @type {Error | undefined} */ (error)?.name) };
      }
      const { password, ...user } = input;
      return { __typename: "CreateBrokerUserSuccess", brokerUser: { ...user, groups, pendingChange: "CREATE" } };
    },
  },
  CreateBrokerUserResult: { __resolveType: (/** @type {{ __typename: string }} */ result) => result.__typename },
};

// The gateway's default listen backlog (GATEWAY_LISTEN_BACKLOG), not Node's 511.
serveApollo("bare-apollo-sdk", { typeDefs, resolvers, backlog: 4096 });
