import type { ApolloServerPlugin } from "@apollo/server";
import type { GatewayContext } from "./context";

/**
 * One log line per GraphQL operation: name, caller id (never a credential), the outcome of each
 * AWS-calling field with AWS's request id and attempts, top-level error codes, and duration.
 * Variables are never logged.
 */
export const operationLog: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    const started = performance.now();
    return {
      async willSendResponse({ contextValue, operationName, response }) {
        const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
        contextValue.log.info(
          {
            operation: operationName ?? null,
            caller: contextValue.identity?.id ?? null,
            outcomes: contextValue.calls,
            errors: errors.map((e) => e.extensions?.code ?? "UNKNOWN"),
            durationMs: Math.round((performance.now() - started) * 10) / 10,
          },
          "graphql operation",
        );
      },
    };
  },
};
