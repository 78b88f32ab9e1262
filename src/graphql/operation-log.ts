import type { ApolloServerPlugin } from "@apollo/server";
import type { CallRecord, GatewayContext } from "./context";

/** What one GraphQL operation did: the operation log line, and what metrics count. */
export interface OperationReport {
  readonly operation: string | null;
  readonly caller: string | null;
  readonly outcomes: readonly CallRecord[];
  /** Top-level error codes. */
  readonly errors: readonly string[];
  readonly durationMs: number;
}

/**
 * One log line per GraphQL operation: name, caller id (never a credential), the outcome of each
 * AWS-calling field with AWS's request id and attempts, top-level error codes, and duration; the same
 * report goes to `onReport` (metrics). Variables are never logged.
 */
export function operationLog(onReport?: (report: OperationReport) => void): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operationName, response }) {
          const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          const report: OperationReport = {
            operation: operationName ?? null,
            caller: contextValue.identity?.id ?? null,
            outcomes: contextValue.calls,
            errors: errors.map((e) => String(e.extensions?.code ?? "UNKNOWN")),
            durationMs: Math.round((performance.now() - started) * 10) / 10,
          };
          contextValue.log.info(report, "graphql operation");
          onReport?.(report);
        },
      };
    },
  };
}
