import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** What /graphql answers: GraphQL over GET and POST, and CORS preflights. */
export const GRAPHQL_ALLOW = "GET, POST, OPTIONS";
/** HEAD comes with GET (Fastify's exposeHeadRoutes). */
const ANSWERED = new Set(["GET", "HEAD", "POST"]);

/** A CORS preflight (Fetch standard): OPTIONS with an Origin and the method the browser wants to send. */
export const isPreflight = (request: FastifyRequest): boolean =>
  request.method === "OPTIONS" && request.headers.origin !== undefined && request.headers["access-control-request-method"] !== undefined;

export function methodNotAllowed(reply: FastifyReply): FastifyReply {
  return reply
    .code(405)
    .header("allow", GRAPHQL_ALLOW)
    .send({ errors: [{ message: `Method not allowed. /graphql answers ${GRAPHQL_ALLOW}.`, extensions: { code: "METHOD_NOT_ALLOWED" } }] });
}

/**
 * Every other method on `url` answers 405 with Allow, never 404: the path exists. A preflight that CORS
 * did not answer (CORS off) gets an empty 204 without Access-Control-* headers, which the browser reads as
 * "origin not allowed"; a 404 would read as "wrong URL".
 */
export function registerOtherMethods(app: FastifyInstance, url = "/graphql"): void {
  const answer = async (request: FastifyRequest, reply: FastifyReply) => (isPreflight(request) ? reply.code(204).send() : methodNotAllowed(reply));
  app.route({
    url,
    method: app.supportedMethods.filter((method) => !ANSWERED.has(method)),
    // In onRequest: answered before a body is read, so a PUT of any content type gets 405, not 415.
    onRequest: answer,
    handler: answer,
  });
}
