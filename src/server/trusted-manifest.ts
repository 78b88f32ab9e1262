import { hash } from "node:crypto";
import { type GraphQLSchema, parse, validate } from "graphql";
import { ConfigError } from "../config-error";
import { readJsonFile } from "../json-file";

/** The listed documents: each one's text, exactly as listed, by its SHA-256 in lowercase hex. */
export type TrustedDocuments = ReadonlyMap<string, string>;

/** A manifest key: the GraphQL over HTTP document id `sha256:<hex>` (what the codegen preset writes), or the bare hex. */
const KEY = /^(?:sha256:)?([0-9a-f]{64})$/;

/**
 * Reads the manifests (JSON objects of hash -> document, as @graphql-codegen/client-preset writes them)
 * and checks every entry: its key is the SHA-256 of its document, and the document parses and validates
 * against the schema. Anything else is a ConfigError naming the file and the entry: the gateway does not
 * start with a safelist it cannot trust.
 */
export function readTrustedDocuments(paths: readonly string[], schema: GraphQLSchema): TrustedDocuments {
  const documents = new Map<string, string>();
  for (const path of paths) {
    const fail = (problem: string): never => {
      throw new ConfigError(`GATEWAY_TRUSTED_DOCUMENTS: ${path}: ${problem}`);
    };
    const json = readManifest(path);
    if (typeof json !== "object" || json === null || Array.isArray(json)) fail("must be a JSON object of document hash -> document");
    const entries = Object.entries(json as Record<string, unknown>);
    if (entries.length === 0) fail("lists no documents");
    for (const [key, document] of entries) {
      const at = `entry "${key}"`;
      const hex = KEY.exec(key)?.[1] ?? fail(`${at}: the key must be sha256:<64 lowercase hex digits>`);
      if (typeof document !== "string") return fail(`${at}: the document must be a string`);
      const actual = hash("sha256", document);
      if (actual !== hex) fail(`${at}: the key is not the SHA-256 of its document (that is sha256:${actual})`);
      const problem = problemOf(document, schema);
      if (problem) fail(`${at}: ${problem}`);
      documents.set(hex, document);
    }
  }
  return documents;
}

function readManifest(path: string): unknown {
  try {
    return readJsonFile(path);
  } catch (error) {
    throw new ConfigError(`GATEWAY_TRUSTED_DOCUMENTS: ${(error as Error).message}`);
  }
}

/** Why a document cannot run against the schema, or undefined. */
function problemOf(document: string, schema: GraphQLSchema): string | undefined {
  try {
    const errors = validate(schema, parse(document));
    return errors.length > 0 ? `the document does not validate against the schema: ${errors[0]!.message}` : undefined;
  } catch (error) {
    return `the document does not parse: ${(error as Error).message}`;
  }
}
