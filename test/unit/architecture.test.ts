import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const imports = (text: string): string[] => [...text.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((m) => m[1]!);

const files = sourceFiles(SRC).map((f) => {
  const text = readFileSync(f, "utf8");
  return { path: relative(SRC, f), text, imports: imports(text) };
});

/** The files under `folder` (or the file itself) with an import that `forbidden` matches. */
const importing = (folder: RegExp, forbidden: RegExp): string[] =>
  files.filter((f) => folder.test(f.path) && f.imports.some((i) => forbidden.test(i))).map((f) => f.path);

/** A relative import that reaches one of the named src/ folders or files, from anywhere in src/. */
const toSrc = (...names: string[]) => new RegExp(`^\\.{1,2}/(?:\\.\\./)*(?:${names.join("|")})(?:/|$|\\.js$)`);

describe("dependency rules", () => {
  it("finds the source files of every layer", () => {
    for (const folder of [
      "adapters/aws/",
      "adapters/local/",
      "graphql/",
      "ports/",
      "server/",
      "simulation/",
      "simulation/wire/",
      "validation/",
      "auth/",
      "watch/",
    ]) {
      expect(
        files.some((f) => f.path.startsWith(folder)),
        folder,
      ).toBe(true);
    }
  });

  it("only src/adapters/aws imports the AWS SDK", () => {
    expect(importing(/^(?!adapters\/aws\/)/, /^@(aws-sdk|smithy)\//)).toEqual([]);
    expect(importing(/^adapters\/aws\//, /^@aws-sdk\//).length).toBeGreaterThan(0);
  });

  it("ports, validation and the GraphQL layer never import adapters or the simulation", () => {
    expect(importing(/^(ports|validation|graphql)\//, toSrc("adapters", "simulation"))).toEqual([]);
  });

  it("the GraphQL layer imports no server or transport code", () => {
    expect(importing(/^graphql\//, /^(fastify|@fastify\/|@apollo\/server|@as-integrations\/|node:http|node:net)/)).toEqual([]);
    expect(importing(/^graphql\//, toSrc("server", "main", "composition", "config", "env"))).toEqual([]);
  });

  it("the AWS adapters, and the files every adapter shares (adapters/*.ts), import no simulation or local adapter", () => {
    expect(importing(/^adapters\/(aws\/|[^/]+$)/, /(^|\/)(simulation|local)(\/|$)/)).toEqual([]);
    expect(files.some((f) => /^adapters\/[^/]+$/.test(f.path))).toBe(true);
  });

  it("adapters and the simulation do not read configuration", () => {
    expect(importing(/^(adapters|simulation)\//, toSrc("config", "env", "composition", "main"))).toEqual([]);
    expect(files.filter((f) => /^(adapters|simulation)\//.test(f.path) && /process\.env/.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it("the simulation knows no adapter, schema or server; the server knows no adapter or simulation", () => {
    expect(importing(/^simulation\//, toSrc("adapters", "graphql", "server"))).toEqual([]);
    expect(importing(/^server\//, toSrc("adapters", "simulation"))).toEqual([]);
  });

  it("the idempotency records (idempotency/) know no schema, server, adapter or simulation", () => {
    expect(importing(/^idempotency\//, toSrc("graphql", "server", "adapters", "simulation", "config", "composition", "main"))).toEqual([]);
    expect(files.some((f) => f.path.startsWith("idempotency/"))).toBe(true);
  });

  it("the shared polling of subscriptions (watch/) imports nothing of the gateway's nor of a package (Node's own modules aside)", () => {
    expect(importing(/^watch\//, /^(?!\.\/|node:)/)).toEqual([]);
  });

  it("ports import nothing but other ports", () => {
    expect(importing(/^ports\//, /^(?!\.\/)/)).toEqual([]);
  });

  it("only main.ts has process side effects (exit, signals, argv, environment)", () => {
    expect(files.filter((f) => f.path !== "main.ts" && /process\.(exit|on|once|argv|env)\b/.test(f.text)).map((f) => f.path)).toEqual([]);
  });
});
