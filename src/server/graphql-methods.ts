import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** Where subscriptions are served: GraphQL over Server-Sent Events (graphql-stream.ts). */
export const STREAM_URL = "/graphql/stream";

/** What each GraphQL route answers besides CORS preflights: /graphql GET and POST, the stream POST. */
const ROUTE_METHODS: Readonly<Record<string, readonly string[]>> = { "/graphql": ["GET", "POST"], [STREAM_URL]: ["POST"] };

/** The routes' Allow header. */
const allow = (url: string): string => [...(ROUTE_METHODS[url] ?? []), "OPTIONS"].join(", ");

/** A route that serves GraphQL (it answers other methods with 405). */
export const isGraphqlRoute = (url: string | undefined): boolean => url !== undefined && url in ROUTE_METHODS;

/** A CORS preflight (Fetch standard): OPTIONS with an Origin and the method the browser wants to send. */
export const isPreflight = (request: FastifyRequest): boolean =>
  request.method === "OPTIONS" && request.headers.origin !== undefined && request.headers["access-control-request-method"] !== undefined;

export function methodNotAllowed(reply: FastifyReply, url = "/graphql"): FastifyReply {
  return reply
    .code(405)
    .header("allow", allow(url))
    .send({ errors: [{ message: `Method not allowed. ${url} answers ${allow(url)}.`, extensions: { code: "METHOD_NOT_ALLOWED" } }] });
}

/**
 * Every other method on `url` answers 405 with Allow, never 404: the path exists. A preflight that CORS
 * did not answer (CORS off) gets an empty 204 without Access-Control-* headers, which the browser reads as
 * "origin not allowed"; a 404 would read as "wrong URL".
 */
export function registerOtherMethods(app: FastifyInstance, url = "/graphql"): void {
  const answer = async (request: FastifyRequest, reply: FastifyReply) => (isPreflight(request) ? reply.code(204).send() : methodNotAllowed(reply, url));
  const methods = ROUTE_METHODS[url] ?? [];
  // HEAD comes with GET (Fastify's exposeHeadRoutes).
  const answered = new Set(methods.includes("GET") ? [...methods, "HEAD"] : methods);
  app.route({
    url,
    method: app.supportedMethods.filter((method) => !answered.has(method)),
    // In onRequest: answered before a body is read, so a PUT of any content type gets 405, not 415.
    onRequest: answer,
    handler: answer,
  });
}
