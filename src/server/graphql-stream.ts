import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import { createHandler } from "graphql-sse/lib/use/fastify";
import type { Authenticate } from "../auth/authenticate";
import { AuthenticationFailed, type Identity } from "../auth/identity";
import { AUTHENTICATION_REQUIRED } from "../graphql/auth-checker";
import { BEARER_CHALLENGE, refusal } from "./auth-refusal";
import { errorDetails } from "./error-details";
import { registerOtherMethods, STREAM_URL } from "./graphql-methods";
import { MASKED_MESSAGE } from "./mask-errors";
import type { OperationLimitsOptions } from "./operation-limits";
import { elapsedMs, type OperationLog } from "./operation-log";
import { type StreamContext, streamExecution } from "./stream-execution";

export interface GraphqlStreamOptions {
  readonly schema: GraphQLSchema;
  readonly authenticate: Authenticate;
  readonly operations: OperationLog;
  readonly limits: Pick<OperationLimitsOptions, "validationRules" | "parseOptions" | "checkCost">;
  /** Apollo's formatError, as /graphql uses it. */
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

const errorBody = (message: string, extensions: object) => ({ errors: [{ message, extensions }] });

/** Asks for an event stream: one of the Accept header's media ranges is text/event-stream. */
const acceptsEventStream = (accept: string | undefined): boolean =>
  (accept ?? "").split(",").some((range) => range.split(";")[0]!.trim().toLowerCase() === "text/event-stream");

/**
 * Subscriptions over GraphQL over Server-Sent Events (graphql-sse, distinct connections mode) at POST
 * /graphql/stream: Apollo Server does not serve subscriptions. What Apollo's plugins do for /graphql is
 * done here too: credentials are checked first (401 with a challenge), operations meet the same limits,
 * errors are masked the same way, and each subscription is one operation log line (and metrics) when it
 * ends. A request the route cannot stream is answered with plain JSON and a 4xx status; from the first
 * GraphQL error on (parse, validation, a query sent here, a missing scope) the answer is a stream with
 * one `next` event holding the errors, then `complete`. Closing the server ends every stream without
 * `complete`, so clients reconnect (to another instance) rather than take the watch as finished.
 */
export function registerGraphqlStream(app: FastifyInstance, options: GraphqlStreamOptions): void {
  const contexts = new WeakMap<FastifyRequest, StreamContext>();
  const handler = createHandler(streamExecution(options, (request) => contexts.get(request)!));
  const streams = new Map<FastifyReply, Promise<void>>();

  app.addHook("preClose", async () => {
    for (const reply of streams.keys()) {
      const socket = reply.raw.socket;
      reply.raw.end();
      // The stream's keep-alive connection would otherwise hold the server's close until it times out.
      socket?.end();
    }
    await Promise.allSettled(streams.values());
  });

  app.post(STREAM_URL, async (request, reply) => {
    if (!acceptsEventStream(request.headers.accept)) {
      return reply
        .code(406)
        .send(errorBody(`${STREAM_URL} serves subscriptions as Server-Sent Events: send Accept: text/event-stream.`, { code: "NOT_ACCEPTABLE" }));
    }
    if (!request.headers["content-type"]?.toLowerCase().startsWith("application/json")) {
      return reply.code(415).send(errorBody("Unsupported content type; send application/json.", { code: "UNSUPPORTED_MEDIA_TYPE" }));
    }
    const started = performance.now();
    const identity = await authenticated(request, reply, options, started);
    if (identity === null) return reply;
    // graphql-sse compares the header with text/event-stream exactly.
    request.headers.accept = "text/event-stream";
    const context: StreamContext = { identity, log: request.log, calls: [], started, operation: null, errors: [] };
    contexts.set(request, context);
    // Reverse proxies such as nginx buffer responses unless told not to, which would hold the events back.
    reply.header("x-accel-buffering", "no");
    reply.hijack();
    const served = serve(request, reply, context);
    streams.set(reply, served);
    await served;
    streams.delete(reply);
  });
  registerOtherMethods(app, STREAM_URL);

  async function serve(request: FastifyRequest, reply: FastifyReply, context: StreamContext): Promise<void> {
    // The response's close (the stream ended, the client left, or the server ended it) is the end:
    // graphql-sse's handler does not settle when the client leaves first (it waits for a `finish` that a
    // destroyed response never emits); its own clean-up runs on that close all the same.
    const closed = new Promise<void>((resolve) => reply.raw.once("close", resolve));
    try {
      await Promise.race([handler(request, reply), closed]);
    } catch (error) {
      // graphql-sse passes on what its callbacks threw: unexpected by definition.
      const errorId = randomUUID();
      request.log.error({ errorId, err: errorDetails(error) }, "unexpected error in an event stream");
      context.errors.push("INTERNAL_SERVER_ERROR");
      if (reply.raw.headersSent) reply.raw.destroy();
      else
        reply.raw
          .writeHead(500, { "content-type": "application/json; charset=utf-8" })
          .end(JSON.stringify(errorBody(MASKED_MESSAGE, { code: "INTERNAL_SERVER_ERROR", errorId })));
    } finally {
      if (reply.raw.statusCode >= 400 && context.errors.length === 0) context.errors.push(`HTTP_${reply.raw.statusCode}`);
      options.operations.record(request.log, {
        operation: context.operation,
        caller: context.identity?.id ?? null,
        outcomes: context.calls,
        errors: context.errors,
        durationMs: elapsedMs(context.started),
      });
    }
  }
}

/**
 * The caller's identity, or null once the request has been answered: refused credentials, or none where
 * they are required (every subscription field needs a scope), answer 401 (RFC 6750) as /graphql does.
 */
async function authenticated(request: FastifyRequest, reply: FastifyReply, options: GraphqlStreamOptions, started: number): Promise<Identity | null> {
  const refuse = (status: number, headers: Readonly<Record<string, string>>, message: string, extensions: { code: string }, reason?: string) => {
    options.operations.refused(request.log, extensions.code, started, reason);
    void reply.code(status).headers(headers).send(errorBody(message, extensions));
    return null;
  };
  let identity: Identity | undefined;
  try {
    identity = await options.authenticate(request.headers);
  } catch (error) {
    if (!(error instanceof AuthenticationFailed)) throw error;
    const { status, headers, message, extensions } = refusal(error.reason);
    return refuse(status, headers, message, extensions, error.reason);
  }
  if (identity === undefined) return refuse(401, { "www-authenticate": BEARER_CHALLENGE }, AUTHENTICATION_REQUIRED, { code: "UNAUTHENTICATED" });
  return identity;
}
