import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const imports = (file: string): string[] =>
  [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((m) => m[1]!);

const files = sourceFiles(SRC).map((f) => ({ path: relative(SRC, f), imports: imports(f) }));

describe("dependency rules", () => {
  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("only src/adapters/aws imports the AWS SDK", () => {
    const offenders = files.filter((f) => !f.path.startsWith("adapters/aws/") && f.imports.some((i) => /^@(aws-sdk|smithy)\//.test(i)));
    expect(offenders.map((f) => f.path)).toEqual([]);
    expect(files.some((f) => f.path.startsWith("adapters/aws/") && f.imports.some((i) => i.startsWith("@aws-sdk/")))).toBe(true);
  });

  it("ports, validation and the GraphQL layer never import adapters", () => {
    const offenders = files.filter((f) => /^(ports|validation|graphql)\//.test(f.path) && f.imports.some((i) => i.includes("adapters/")));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it("ports import nothing but other ports", () => {
    const offenders = files.filter((f) => f.path.startsWith("ports/") && f.imports.some((i) => !i.startsWith("./")));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });
});
