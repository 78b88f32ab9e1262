import type { ApolloFastifyContextFunction } from "@as-integrations/fastify";
import { GraphQLError } from "graphql";
import type { FastifyBaseLogger } from "fastify";
import type { Authenticate } from "../auth/authenticate";
import { AuthenticationFailed } from "../auth/identity";
import type { GatewayContext } from "../graphql/context";
import { elapsedMs, type OperationLog } from "./operation-log";

/** What resolvers see, and the request's logger, which only the server's plugins use. */
export interface RequestContext extends GatewayContext {
  readonly log: FastifyBaseLogger;
}

/** Who is calling, from the request's headers. Refused credentials answer 401 before anything runs. */
export function graphqlContext(authenticate: Authenticate, operations: OperationLog): ApolloFastifyContextFunction<RequestContext> {
  return async (request) => {
    const started = performance.now();
    try {
      return { identity: await authenticate(request.headers), log: request.log, calls: [] };
    } catch (error) {
      if (!(error instanceof AuthenticationFailed)) throw error;
      // The operation report of a request refused before GraphQL ran, with the reason for operators.
      operations.record(request.log, { operation: null, caller: null, outcomes: [], errors: ["UNAUTHENTICATED"], durationMs: elapsedMs(started), reason: error.reason });
      throw new GraphQLError("Authentication failed: the credentials were refused.", {
        extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
      });
    }
  };
}
