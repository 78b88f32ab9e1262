import { GraphQLError } from "graphql";
import type { AuthChecker } from "type-graphql";
import type { GatewayContext } from "./context";

export const AUTHENTICATION_REQUIRED = "Authentication required: send a bearer token or an API key.";

/** `@Authorized(scope)`: no identity is UNAUTHENTICATED, a missing scope FORBIDDEN; the resolver never runs. */
export const scopeChecker: AuthChecker<GatewayContext> = ({ context }, scopes) => {
  if (!context.identity) {
    throw new GraphQLError(AUTHENTICATION_REQUIRED, { extensions: { code: "UNAUTHENTICATED" } });
  }
  const missing = scopes.filter((scope) => !context.identity!.scopes.has(scope));
  if (missing.length > 0) {
    throw new GraphQLError(`Missing scope: ${missing.join(", ")}.`, { extensions: { code: "FORBIDDEN" } });
  }
  return true;
};
