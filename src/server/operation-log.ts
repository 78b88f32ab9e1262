import type { ApolloServerPlugin } from "@apollo/server";
import type { FastifyBaseLogger } from "fastify";
import type { CallRecord } from "../graphql/context";
import type { RequestContext } from "./graphql-context";
import { TurnBatch } from "./turn-batch";

/** What one GraphQL operation did: the operation log line, and what metrics count. */
export interface OperationReport {
  readonly operation: string | null;
  readonly caller: string | null;
  readonly outcomes: readonly CallRecord[];
  /** Top-level error codes. */
  readonly errors: readonly string[];
  readonly durationMs: number;
  /** Why the credentials were refused (UNAUTHENTICATED only): for operators, never sent to the caller. */
  readonly reason?: string;
}

/**
 * One log line per GraphQL operation: name, caller id (never a credential), the outcome of each
 * AWS-calling field with AWS's request id and attempts, top-level error codes, and duration; the same
 * report goes to `onReport` (metrics). Variables are never logged. Lines are written at the end of the
 * event loop's turn in which their operations ended (TurnBatch); `flush` writes them at once.
 */
export class OperationLog {
  private readonly lines: TurnBatch<readonly [FastifyBaseLogger, OperationReport]>;

  constructor(onReport?: (report: OperationReport) => void) {
    this.lines = new TurnBatch("operation log", ([log, report]) => {
      log.info(report, "graphql operation");
      onReport?.(report);
    });
  }

  /** Queues the line of an operation that ended; `log` is its request's logger (it adds the reqId). */
  record(log: FastifyBaseLogger, report: OperationReport): void {
    this.lines.add([log, report]);
  }

  /**
   * Queues the line of a request refused before GraphQL ran (its credentials, on /graphql or the event
   * stream route), with the full reason for operators.
   */
  refused(log: FastifyBaseLogger, code: string, started: number, reason?: string): void {
    this.record(log, { operation: null, caller: null, outcomes: [], errors: [code], durationMs: elapsedMs(started), reason });
  }

  /** Writes the queued lines now: when the server closes. */
  flush(): void {
    this.lines.flush();
  }

  /** Times each GraphQL operation and records its report as its answer is sent. */
  plugin(): ApolloServerPlugin<RequestContext> {
    const lines = this.lines;
    return {
      async requestDidStart() {
        const started = performance.now();
        return {
          async willSendResponse({ contextValue, operationName, response }) {
            const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
            lines.add([
              contextValue.log,
              {
                operation: operationName ?? null,
                caller: contextValue.identity?.id ?? null,
                outcomes: contextValue.calls,
                errors: errors.map((e) => String(e.extensions?.code ?? "UNKNOWN")),
                durationMs: elapsedMs(started),
              },
            ]);
          },
        };
      },
    };
  }
}

/** Milliseconds since `started` (a performance.now()), to a tenth. */
export const elapsedMs = (started: number): number => Math.round((performance.now() - started) * 10) / 10;
