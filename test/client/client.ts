import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createClient, type RequestParams } from "graphql-sse";

/*
 * The whole client the typed tests use, as we tell clients to write one: a typed document in, its `data`
 * typed by the document out, over HTTP for queries and mutations and over GraphQL-SSE for subscriptions.
 * A document the codegen listed in generated/persisted-documents.json goes by its id alone (GraphQL over
 * HTTP's `documentId`), so the client works against a gateway that runs only trusted documents.
 */

/** What the codegen preset adds to each document it lists: `sha256:<hex>` of the listed text. */
type Listed = { readonly __meta__?: { readonly hash?: string } };

/** The request's document: its listed id, or its text when it is not listed. */
const documentOf = (document: TypedDocumentNode<unknown, never>) => {
  const id = (document as Listed).__meta__?.hash;
  return id === undefined ? { query: print(document) } : { documentId: id };
};

/** POST the document (by id when listed), answer `data` typed by the document. */
export async function execute<TResult, TVariables>(url: string, document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...documentOf(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult | null; errors?: readonly { message: string }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`GraphQL request failed with HTTP ${response.status}: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

/**
 * A subscription through graphql-sse's client (distinct connections mode: one POST per subscription to
 * `streamUrl`, the gateway's /graphql/stream): each result's `data`, typed by the document, until the
 * server completes it. Leaving the loop early closes the connection.
 */
export async function* subscribe<TResult, TVariables extends Record<string, unknown>>(
  streamUrl: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): AsyncGenerator<TResult> {
  const client = createClient({ url: streamUrl, fetchFn: fetch, retryAttempts: 0 });
  try {
    // graphql-sse's type asks for `query`; its client sends the object as it is, and the gateway takes documentId.
    const request = { ...documentOf(document), variables } as RequestParams;
    for await (const result of client.iterate<TResult>(request)) {
      if (result.errors?.length || !result.data) throw new Error(`GraphQL subscription failed: ${JSON.stringify(result.errors)}`);
      yield result.data;
    }
  } finally {
    client.dispose();
  }
}

/** The end of an exhaustive switch: a member the code does not handle is a compile error here. */
export function assertNever(x: never): never {
  throw new Error(`Unhandled result member: ${JSON.stringify(x)}`);
}

/** The result as the member the caller expects, or an error that tells what came instead. */
export function expectMember<R extends { __typename: string }, K extends R["__typename"]>(
  result: R,
  typename: K,
  describeResult: (result: R) => string,
): Extract<R, { __typename: K }> {
  if (result.__typename !== typename) throw new Error(`expected ${typename}, got ${describeResult(result)}`);
  return result as Extract<R, { __typename: K }>;
}

export interface Connection<N> {
  readonly nodes: readonly N[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

/** A page, for people: how many nodes, and whether the list goes on. */
export const describePage = (noun: string, page: Connection<unknown>): string =>
  `${page.nodes.length} ${noun}${page.pageInfo.hasNextPage ? ", more on the next page" : ", the last page"}`;

/**
 * Every node of a list: the first page, then each page `after` the previous page's endCursor until
 * hasNextPage is false. A page may hold fewer nodes than asked for and still have a next one.
 */
export async function walkPages<P extends Connection<unknown>>(
  page: (after: string | null) => Promise<P>,
  maxPages = 1_000,
): Promise<{ nodes: P["nodes"][number][]; pages: P[] }> {
  const pages: P[] = [];
  let after: string | null = null;
  do {
    if (pages.length === maxPages) throw new Error(`still more pages after ${maxPages}`);
    const current: P = await page(after);
    pages.push(current);
    after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
    if (current.pageInfo.hasNextPage && after === null) throw new Error("hasNextPage without an endCursor");
  } while (after !== null);
  return { nodes: pages.flatMap((p) => p.nodes), pages };
}
