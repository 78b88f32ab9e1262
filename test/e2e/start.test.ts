import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** The built entry point, as `npm start` runs it (`npm test` builds first). */
const MAIN = join(__dirname, "..", "..", "dist", "main.js");

function run(env: Record<string, string>, untilOutput?: RegExp): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? "", PORT: "0", ...env } });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      if (untilOutput?.test(stdout)) child.kill("SIGTERM");
    });
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("start-up", () => {
  it("prints the URL, the backend and the seeded ids, and exits 0 on SIGTERM", async () => {
    const { code, stdout } = await run({}, /Amazon MQ brokers: .*\n/);
    expect(stdout).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+\/graphql/);
    expect(stdout).toContain("backend: local, region: us-east-1");
    expect(stdout).toContain("app-default (valkey, user name default)");
    expect(stdout).toContain("b-1f5a2c3d-0000-4000-8000-00000000a001 (ACTIVEMQ)");
    expect(code).toBe(0);
  });

  it.each([
    [{ PORT: "http" }, "PORT"],
    [{ GATEWAY_BACKEND: "mock" }, "GATEWAY_BACKEND"],
    [{ AWS_REGION: "moon-1" }, "AWS_REGION"],
    [{ GATEWAY_LOCAL_SEED: "/nonexistent/seed.json" }, "GATEWAY_LOCAL_SEED"],
  ])("stops with one line naming the variable for %j", async (env, name) => {
    const { code, stderr, stdout } = await run(env);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(name);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("stops on a malformed seed file with a message that names the problem", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "seed-")), "seed.json");
    writeFileSync(file, JSON.stringify({ users: [{ userId: "u", userName: "u", engine: "memcached", authentication: "password" }] }));
    const { code, stderr } = await run({ GATEWAY_LOCAL_SEED: file });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('access-gateway: GATEWAY_LOCAL_SEED: users[0].engine must be one of "redis", "valkey"');
  });

  it("starts on a seed file", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "seed-")), "seed.json");
    writeFileSync(file, JSON.stringify({ users: [{ userId: "only", userName: "default", engine: "valkey", authentication: "iam" }] }));
    const { code, stdout } = await run({ GATEWAY_LOCAL_SEED: file }, /Amazon MQ brokers: .*\n/);
    expect(stdout).toContain("ElastiCache users: only (valkey, user name default)");
    expect(stdout).toContain("Amazon MQ brokers: none");
    expect(code).toBe(0);
  });
});
