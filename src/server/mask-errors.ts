import { randomUUID } from "node:crypto";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { withoutInputValues, withoutSuggestions } from "./client-errors";
import { errorDetails } from "./error-details";
import { INTROSPECTION_OFF_MESSAGE, isIntrospectionRefusal } from "./introspection-off";
import type { SchemaFacts } from "./schema-facts";

export const MASKED_MESSAGE = "Unexpected error. Quote the errorId when you report it.";

export interface ErrorLog {
  error(details: object, message: string): void;
}

/**
 * Apollo's formatError: errors Apollo raised on purpose (parse, validation, bad input, auth) pass
 * without the input values graphql-js repeats, with what the schema says (an enum's values), and
 * without graphql-js's suggestions of schema names unless `suggestions`; anything
 * else is replaced by a fixed message and an error id, and logged once with that id.
 */
export function maskUnexpectedErrors(log: ErrorLog, facts: SchemaFacts, suggestions: boolean) {
  const forClients = (message: string) => withoutInputValues(suggestions ? message : withoutSuggestions(message), facts);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (isIntrospectionRefusal(formatted)) return { ...formatted, message: INTROSPECTION_OFF_MESSAGE };
    if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return { ...formatted, message: forClients(formatted.message) };
    const errorId = randomUUID();
    log.error({ errorId, path: formatted.path, err: errorDetails(unwrapResolverError(error)) }, "unexpected error");
    return { message: MASKED_MESSAGE, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR", errorId } };
  };
}
