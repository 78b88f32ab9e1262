import type { ApolloFastifyContextFunction } from "@as-integrations/fastify";
import { GraphQLError } from "graphql";
import type { RequestHeaders } from "../auth/authenticate";
import { AuthenticationFailed, type Identity } from "../auth/identity";
import type { GatewayContext } from "../graphql/context";

export type Authenticate = (headers: RequestHeaders) => Promise<Identity | undefined>;

/** Who is calling, from the request's headers. Refused credentials answer 401 before anything runs. */
export function graphqlContext(authenticate: Authenticate): ApolloFastifyContextFunction<GatewayContext> {
  return async (request) => {
    try {
      return { identity: await authenticate(request.headers), log: request.log, calls: [] };
    } catch (error) {
      if (!(error instanceof AuthenticationFailed)) throw error;
      // The operation log line of a request refused before GraphQL ran, with the reason for operators.
      request.log.info({ operation: null, caller: null, outcomes: [], errors: ["UNAUTHENTICATED"], reason: error.reason }, "graphql operation");
      throw new GraphQLError("Authentication failed: the credentials were refused.", {
        extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
      });
    }
  };
}
