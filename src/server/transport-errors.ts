import { randomUUID } from "node:crypto";
import { STATUS_CODES } from "node:http";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { errorDetails } from "./error-details";
import { MASKED_MESSAGE } from "./mask-errors";

/** Fixed messages for what Fastify rejects before GraphQL runs; Fastify's own texts may echo the request. */
const MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "The request body is not valid JSON.",
  FST_ERR_CTP_EMPTY_JSON_BODY: "The request body is empty; send a JSON GraphQL request.",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "Unsupported content type; send application/json.",
  FST_ERR_CTP_BODY_TOO_LARGE: "The request body is too large.",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "The Content-Length header does not match the body.",
};

/** GraphQL-shaped JSON for every request that fails outside GraphQL: never HTML, never a stack. */
export function transportErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) {
    const errorId = randomUUID();
    request.log.error({ errorId, err: errorDetails(error) }, "unexpected transport error");
    return reply.code(500).send(errorBody(MASKED_MESSAGE, { code: "INTERNAL_SERVER_ERROR", errorId }));
  }
  request.log.info({ code: error.code, statusCode: status }, "request rejected");
  return reply.code(status).send(errorBody(MESSAGES[error.code] ?? `${STATUS_CODES[status]}.`, { code: statusName(status) }));
}

export function notFoundHandler(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.code(404).send(errorBody("Not found. The GraphQL endpoint is /graphql.", { code: "NOT_FOUND" }));
}

const errorBody = (message: string, extensions: Record<string, string>) => ({ errors: [{ message, extensions }] });

/** 400 -> BAD_REQUEST, 415 -> UNSUPPORTED_MEDIA_TYPE, and so on. */
const statusName = (status: number): string => (STATUS_CODES[status] ?? "Bad Request").toUpperCase().replace(/[^A-Z]+/g, "_");
