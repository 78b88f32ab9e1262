import { hash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { GraphQLSchema } from "graphql";
import type { Authenticate, RequestHeaders } from "../auth/authenticate";
import { AuthenticationFailed, type Identity } from "../auth/identity";
import type { TrustedDocumentsConfig } from "../config-trusted-documents";
import { isJsonObject } from "../json-object";
import { isGraphqlRoute } from "./graphql-methods";
import type { OperationLog } from "./operation-log";
import { carryText, DocumentRefusal, namedDocument, searchParamsOf } from "./persisted-request";
import { readTrustedDocuments } from "./trusted-manifest";

/** The scope that lets a caller run documents the safelist does not list: the playground's users. */
export const RUN_ANY_DOCUMENT_SCOPE = "gateway:RunAnyDocument";

/**
 * How long a browser (never a shared cache) may reuse the answer to a GET of a listed query: data about
 * AWS resources changes, and a caller polling a status should see the change within seconds. The answer
 * depends on the caller's credentials, hence Vary.
 */
const CACHE_CONTROL = "private, max-age=5";
const VARY = ["Authorization", "X-API-Key"];

/** An operation's name from the start of its text, for the log line of log mode; no parse for it. */
const OPERATION_NAME = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;
/** The operation names log mode writes: a GraphQL name of a sane length; the caller chooses it. */
const LOGGED_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

export interface TrustedDocumentsOptions {
  readonly config: TrustedDocumentsConfig;
  readonly schema: GraphQLSchema;
  readonly authenticate: Authenticate;
  readonly operations: OperationLog;
}

/**
 * The persisted-documents safelist on /graphql (GET and POST) and on the subscription route: a request
 * names a listed document by `documentId` (`sha256:<hex>`) or by Apollo's persisted-query extension,
 * and runs exactly the listed text; an id that is not listed, or sent with a different text, never runs.
 * A document sent as text runs only for callers with RUN_ANY_DOCUMENT_SCOPE (or, in log mode, for
 * everyone, with a warning line naming its operation and SHA-256, never its text or variables). Reads
 * the manifests now (a ConfigError stops the start). Registered only when GATEWAY_TRUSTED_DOCUMENTS is
 * set: no cost otherwise. Returns the authentication the GraphQL routes must use: it checks a request's
 * credentials once, whether this hook or the route asks first.
 */
export function registerTrustedDocuments(app: FastifyInstance, { config, schema, authenticate, operations }: TrustedDocumentsOptions): Authenticate {
  const documents = readTrustedDocuments(config.paths, schema);
  const identities = new WeakMap<RequestHeaders, Promise<Identity | undefined>>();
  const authenticateOnce: Authenticate = (headers) => {
    let identity = identities.get(headers);
    if (identity === undefined) {
      identity = authenticate(headers);
      identities.set(headers, identity);
    }
    return identity;
  };
  const cacheable = new WeakSet<FastifyRequest>();

  app.addHook("preHandler", async (request, reply) => {
    if (!isGraphqlRoute(request.routeOptions.url) || (request.method !== "GET" && request.method !== "POST")) return;
    const started = performance.now();
    const refuse = ({ code, message }: DocumentRefusal) => {
      operations.refused(request.log, code, started);
      return reply.code(400).send({ errors: [{ message, extensions: { code } }] });
    };
    // The parameters as Apollo Server and graphql-sse read them; anything else is refused, never let through.
    const params = request.method === "GET" ? searchParamsOf(request) : request.body;
    if (!isJsonObject(params)) return refuse(new DocumentRefusal("BAD_REQUEST", "The request must be a JSON object of GraphQL parameters."));
    const named = namedDocument(params, request.method);
    if (named instanceof DocumentRefusal) return refuse(named);
    const { id, extensions } = named;
    if (id !== undefined) {
      const listed = documents.get(id);
      if (listed === undefined) {
        return refuse(
          new DocumentRefusal("PERSISTED_DOCUMENT_NOT_FOUND", `No trusted document has the id sha256:${id}; the gateway runs only the documents it lists.`),
        );
      }
      if (params.query !== undefined && params.query !== null && params.query !== listed) {
        return refuse(new DocumentRefusal("PERSISTED_DOCUMENT_MISMATCH", "The query sent is not the trusted document its id names; send the id alone."));
      }
      carryText(request, params, extensions, listed);
      if (request.method === "GET") cacheable.add(request);
      return;
    }
    const { query } = params;
    if (query === undefined || query === null) return;
    // A repeated query (an array from a query string) or one of another type is never read as no text.
    if (typeof query !== "string") return refuse(new DocumentRefusal("BAD_REQUEST", "query must be a string, sent once."));
    const identity = await callerOf(request.headers, authenticateOnce);
    // Refused credentials: the route answers 401 from the same (remembered) check; nothing runs.
    if (identity === null || identity?.scopes.has(RUN_ANY_DOCUMENT_SCOPE)) return;
    if (config.mode === "log") {
      const name = typeof params.operationName === "string" ? params.operationName : OPERATION_NAME.exec(query)?.[1];
      request.log.warn(
        {
          operationName: name !== undefined && LOGGED_NAME.test(name) ? name : null,
          documentId: `sha256:${hash("sha256", query)}`,
          caller: identity?.id ?? null,
        },
        "document not in GATEWAY_TRUSTED_DOCUMENTS: ran (log mode); enforce mode refuses it",
      );
      return;
    }
    return refuse(
      new DocumentRefusal(
        "PERSISTED_DOCUMENT_REQUIRED",
        `This gateway runs only trusted documents: send a listed documentId (sha256:<hex>) instead of a query, or credentials with scope ${RUN_ANY_DOCUMENT_SCOPE}.`,
      ),
    );
  });

  app.addHook("onSend", async (request, reply, payload) => {
    if (reply.statusCode === 200 && cacheable.has(request)) {
      reply.header("cache-control", CACHE_CONTROL).header("vary", withVary(reply.getHeader("vary")));
    }
    return payload;
  });
  return authenticateOnce;
}

/** The caller, undefined without credentials, or null when the credentials are refused. */
async function callerOf(headers: RequestHeaders, authenticate: Authenticate): Promise<Identity | undefined | null> {
  try {
    return await authenticate(headers);
  } catch (error) {
    if (error instanceof AuthenticationFailed) return null;
    throw error;
  }
}

function withVary(current: ReturnType<FastifyReply["getHeader"]>): string {
  const names = String(current ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  return [...names, ...VARY.filter((name) => !names.some((n) => n.toLowerCase() === name.toLowerCase()))].join(", ");
}
