import { HeaderMap } from "@apollo/server";
import type { ApolloFastifyContextFunction } from "@as-integrations/fastify";
import type { FastifyBaseLogger } from "fastify";
import { GraphQLError } from "graphql";
import type { Authenticate } from "../auth/authenticate";
import { AuthenticationFailed } from "../auth/identity";
import type { GatewayContext } from "../graphql/context";
import { refusal } from "./auth-refusal";
import type { OperationLog } from "./operation-log";

/** What resolvers see, and the request's logger, which only the server's plugins use. */
export interface RequestContext extends GatewayContext {
  readonly log: FastifyBaseLogger;
}

/** Who is calling, from the request's headers. Refused credentials answer 401 (RFC 6750) before anything runs. */
export function graphqlContext(authenticate: Authenticate, operations: OperationLog): ApolloFastifyContextFunction<RequestContext> {
  return async (request) => {
    const started = performance.now();
    try {
      return { identity: await authenticate(request.headers), log: request.log, calls: [] };
    } catch (error) {
      if (!(error instanceof AuthenticationFailed)) throw error;
      const { status, headers, message, extensions } = refusal(error.reason);
      // The operation report of a request refused before GraphQL ran, with the full reason for operators.
      operations.refused(request.log, extensions.code, started, error.reason);
      throw new GraphQLError(message, { extensions: { ...extensions, http: { status, headers: new HeaderMap(Object.entries(headers)) } } });
    }
  };
}
