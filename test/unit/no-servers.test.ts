import { execFileSync, spawn } from "node:child_process";
import { createServer } from "node:http";
import { describe, expect, it } from "vitest";

describe("unit tests start no servers and no processes (test/unit/no-servers.ts)", () => {
  it("refuses to listen on a port", () => {
    const server = createServer();
    expect(() => server.listen(0, "127.0.0.1")).toThrow(/belong in test\/integration or test\/e2e/);
    expect(server.listening).toBe(false);
  });

  it("refuses to start a child process", () => {
    expect(() => spawn(process.execPath, ["--version"])).toThrow(/child_process\.spawn in a unit test/);
    expect(() => execFileSync(process.execPath, ["--version"])).toThrow(/child_process\.execFileSync in a unit test/);
  });
});
