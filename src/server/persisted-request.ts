import type { FastifyRequest } from "fastify";

/** A GraphQL request's parameters: a POST's JSON body, or a GET's query string. */
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

export const isRecord = (value: unknown): value is Params => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The document a request names by `documentId` or by Apollo's persisted-query extension (version 1), or
 * why it is refused: a malformed id, or two ids that differ. null is absent, as GraphQL over HTTP reads
 * a request's other parameters.
 */
export function namedDocument(params: Params): NamedDocument | DocumentRefusal {
  const extensions = extensionsOf(params);
  let id: string | undefined;
  if (params.documentId !== undefined && params.documentId !== null) {
    const match = typeof params.documentId === "string" ? DOCUMENT_ID.exec(params.documentId) : null;
    if (match === null) return new DocumentRefusal("BAD_REQUEST", "documentId must be sha256: followed by 64 lowercase hex digits.");
    id = match[1];
  }
  const apq = extensions?.persistedQuery;
  if (apq === undefined || apq === null) return { id, extensions };
  if (!isRecord(apq) || apq.version !== 1 || typeof apq.sha256Hash !== "string" || !SHA256_HEX.test(apq.sha256Hash)) {
    return new DocumentRefusal("BAD_REQUEST", "extensions.persistedQuery must be {version: 1, sha256Hash: <64 lowercase hex digits>}.");
  }
  if (id !== undefined && id !== apq.sha256Hash) {
    return new DocumentRefusal("BAD_REQUEST", "documentId and extensions.persistedQuery name different documents.");
  }
  return { id: apq.sha256Hash, extensions };
}

/** The request's extensions: an object in a POST body, JSON in a GET's query string; undefined when absent or unreadable. */
function extensionsOf(params: Params): Params | undefined {
  let extensions = params.extensions;
  if (typeof extensions === "string") {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      return undefined;
    }
  }
  return isRecord(extensions) ? extensions : undefined;
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
