import { describe, expect, it } from "vitest";
import { DocumentRefusal, namedDocument } from "../../src/server/persisted-request";

const HEX = "a".repeat(64);
const OTHER = "b".repeat(64);
const apq = (sha256Hash: unknown, version: unknown = 1) => ({ persistedQuery: { version, sha256Hash } });

describe("namedDocument: the persisted document a request names", () => {
  it.each([
    ["no id", { query: "{ a }" }, undefined],
    ["documentId", { documentId: `sha256:${HEX}` }, HEX],
    ["null documentId (absent)", { documentId: null, query: "{ a }" }, undefined],
    ["Apollo's extension in a POST body", { extensions: apq(HEX) }, HEX],
    ["Apollo's extension as JSON in a GET query string", { extensions: JSON.stringify(apq(HEX)) }, HEX],
    ["both, naming the same document", { documentId: `sha256:${HEX}`, extensions: apq(HEX) }, HEX],
    ["extensions that are not JSON (no id: the request is read as text)", { extensions: "{nope" }, undefined],
  ])("%s", (_, params, id) => {
    expect(namedDocument(params)).toMatchObject({ id });
  });

  it.each([
    ["a bare hex documentId", { documentId: HEX }, "documentId must be"],
    ["an upper-case documentId", { documentId: `sha256:${HEX.toUpperCase()}` }, "documentId must be"],
    ["a repeated documentId (an array from a query string)", { documentId: [`sha256:${HEX}`, `sha256:${HEX}`] }, "documentId must be"],
    ["another version of the extension", { extensions: apq(HEX, 2) }, "extensions.persistedQuery must be"],
    ["an extension with a short hash", { extensions: apq("abc") }, "extensions.persistedQuery must be"],
    ["two ids that differ", { documentId: `sha256:${HEX}`, extensions: apq(OTHER) }, "name different documents"],
  ])("refuses %s with BAD_REQUEST", (_, params, message) => {
    const named = namedDocument(params);
    expect(named).toBeInstanceOf(DocumentRefusal);
    expect(named).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining(message) });
  });
});
