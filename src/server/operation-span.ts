import type { ApolloServerPlugin } from "@apollo/server";
import { context, createContextKey, type Span, SpanStatusCode } from "@opentelemetry/api";
import type { RequestContext } from "./graphql-context";

/** The GraphQL operation's span, in the context its resolvers run in (request-tracing.ts starts and ends it). */
export const OPERATION_SPAN = createContextKey("access-gateway GraphQL operation span");

/**
 * Names the operation's span and gives it the semantic conventions' `graphql.operation.type` and
 * `graphql.operation.name`, and `graphql.result.typename`: the `__typename` of each AWS-calling field's
 * result (success or fault member), as the operation log reports outcomes. Never the document or its
 * variables: either may hold a password. Only an unexpected error (masked for the caller) makes the span
 * an ERROR; a caller's mistake is a result, as a 4xx is for a server span. `error.type` names the first
 * top-level error code.
 */
export function operationSpans(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const span = context.active().getValue(OPERATION_SPAN) as Span | undefined;
      if (!span) return;
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          const type = operation.operation;
          const name = operation.name?.value;
          span.updateName(name ? `${type} ${name}` : type);
          span.setAttribute("graphql.operation.type", type);
          if (name) span.setAttribute("graphql.operation.name", name);
        },
        async willSendResponse({ contextValue, response }) {
          if (contextValue.calls.length > 0)
            span.setAttribute(
              "graphql.result.typename",
              contextValue.calls.map((call) => call.outcome),
            );
          const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => String(error.extensions?.code ?? "UNKNOWN"));
          if (codes.length > 0) span.setAttribute("error.type", codes[0]!);
          if (codes.includes("INTERNAL_SERVER_ERROR")) span.setStatus({ code: SpanStatusCode.ERROR, message: "INTERNAL_SERVER_ERROR" });
        },
      };
    },
  };
}
