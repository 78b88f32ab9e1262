import type { FastifyInstance } from "fastify";
import { isGraphqlRoute, isPreflight, methodNotAllowed } from "./graphql-methods";
import { TRACE_RESPONSE } from "./trace-response";

/** A loopback origin on any port: where a frontend's development server runs. */
export const LOOPBACK_ORIGIN = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/;

export interface CorsSettings {
  readonly corsOrigins: readonly string[];
  readonly corsLoopback: boolean;
}

/**
 * CORS for the listed origins, and for loopback ones when `corsLoopback`; nothing when neither. With
 * `tracing`, a browser may send its trace context and read the answer's trace header.
 */
export async function registerCors(app: FastifyInstance, { corsOrigins, corsLoopback }: CorsSettings, tracing = false): Promise<void> {
  const origins: (string | RegExp)[] = [...corsOrigins, ...(corsLoopback ? [LOOPBACK_ORIGIN] : [])];
  if (origins.length === 0) return;
  // Before the plugin's hook, which would answer an OPTIONS that is not a preflight as a malformed
  // preflight (400, plain text): on a GraphQL route that is a method it does not answer.
  app.addHook("onRequest", (request, reply, done) => {
    const url = request.routeOptions.url;
    if (request.method === "OPTIONS" && isGraphqlRoute(url) && !isPreflight(request)) return void methodNotAllowed(reply, url);
    done();
  });
  // Loaded only when used, as is the playground: start-up time counts (cold starts).
  const { default: cors } = await import("@fastify/cors");
  await app.register(cors, {
    origin: origins,
    methods: ["GET", "POST"],
    allowedHeaders: [
      "content-type",
      "authorization",
      "x-api-key",
      "apollo-require-preflight",
      "x-apollo-operation-name",
      ...(tracing ? ["traceparent", "tracestate"] : []),
    ],
    maxAge: 600,
    ...(tracing ? { exposedHeaders: [TRACE_RESPONSE] } : {}),
  });
}
