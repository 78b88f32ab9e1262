import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const README = readFileSync(join(__dirname, "..", "..", "README.md"));

describe("README.md", () => {
  it("stays short enough to read: under 15,000 bytes (a full bench run rewrites its table)", () => {
    expect(README.byteLength).toBeLessThan(15_000);
  });

  it("keeps the bench markers that npm run bench writes the targets table between", () => {
    const text = README.toString("utf8");
    expect(text.indexOf("<!-- bench:begin -->")).toBeGreaterThan(0);
    expect(text.indexOf("<!-- bench:end -->")).toBeGreaterThan(text.indexOf("<!-- bench:begin -->"));
  });
});
