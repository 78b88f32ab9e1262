import { GraphQLError } from "graphql";
import type { AuthChecker } from "type-graphql";
import type { GatewayContext } from "./context";

export const AUTHENTICATION_REQUIRED = "Authentication required: send a bearer token or an API key.";

/** No identity is UNAUTHENTICATED, a missing scope FORBIDDEN: thrown before anything is called. */
export function requireScopes(context: GatewayContext, scopes: readonly string[]): void {
  if (!context.identity) {
    throw new GraphQLError(AUTHENTICATION_REQUIRED, { extensions: { code: "UNAUTHENTICATED" } });
  }
  const missing = scopes.filter((scope) => !context.identity!.scopes.has(scope));
  if (missing.length > 0) {
    throw new GraphQLError(`Missing scope: ${missing.join(", ")}.`, { extensions: { code: "FORBIDDEN" } });
  }
}

/** `@Authorized(scope)`: requireScopes before the resolver runs. */
export const scopeChecker: AuthChecker<GatewayContext> = ({ context }, scopes) => {
  requireScopes(context, scopes);
  return true;
};
