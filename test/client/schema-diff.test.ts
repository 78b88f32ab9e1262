import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const SCRIPT = join(__dirname, "schema-diff.js");
const SCHEMA = readFileSync("schema.graphql", "utf8");

/** schema.graphql with a member added to a result union (and the member's type). */
const withNewMember = SCHEMA.replace("union CreateBrokerUserResult = BadRequest |", "union CreateBrokerUserResult = BrokerQuotaExceeded | BadRequest |").concat(
  '\n"""A member added later."""\ntype BrokerQuotaExceeded implements Error {\n  message: String!\n}\n',
);
/** schema.graphql without UpstreamUnavailable.retryable. */
const withoutField = SCHEMA.replace(/\n\s*"""Whether retrying the same call later may succeed."""\n\s*retryable: Boolean!/, "");

describe("npm run schema:diff (test/client/schema-diff.js)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "schema-diff-test-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const run = (args: string[], cwd = process.cwd()) => {
    const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: "utf8" });
    return { status: result.status, output: result.stdout + result.stderr };
  };
  const git = (cwd: string, ...args: string[]) => {
    const result = spawnSync(
      "git",
      ["-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", ...args],
      { cwd, encoding: "utf8" },
    );
    expect(result.status, result.stderr).toBe(0);
  };

  it("the test schemas differ from schema.graphql as intended", () => {
    expect(withNewMember).not.toBe(SCHEMA);
    expect(withoutField).not.toBe(SCHEMA);
    expect(withoutField).not.toContain("retryable");
  });

  it("calls a new union member dangerous, says exhaustive clients must handle it, and exits 0", () => {
    const { status, output } = run([file("old.graphql", SCHEMA), file("new.graphql", withNewMember)]);
    expect(output).toContain("DANGEROUS: Member 'BrokerQuotaExceeded' was added to Union type 'CreateBrokerUserResult'");
    expect(output).toMatch(/clients: exhaustive clients .* must handle the new member/);
    expect(output).toContain("0 breaking, 1 dangerous");
    expect(status).toBe(0);
  });

  it("calls a removed field breaking and exits non-zero", () => {
    const { status, output } = run([file("old.graphql", SCHEMA), file("new.graphql", withoutField)]);
    expect(output).toContain("BREAKING: Field 'retryable' was removed from object type 'UpstreamUnavailable'");
    expect(output).toContain("Existing clients break: FAIL");
    expect(status).toBe(1);
  });

  it("exits 0 when nothing changed", () => {
    const { status, output } = run([file("old.graphql", SCHEMA), file("new.graphql", SCHEMA)]);
    expect(output).toContain("No changes detected");
    expect(status).toBe(0);
  });

  it("exits 2 for a file that does not exist", () => {
    const { status, output } = run([join(dir, "missing.graphql"), file("new.graphql", SCHEMA)]);
    expect(output).toContain("no such file");
    expect(status).toBe(2);
  });

  it("compares with schema.graphql at HEAD~1 by default", () => {
    file("schema.graphql", SCHEMA);
    git(dir, "init", "-q");
    git(dir, "add", "schema.graphql");
    git(dir, "commit", "-q", "-m", "one");
    file("schema.graphql", withNewMember);
    git(dir, "commit", "-q", "-am", "two");
    const { status, output } = run([], dir);
    expect(output).toContain("schema.graphql at HEAD~1 -> working schema.graphql");
    expect(output).toContain("DANGEROUS: Member 'BrokerQuotaExceeded' was added");
    expect(status).toBe(0);

    file("schema.graphql", withoutField);
    const breaking = run(["HEAD~1"], dir);
    expect(breaking.output).toContain("BREAKING: Field 'retryable' was removed");
    expect(breaking.status).toBe(1);
  });

  it("says there is nothing to compare with, and exits 0, in a repository of one commit", () => {
    file("schema.graphql", SCHEMA);
    git(dir, "init", "-q");
    git(dir, "add", "schema.graphql");
    git(dir, "commit", "-q", "-m", "one");
    const { status, output } = run([], dir);
    expect(output).toContain("there is no previous commit (HEAD~1)");
    expect(status).toBe(0);
  });

  it("exits 2 for a ref that does not exist", () => {
    const { status, output } = run(["no-such-ref-anywhere"]);
    expect(output).toContain("no commit no-such-ref-anywhere");
    expect(status).toBe(2);
  });
});
