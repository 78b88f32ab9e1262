import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runGateway } from "../fixtures/gateway-process";

/** The pino lines of an output, parsed (other lines skipped). */
const logLines = (stdout: string): { level: number; msg: string }[] =>
  stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { level: number; msg: string });

/** What each output line says: a log line's message, or the line itself. */
const said = (output: string): string[] =>
  output
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (line.startsWith("{") ? (JSON.parse(line) as { msg: string }).msg : line));

const NODE_MAJOR = Number(process.versions.node.split(".")[0]);

describe("start-up messages", () => {
  it("says at most one line about Node: ours, recommending Node 24, on a Node past its end of life; never the AWS SDK's own warning", async () => {
    const { code, stdout, stderr } = await runGateway({ GATEWAY_BACKEND: "emulator" }, ({ stdout }, child) => {
      if (/listening on http:/.test(stdout)) child.kill("SIGTERM");
    });
    const aboutNode = said(`${stdout}\n${stderr}`).filter((line) => /\bnode\b/i.test(line));
    expect(aboutNode).toEqual(NODE_MAJOR < 22 ? [`Node ${NODE_MAJOR} is past its end of life; access-gateway recommends Node 24 (the current LTS)`] : []);
    expect(stdout + stderr).not.toContain("NodeVersionSupportWarning");
    expect(code).toBe(0);
  });

  it("aws backend without credentials: one warning line at start-up, and /readyz says why it is not ready; no secret, no stack", async () => {
    const home = mkdtempSync(join(tmpdir(), "no-aws-"));
    const secret = "decoy-secret-that-must-never-be-logged";
    // Half a key pair in the environment and in the credentials file: neither resolves, neither may leak.
    mkdirSync(join(home, ".aws"));
    writeFileSync(join(home, ".aws", "credentials"), `[default]\naws_secret_access_key = ${secret}\n`);
    let probe: Promise<{ status: number; body: unknown }> | undefined;
    let stopping = false;
    const env = { GATEWAY_BACKEND: "aws", GATEWAY_ALLOW_ANONYMOUS: "true", AWS_REGION: "us-east-1", HOME: home, AWS_SECRET_ACCESS_KEY: secret };
    const { code, stdout, stderr } = await runGateway(env, ({ stdout }, child) => {
      const url = /listening on (http:\S+)\/graphql/.exec(stdout)?.[1];
      if (url && !probe) probe = fetch(`${url}/readyz`).then(async (response) => ({ status: response.status, body: await response.json() }));
      // Stopped once the start-up warning is out (the rest of the log is flushed as it exits).
      if (probe && !stopping && stdout.includes('"msg":"AWS credentials could not be resolved')) {
        stopping = true;
        void probe.finally(() => child.kill("SIGTERM"));
      }
    });
    expect(await probe).toEqual({ status: 503, body: { status: "not ready", reason: "AWS credentials could not be resolved" } });
    const warnings = logLines(stdout).filter((line) => line.level === 40 && /credentials/i.test(line.msg));
    expect(warnings.map((line) => line.msg)).toEqual([
      "AWS credentials could not be resolved: CredentialsProviderError; /readyz answers 503 until that changes",
      "not ready: AWS credentials could not be resolved", // the /readyz request's own line
    ]);
    expect(stdout + stderr).not.toContain(secret);
    expect(stdout + stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
  });

  it("a port in use: exits 1 with one line naming the address, the port and PORT", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const { code, stderr } = await runGateway({ PORT: String(port) });
      expect(stderr).toBe(`access-gateway: cannot listen on 127.0.0.1:${port}: the port is in use (EADDRINUSE); set PORT to another port\n`);
      expect(code).toBe(1);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
