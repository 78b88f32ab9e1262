import type { FastifyRequest } from "fastify";
import { describe, expect, it } from "vitest";
import { DocumentRefusal, namedDocument, searchParamsOf } from "../../src/server/persisted-request";

const HEX = "a".repeat(64);
const OTHER = "b".repeat(64);
const apq = (sha256Hash: unknown, version: unknown = 1) => ({ persistedQuery: { version, sha256Hash } });

describe("namedDocument: the persisted document a request names", () => {
  it.each([
    ["no id", "POST", { query: "{ a }" }, undefined],
    ["documentId", "POST", { documentId: `sha256:${HEX}` }, HEX],
    ["null documentId (absent)", "POST", { documentId: null, query: "{ a }" }, undefined],
    ["null extensions (absent)", "POST", { extensions: null, query: "{ a }" }, undefined],
    ["Apollo's extension in a POST body", "POST", { extensions: apq(HEX) }, HEX],
    ["Apollo's extension as JSON in a GET query string", "GET", { extensions: JSON.stringify(apq(HEX)) }, HEX],
    ["both, naming the same document", "POST", { documentId: `sha256:${HEX}`, extensions: apq(HEX) }, HEX],
  ])("%s", (_, method, params, id) => {
    expect(namedDocument(params, method)).toMatchObject({ id });
  });

  it.each([
    ["a bare hex documentId", "POST", { documentId: HEX }, "documentId must be"],
    ["an upper-case documentId", "POST", { documentId: `sha256:${HEX.toUpperCase()}` }, "documentId must be"],
    ["a repeated documentId (an array from a query string)", "GET", { documentId: [`sha256:${HEX}`, `sha256:${HEX}`] }, "documentId must be"],
    ["another version of the extension", "POST", { extensions: apq(HEX, 2) }, "extensions.persistedQuery must be"],
    ["an extension with a short hash", "POST", { extensions: apq("abc") }, "extensions.persistedQuery must be"],
    ["two ids that differ", "POST", { documentId: `sha256:${HEX}`, extensions: apq(OTHER) }, "name different documents"],
    // Apollo Server refuses these too: none may pass as a request that names no document.
    ["extensions as a JSON string in a POST body", "POST", { extensions: JSON.stringify(apq(HEX)) }, "extensions in a POST body must be an object"],
    ["extensions that are no object in a POST body", "POST", { extensions: [apq(HEX)] }, "extensions in a POST body must be an object"],
    ["extensions that are not JSON in a query string", "GET", { extensions: "{nope" }, "extensions in a query string must be the JSON of an object"],
    ["JSON extensions that are no object in a query string", "GET", { extensions: "null" }, "extensions in a query string must be the JSON of an object"],
    ["repeated extensions in a query string", "GET", { extensions: ["{}", "{}"] }, "sent once"],
  ])("refuses %s with BAD_REQUEST", (_, method, params, message) => {
    const named = namedDocument(params, method);
    expect(named).toBeInstanceOf(DocumentRefusal);
    expect(named).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining(message) });
  });
});

describe("searchParamsOf: a GET's parameters as Apollo Server reads them", () => {
  const of = (url: string, hostname = "localhost") => searchParamsOf({ url, protocol: "http", hostname } as FastifyRequest);

  it("reads the query string as WHATWG URL does: it ends at a #, which Fastify's parser keeps", () => {
    expect(of("/graphql?query=%7B%20a%20%7D#&query=x")).toEqual({ query: "{ a }" });
    expect(of("/graphql?query={a}#")).toEqual({ query: "{a}" });
  });

  it("gives a repeated parameter as an array, the others as strings", () => {
    expect(of("/graphql?query=a&query=b&operationName=A")).toEqual({ query: ["a", "b"], operationName: "A" });
  });

  it("is undefined when the URL does not parse", () => {
    expect(of("/graphql?query=a", "bad host")).toBeUndefined();
  });
});
