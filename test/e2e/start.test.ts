import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { CREATE_USER_GROUP } from "../fixtures/documents";

/** The built entry point, as `npm start` runs it (`npm test` builds first): one bundle of dist/ and its packages. */
const MAIN = join(__dirname, "..", "..", "dist", "gateway.js");

/** Runs the gateway; `onOutput` sees standard output as it grows and may act (send SIGTERM, say). */
function run(
  env: Record<string, string>,
  untilOutput?: RegExp,
  onOutput?: (stdout: string, child: ReturnType<typeof spawn>) => void,
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: { PATH: process.env.PATH ?? "", PORT: "0", AWS_EC2_METADATA_DISABLED: "true", ...env } });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      onOutput?.(stdout, child);
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

/**
 * How many of `count` connections opened at once to a loopback `port` complete their handshake: counted
 * once the number stops moving for 300 ms (a busy test machine may take a while to open them all; those
 * past a full accept queue stay unanswered however long one waits, their retries dropped as well).
 */
async function handshakes(port: number, count: number): Promise<number> {
  let connected = 0;
  const sockets = Array.from({ length: count }, () =>
    connect(port, "127.0.0.1")
      .on("connect", () => connected++)
      .on("error", () => {}),
  );
  // Settled when a pause brings no new connection; a busy machine may take a while to bring the first.
  for (let seen = -1, until = Date.now() + 10_000; (seen !== connected || connected === 0) && Date.now() < until; ) {
    seen = connected;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  for (const socket of sockets) socket.destroy();
  return connected;
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

  it("in production mode, says in one line what is off and which variable turns each on", async () => {
    const { code, stdout } = await run({ NODE_ENV: "production" }, /Amazon MQ brokers: .*\n/);
    const lines = stdout.split("\n").filter((line) => line.startsWith("production mode:"));
    expect(lines).toEqual([
      "production mode: playground off (GATEWAY_PLAYGROUND=true turns it on), introspection off (GATEWAY_INTROSPECTION=true), field suggestions off (GATEWAY_FIELD_SUGGESTIONS=true), browser origins (CORS) off (GATEWAY_CORS_ORIGINS=https://app.example.com)",
    ]);
    expect(code).toBe(0);
  });

  it("in production mode, leaves out of that line what a variable turned on; says nothing in development", async () => {
    const opted = await run({ NODE_ENV: "production", GATEWAY_PLAYGROUND: "true", GATEWAY_CORS_ORIGINS: "https://app.example.com" }, /Amazon MQ brokers: .*\n/);
    expect(opted.stdout).toContain(
      "production mode: introspection off (GATEWAY_INTROSPECTION=true turns it on), field suggestions off (GATEWAY_FIELD_SUGGESTIONS=true)\n",
    );
    const development = await run({}, /Amazon MQ brokers: .*\n/);
    expect(development.stdout).not.toContain("production mode");
  });

  it.each([
    [{ PORT: "http" }, "PORT"],
    [{ GATEWAY_BACKEND: "mock" }, "GATEWAY_BACKEND"],
    [{ AWS_REGION: "moon-1" }, "AWS_REGION"],
    [{ GATEWAY_LOCAL_SEED: "/nonexistent/seed.json" }, "GATEWAY_LOCAL_SEED"],
    [{ GATEWAY_BACKEND: "aws", AWS_REGION: "us-east-1" }, "GATEWAY_ALLOW_ANONYMOUS"],
    [{ GATEWAY_API_KEYS_FILE: "/nonexistent/keys.json" }, "GATEWAY_API_KEYS_FILE"],
    [{ GATEWAY_JWT_JWKS_FILE: "/nonexistent/jwks.json", GATEWAY_JWT_ISSUER: "i", GATEWAY_JWT_AUDIENCE: "a" }, "GATEWAY_JWT_JWKS_FILE"],
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

  it("starts on the aws backend without authentication only when told to, and warns", async () => {
    const { code, stdout } = await run({ GATEWAY_BACKEND: "aws", AWS_REGION: "eu-west-1", GATEWAY_ALLOW_ANONYMOUS: "true" }, /backend: aws.*\n/);
    expect(stdout).toContain("backend: aws, region: eu-west-1, authentication: none (anonymous callers allowed)");
    expect(stdout).toMatch(/"level":40,.*GATEWAY_ALLOW_ANONYMOUS=true/);
    expect(code).toBe(0);
  });

  it("on SIGTERM stops accepting, finishes the request in flight, then exits 0", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "seed-")), "seed.json");
    writeFileSync(
      file,
      JSON.stringify({ latencyMs: 1500, users: [{ userId: "default", userName: "default", engine: "redis", authentication: "no-password" }] }),
    );
    let answer: Promise<{ status: number; body: any; lateStatus: string }> | undefined;
    let signalled = 0;
    const { code, stdout } = await run({ GATEWAY_LOCAL_SEED: file }, undefined, (out, child) => {
      const url = /listening on (http:\S+)/.exec(out)?.[1];
      if (!url || answer) return;
      answer = (async () => {
        const inFlight = fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: 'mutation { createUserGroup(input: { userGroupId: "late", engine: REDIS, userIds: ["default"] }) { __typename } }' }),
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        child.kill("SIGTERM");
        signalled = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 200));
        const lateStatus = await fetch(url.replace("/graphql", "/healthz")).then(
          (r) => String(r.status),
          (e: Error) => (e.cause as { code?: string })?.code ?? e.message,
        );
        const response = await inFlight;
        return { status: response.status, body: await response.json(), lateStatus };
      })();
    });
    const result = await answer!;
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ data: { createUserGroup: { __typename: "CreateUserGroupSuccess" } } });
    expect(result.lateStatus).toMatch(/^(503|ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET)$/);
    expect(stdout).toContain("shutting down");
    expect(code).toBe(0);
    // The in-flight call needed 1.5 s; exiting must not wait for the 5 s keep-alive timeout as well.
    expect(Date.now() - signalled).toBeLessThan(4_500);
  });

  // The kernel caps every backlog at net.core.somaxconn (4096 since Linux 5.4); below 600 this cannot show.
  const somaxconn = process.platform === "linux" ? Number(readFileSync("/proc/sys/net/core/somaxconn", "utf8")) : 0;
  it.skipIf(somaxconn < 600)("holds GATEWAY_LISTEN_BACKLOG new connections while busy; its wire emulator holds a burst the SDK's pool opens", async () => {
    let counted: Promise<{ gateway: number; emulator: number }> | undefined;
    const { code } = await run({ GATEWAY_BACKEND: "emulator", GATEWAY_LISTEN_BACKLOG: "300" }, undefined, (out, child) => {
      const gateway = /listening on http:\/\/[\d.]+:(\d+)/.exec(out)?.[1];
      const emulator = /AWS wire emulator: http:\/\/[\d.]+:(\d+)/.exec(out)?.[1];
      if (!gateway || !emulator || counted) return;
      counted = (async () => {
        // Stopped, the process accepts nothing: only the kernel's accept queues take the handshakes.
        child.kill("SIGSTOP");
        const [g, e] = await Promise.all([handshakes(Number(gateway), 600), handshakes(Number(emulator), 600)]);
        child.kill("SIGCONT");
        child.kill("SIGTERM");
        return { gateway: g, emulator: e };
      })();
    });
    const { gateway, emulator } = await counted!;
    // Linux queues backlog + 1 and drops the rest of the handshakes (their clients retry after 1 s, 3 s...);
    // a client whose last ACK is dropped as the queue fills counts itself connected, hence a little slack.
    // Node's default backlog gives 512 here.
    expect(gateway).toBeGreaterThanOrEqual(300);
    expect(gateway).toBeLessThanOrEqual(320);
    expect(emulator).toBe(600);
    expect(code).toBe(0);
  });

  it("starts on a seed file", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "seed-")), "seed.json");
    writeFileSync(file, JSON.stringify({ users: [{ userId: "only", userName: "default", engine: "valkey", authentication: "iam" }] }));
    const { code, stdout } = await run({ GATEWAY_LOCAL_SEED: file }, /Amazon MQ brokers: .*\n/);
    expect(stdout).toContain("ElastiCache users: only (valkey, user name default)");
    expect(stdout).toContain("Amazon MQ brokers: none");
    expect(code).toBe(0);
  });

  it("writes an operation's log line within a second when traffic is low (the write buffer is flushed on a timer)", async () => {
    let sentAt = 0;
    let seenAfterMs = -1;
    const { code } = await run({}, undefined, (out, child) => {
      const url = /listening on (http:\S+)/.exec(out)?.[1];
      if (url && !sentAt) {
        sentAt = Date.now();
        void fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ gateway { version } }" }) });
      }
      if (sentAt && seenAfterMs < 0 && out.includes('"msg":"graphql operation"')) {
        seenAfterMs = Date.now() - sentAt;
        child.kill("SIGTERM");
      }
    });
    expect(seenAfterMs).toBeGreaterThanOrEqual(0);
    expect(seenAfterMs).toBeLessThan(1_000);
    expect(code).toBe(0);
  });

  it("as a bundle, reports each outcome by its __typename in the operation log and the metrics", async () => {
    const inputs = [
      { userGroupId: "bundled", engine: "VALKEY", userIds: ["app-default"] },
      { userGroupId: "1-not-an-id", engine: "VALKEY", userIds: ["app-default"] },
      { userGroupId: "missing-user", engine: "VALKEY", userIds: ["app-default", "nobody"] },
    ];
    let seen: Promise<{ typenames: string[]; metrics: string }> | undefined;
    const { code, stdout } = await run({}, undefined, (out, child) => {
      const url = /listening on (http:\S+)/.exec(out)?.[1];
      if (!url || seen) return;
      seen = (async () => {
        const typenames: string[] = [];
        for (const input of inputs) {
          const response = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: CREATE_USER_GROUP, variables: { input } }),
          });
          typenames.push(((await response.json()) as { data: { createUserGroup: { __typename: string } } }).data.createUserGroup.__typename);
        }
        const metrics = await (await fetch(url.replace("/graphql", "/metrics"))).text();
        child.kill("SIGTERM");
        return { typenames, metrics };
      })();
    });
    const { typenames, metrics } = await seen!;
    expect(typenames).toEqual(["CreateUserGroupSuccess", "InputValidationError", "UserNotFound"]);
    const logged = stdout
      .split("\n")
      .filter((line) => line.includes('"msg":"graphql operation"'))
      .map((line) => (JSON.parse(line) as { outcomes: { outcome: string }[] }).outcomes[0]!.outcome);
    expect(logged).toEqual(typenames);
    for (const typename of typenames) expect(metrics).toContain(`gateway_operations_total{operation="createUserGroup",outcome="${typename}"} 1`);
    expect(metrics).not.toMatch(/outcome="\w+_\d+"/);
    expect(code).toBe(0);
  });

  it("as a bundle, keeps the schema's type names: print-schema gives schema.graphql", async () => {
    const { code, stdout } = await run({}, undefined, undefined, ["print-schema"]);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(__dirname, "..", "..", "schema.graphql"), "utf8"));
  });

  it("as a bundle, print-subgraph-schema gives the subgraph's SDL, the entities keyed, which composes", async () => {
    const { code, stdout } = await run({}, undefined, undefined, ["print-subgraph-schema"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/type UserGroup\s+@key\(fields: "userGroupId"\)/);
    expect(composeServices([{ name: "access-gateway", url: "http://gateway/graphql", typeDefs: parse(stdout) }]).errors).toBeUndefined();
  });

  it("as a bundle, hashes with Node's crypto: Apollo's createHash is aliased, sha.js (SHA-256 in JavaScript) is not inside", () => {
    const bundle = readFileSync(MAIN, "utf8");
    expect(bundle).toContain('"dist/bundle-createhash.js"');
    expect(bundle).not.toContain("node_modules/sha.js/");
    expect(bundle).not.toContain("node_modules/@apollo/utils.createhash/");
  });

  it("as a bundle, carries the AWS SDK path (emulator backend) and serves the playground's package files", async () => {
    let checks: Promise<{ mutation: unknown; asset: number; assetType: string | null }> | undefined;
    const { code } = await run({ GATEWAY_BACKEND: "emulator" }, undefined, (out, child) => {
      const url = /listening on (http:\S+)/.exec(out)?.[1];
      if (!url || checks) return;
      checks = (async () => {
        try {
          const response = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              query: `mutation { createBrokerUser(input: { brokerId: "b-1f5a2c3d-0000-4000-8000-00000000a001", username: "bundled", password: "bundle-password-1" }) { __typename } }`,
            }),
          });
          const asset = await fetch(url.replace("/graphql", "/playground/assets/graphiql.min.js"));
          await asset.arrayBuffer();
          return { mutation: await response.json(), asset: asset.status, assetType: asset.headers.get("content-type") };
        } finally {
          child.kill("SIGTERM");
        }
      })();
    });
    const result = await checks!;
    expect(result.mutation).toEqual({ data: { createBrokerUser: { __typename: "CreateBrokerUserSuccess" } } });
    expect(result.asset).toBe(200);
    expect(result.assetType).toMatch(/javascript/);
    expect(code).toBe(0);
  });
});
