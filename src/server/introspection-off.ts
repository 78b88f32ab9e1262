import { GraphQLError, type GraphQLFormattedError, type ValidationRule } from "graphql";

/** Apollo's validation error code for a query with __schema or __type while introspection is off. */
const INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED";

/** Apollo's own text tells the caller to pass an option to ApolloServer; the gateway's switch is a variable. */
export const INTROSPECTION_OFF_MESSAGE = "Introspection is off on this gateway (the default in production); GATEWAY_INTROSPECTION=true turns it on.";

export const isIntrospectionRefusal = (formatted: GraphQLFormattedError): boolean => formatted.extensions?.validationErrorCode === INTROSPECTION_DISABLED;

/**
 * A subgraph's `_service { sdl }` is the whole schema: with introspection off it is refused as Apollo
 * refuses `__schema` (a router's supergraph is then composed from `npm run schema:subgraph`).
 */
export const noSubgraphSdl: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === "_service" && context.getParentType() === context.getSchema().getQueryType()) {
      context.reportError(new GraphQLError(INTROSPECTION_OFF_MESSAGE, { nodes: node, extensions: { validationErrorCode: INTROSPECTION_DISABLED } }));
    }
  },
});
