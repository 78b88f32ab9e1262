import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from "@as-integrations/fastify";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { Backend } from "./backend";
import { maskUnexpectedErrors } from "./graphql/mask-errors";
import { buildGatewaySchema } from "./graphql/schema";
import { notFoundHandler, transportErrorHandler } from "./http/transport-errors";

export interface AppOptions {
  readonly backend: Backend;
  readonly version: string;
  /** Fastify's pino options; tests pass a stream to read the log. */
  readonly logger?: FastifyServerOptions["logger"];
}

/** The HTTP server with the GraphQL endpoint at /graphql, ready to listen. Starts nothing by itself. */
export async function buildApp({ backend, version, logger = true }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger });
  const apollo = new ApolloServer({
    schema: await buildGatewaySchema(backend, version),
    formatError: maskUnexpectedErrors(app.log),
    includeStacktraceInErrorResponses: false,
    plugins: [fastifyApolloDrainPlugin(app), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.setErrorHandler(transportErrorHandler);
  app.setNotFoundHandler(notFoundHandler);
  app.route({ url: "/graphql", method: ["GET", "POST", "OPTIONS"], handler: fastifyApolloHandler(apollo) });
  return app;
}
