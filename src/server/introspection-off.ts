import type { GraphQLFormattedError } from "graphql";

/** Apollo's validation error code for a query with __schema or __type while introspection is off. */
const INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED";

/** Apollo's own text tells the caller to pass an option to ApolloServer; the gateway's switch is a variable. */
export const INTROSPECTION_OFF_MESSAGE = "Introspection is off on this gateway (the default in production); GATEWAY_INTROSPECTION=true turns it on.";

export const isIntrospectionRefusal = (formatted: GraphQLFormattedError): boolean => formatted.extensions?.validationErrorCode === INTROSPECTION_DISABLED;
