import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, Kind, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { readTrustedDocuments } from "../../src/server/trusted-manifest";
import { CLIENT_MANIFEST, documentIdOf } from "../fixtures/trusted-documents";
import * as generated from "./generated/graphql";

/*
 * The manifest the codegen preset writes beside the typed client (`npm test` checks with `--check` that
 * it is current): what a gateway with GATEWAY_TRUSTED_DOCUMENTS=<this file> runs for the client.
 */

const manifest = JSON.parse(readFileSync(CLIENT_MANIFEST, "utf8")) as Record<string, string>;
const OPERATIONS = join(__dirname, "operations");
const operationNames = readdirSync(OPERATIONS).flatMap((file) =>
  parse(readFileSync(join(OPERATIONS, file), "utf8")).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [])),
);

describe("the typed client's persisted-documents manifest", () => {
  it("keys each document by sha256:<hex> of its exact text", () => {
    for (const [key, document] of Object.entries(manifest)) expect(key).toBe(documentIdOf(document));
  });

  it("lists one document per client operation, each the id its typed document carries", () => {
    expect(Object.keys(manifest)).toHaveLength(operationNames.length);
    for (const name of operationNames) {
      const document = (generated as Record<string, unknown>)[`${name}Document`] as { __meta__: { hash: string } };
      expect(manifest[document.__meta__.hash], name).toMatch(new RegExp(`(^| )(query|mutation|subscription) ${name}\\b`));
    }
  });

  it("is a manifest the gateway accepts against the public contract schema.graphql", () => {
    const schema = buildSchema(readFileSync("schema.graphql", "utf8"));
    expect(readTrustedDocuments([CLIENT_MANIFEST], schema).size).toBe(operationNames.length);
  });
});
