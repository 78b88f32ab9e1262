"use strict";
/**
 * What the bare Apollo baselines share: Apollo Server 5 on Fastify 5 through @as-integrations/fastify,
 * no logger, /graphql on loopback, the "listening on" line the harness waits for, and SIGTERM to stop.
 */
const { ApolloServer } = require("@apollo/server");
const { fastifyApolloDrainPlugin, fastifyApolloHandler } = require("@as-integrations/fastify");
const Fastify = require("fastify");

/**
 * @param {string} name
 * @param {{ typeDefs: string, resolvers: import('@apollo/server').ApolloServerOptions<import('@apollo/server').BaseContext>['resolvers'], backlog?: number }} server
 */
function serveApollo(name, { typeDefs, resolvers, backlog }) {
  const main = async () => {
    const app = Fastify({ logger: false });
    const apollo = new ApolloServer({ typeDefs, resolvers, plugins: [fastifyApolloDrainPlugin(app)] });
    await apollo.start();
    app.route({ url: "/graphql", method: ["GET", "POST"], handler: fastifyApolloHandler(apollo) });
    await app.listen({ port: Number(process.env.PORT ?? 0), host: "127.0.0.1", backlog });
    process.stdout.write(`${name} listening on http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (app.server.address()).port}/graphql\n`);
    process.once("SIGTERM", () =>
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      ),
    );
  };
  main().catch((error) => {
    process.stderr.write(`${name}: ${error.stack}\n`);
    process.exit(1);
  });
}

module.exports = { serveApollo };
