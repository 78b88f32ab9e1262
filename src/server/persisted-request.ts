import type { FastifyRequest } from "fastify";
import { isJsonObject } from "../json-object";

/** A GraphQL request's parameters: a POST's JSON body, or a GET's query string (a repeated parameter is an array). */
export type Params = Record<string, unknown>;

/** Why a request naming a persisted document cannot run: an HTTP 400 with this code and message. */
export class DocumentRefusal {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

/** What a request names: the document's SHA-256 (lowercase hex, or undefined for none) and its extensions. */
export interface NamedDocument {
  readonly id: string | undefined;
  readonly extensions: Params | undefined;
}

/** GraphQL over HTTP's persisted document id (Appendix A): `sha256:` and the document's SHA-256 in lowercase hex. */
const DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The document a request names by `documentId` or by Apollo's persisted-query extension (version 1), or
 * why it is refused: a malformed id or extensions, or two ids that differ. null is absent, as GraphQL over HTTP reads
 * a request's other parameters.
 */
export function namedDocument(params: Params, method: string): NamedDocument | DocumentRefusal {
  const extensions = extensionsOf(params, method);
  if (extensions instanceof DocumentRefusal) return extensions;
  let id: string | undefined;
  if (params.documentId !== undefined && params.documentId !== null) {
    const match = typeof params.documentId === "string" ? DOCUMENT_ID.exec(params.documentId) : null;
    if (match === null) return new DocumentRefusal("BAD_REQUEST", "documentId must be sha256: followed by 64 lowercase hex digits.");
    id = match[1];
  }
  const apq = extensions?.persistedQuery;
  if (apq === undefined || apq === null) return { id, extensions };
  if (!isJsonObject(apq) || apq.version !== 1 || typeof apq.sha256Hash !== "string" || !SHA256_HEX.test(apq.sha256Hash)) {
    return new DocumentRefusal("BAD_REQUEST", "extensions.persistedQuery must be {version: 1, sha256Hash: <64 lowercase hex digits>}.");
  }
  if (id !== undefined && id !== apq.sha256Hash) {
    return new DocumentRefusal("BAD_REQUEST", "documentId and extensions.persistedQuery name different documents.");
  }
  return { id: apq.sha256Hash, extensions };
}

/**
 * The request's extensions as Apollo Server reads them: an object in a POST body, JSON of an object sent
 * once in a GET's query string; undefined when absent, refused when anything else (Apollo refuses those
 * requests too: none is let through as a request without an id).
 */
function extensionsOf(params: Params, method: string): Params | undefined | DocumentRefusal {
  const { extensions } = params;
  if (extensions === undefined || extensions === null) return undefined;
  if (method !== "GET") {
    return isJsonObject(extensions)
      ? extensions
      : new DocumentRefusal("BAD_REQUEST", "extensions in a POST body must be an object; JSON in a string is read in a GET's query string only.");
  }
  let parsed: unknown;
  try {
    parsed = typeof extensions === "string" ? JSON.parse(extensions) : undefined;
  } catch {
    parsed = undefined;
  }
  return isJsonObject(parsed) ? parsed : new DocumentRefusal("BAD_REQUEST", "extensions in a query string must be the JSON of an object, sent once.");
}

/**
 * A GET's parameters exactly as Apollo Server reads them (@as-integrations/fastify): WHATWG URL's search
 * of the raw URL, which ends at a `#` where Fastify's query parser does not. The safelist must judge the
 * request Apollo runs; undefined when the URL does not parse.
 */
export function searchParamsOf(request: FastifyRequest): Params | undefined {
  let search: URLSearchParams;
  try {
    search = new URL(request.url, `${request.protocol}://${request.hostname}/`).searchParams;
  } catch {
    return undefined;
  }
  const params: Params = {};
  for (const name of new Set(search.keys())) {
    const values = search.getAll(name);
    params[name] = values.length === 1 ? values[0] : values;
  }
  return params;
}

/**
 * Makes the request carry `text` as its `query`, without the id, so that Apollo Server or graphql-sse
 * run exactly that text. Apollo reads a GET's parameters from the URL, so a GET gets a new one.
 */
export function carryText(request: FastifyRequest, params: Params, extensions: Params | undefined, text: string): void {
  const { documentId: _id, extensions: _extensions, ...rest } = params;
  const { persistedQuery: _apq, ...otherExtensions } = extensions ?? {};
  const kept = Object.keys(otherExtensions).length > 0 ? { extensions: otherExtensions } : {};
  if (request.method === "POST") {
    request.body = { ...rest, ...kept, query: text };
    return;
  }
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(rest)) for (const one of [value].flat()) search.append(name, String(one));
  if ("extensions" in kept) search.append("extensions", JSON.stringify(kept.extensions));
  search.set("query", text);
  request.raw.url = `${request.routeOptions.url}?${search}`;
}
