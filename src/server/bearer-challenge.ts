import type { ApolloServerPlugin } from "@apollo/server";
import type { GatewayContext } from "../graphql/context";
import { BEARER_CHALLENGE } from "./auth-refusal";

/**
 * RFC 6750: a request without credentials that reached a field needing them is answered 401 with
 * `WWW-Authenticate: Bearer`; the body stays GraphQL's (data null, an UNAUTHENTICATED error). Only
 * requests without an identity are looked at; a missing scope stays FORBIDDEN with GraphQL's status.
 */
export function bearerChallenge(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.identity !== undefined) return;
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          if (!response.body.singleResult.errors?.some((e) => e.extensions?.code === "UNAUTHENTICATED")) return;
          response.http.status = 401;
          response.http.headers.set("www-authenticate", BEARER_CHALLENGE);
        },
      };
    },
  };
}
