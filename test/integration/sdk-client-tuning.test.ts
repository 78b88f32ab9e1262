import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { CreateUserCommand, MqClient } from "@aws-sdk/client-mq";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAwsBackend } from "../../src/adapters/aws/aws-backend";
import { tuneClient } from "../../src/adapters/aws/client-tuning";
import { DeadlineRetryStrategy } from "../../src/adapters/aws/deadline-retry-strategy";
import { readConfig } from "../../src/config";
import { emptyAwsWorld } from "../fixtures/empty-aws-world";

/**
 * The gateway's SDK clients leave work out of each call (client-tuning.ts): what reaches AWS must not
 * change. A local server stands in for AWS, records what each call sent, and answers as AWS would:
 * MQ's empty JSON object, ElastiCache's CreateUserGroup XML, or the statuses a test queues first.
 */
const USER_GROUP_XML =
  '<CreateUserGroupResponse xmlns="http://elasticache.amazonaws.com/doc/2015-02-02/"><CreateUserGroupResult>' +
  "<UserGroupId>tuned</UserGroupId><Status>creating</Status><Engine>valkey</Engine><UserIds><member>app-default</member></UserIds>" +
  "</CreateUserGroupResult><ResponseMetadata><RequestId>req-ec</RequestId></ResponseMetadata></CreateUserGroupResponse>";

interface Seen {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

let server: Server;
let url: string;
const seen: Seen[] = [];
const statuses: number[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      seen.push({ path: req.url ?? "", headers: req.headers, body });
      const status = statuses.shift() ?? 200;
      const mq = req.url?.startsWith("/v1/");
      const answer = mq || status !== 200 ? "{}" : USER_GROUP_XML;
      res.writeHead(status, { "content-type": mq ? "application/json" : "text/xml", "x-amzn-requestid": `req-${seen.length}` });
      res.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

emptyAwsWorld();
beforeEach(() => {
  seen.length = 0;
  statuses.length = 0;
});

const UPSTREAM = readConfig({}).upstream;
const CREDENTIALS = { accessKeyId: "AKIDTUNED", secretAccessKey: "tuned-secret" };
const user = (username: string, groups: string[] = []) => ({
  brokerId: "b-1",
  username,
  password: "a-password-of-16-chars",
  consoleAccess: false,
  groups,
  replicationUser: false,
});
const createUser = (username: string, groups: string[]) =>
  new CreateUserCommand({
    BrokerId: "b-1",
    Username: username,
    Password: "a-password-of-16-chars",
    Groups: groups,
    ConsoleAccess: false,
    ReplicationUser: false,
  });
/** The access key id and the scope (date/region/service) of a request's SigV4 Authorization header. */
const scopeOf = (headers: IncomingHttpHeaders) => /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(headers.authorization ?? "")?.slice(1);

describe("the gateway's SDK clients, tuned", () => {
  it("send the user agent the SDK's own middleware computes, on the first call and on every later one", async () => {
    const backend = await createAwsBackend({ region: "us-east-1", upstream: UPSTREAM, emulator: { endpoint: url, credentials: CREDENTIALS } });
    // The same client settings (so the same features in the user agent), untuned: the SDK computes it on every call.
    const reference = new MqClient({
      region: "us-east-1",
      endpoint: url,
      credentials: CREDENTIALS,
      cacheMiddleware: true,
      retryStrategy: new DeadlineRetryStrategy(UPSTREAM.maxAttempts),
    });
    try {
      // Bodies of different lengths: the headers replayed are the user agent's alone, not the first call's length.
      for (const [i, groups] of [[], ["admins"], ["admins", "operators-of-the-night-shift"]].entries()) {
        expect((await backend.brokerUsers.create(user(`tuned-${i}`, groups))).ok).toBe(true);
        await reference.send(createUser(`reference-${i}`, groups));
      }
    } finally {
      reference.destroy();
      await backend.close?.();
    }
    const tuned = seen.filter((_, i) => i % 2 === 0);
    const untuned = seen.filter((_, i) => i % 2 === 1);
    for (const name of ["user-agent", "x-amz-user-agent"]) {
      expect(tuned[0]?.headers[name]).toMatch(/^aws-sdk-js\//);
      expect(tuned.map((r) => r.headers[name])).toEqual(untuned.map((r) => r.headers[name]));
    }
    expect(tuned.map((r) => Number(r.headers["content-length"]))).toEqual(tuned.map((r) => Buffer.byteLength(r.body)));
    expect(new Set(tuned.map((r) => r.headers["content-length"])).size).toBe(3);
    expect(tuned.map((r) => JSON.parse(r.body).groups)).toEqual([[], ["admins"], ["admins", "operators-of-the-night-shift"]]);
  });

  it("build one SigV4 signer per client, which still asks for the current credentials on every call", async () => {
    let issued = 0;
    // Credentials that expire at once: the SDK's memoized provider fetches new ones for every call.
    const credentials = async () => ({ accessKeyId: `AKIDROTATED${++issued}`, secretAccessKey: `secret-${issued}`, expiration: new Date(Date.now() + 1_000) });
    const client = new MqClient({ region: "eu-west-1", endpoint: url, credentials, cacheMiddleware: true });
    tuneClient(client);
    try {
      await client.send(createUser("rotated-1", []));
      await client.send(createUser("rotated-2", []));
      expect(await client.config.signer()).toBe(await client.config.signer());
    } finally {
      client.destroy();
    }
    // Each call signed with the credentials issued for it (the SDK asks more than once a call).
    const scopes = seen.map((r) => scopeOf(r.headers));
    expect(scopes).toEqual([
      [expect.stringMatching(/^AKIDROTATED\d+$/), "eu-west-1", "mq"],
      [expect.stringMatching(/^AKIDROTATED\d+$/), "eu-west-1", "mq"],
    ]);
    const [first, second] = scopes.map((scope) => Number(scope?.[0]?.slice("AKIDROTATED".length)));
    expect(second).toBeGreaterThan(first ?? Infinity);
  });

  it("leave out the recursion-detection middleware, which only forwards an AWS Lambda invocation's trace id", async () => {
    const client = new MqClient({ region: "us-east-1", endpoint: url, credentials: CREDENTIALS, cacheMiddleware: true });
    const names = () => client.middlewareStack.identify().map((m) => m.split(" ")[0]);
    expect(names()).toContain("recursionDetectionMiddleware");
    tuneClient(client);
    try {
      expect(names()).not.toContain("recursionDetectionMiddleware");
      await client.send(createUser("untraced", []));
    } finally {
      client.destroy();
    }
    expect(seen.map((r) => r.headers["x-amzn-trace-id"])).toEqual([undefined]);
  });

  it("reach the endpoint of AWS_ENDPOINT_URL and sign for the region of AWS_REGION", async () => {
    Object.assign(process.env, { AWS_ENDPOINT_URL: url, AWS_REGION: "eu-central-1", AWS_ACCESS_KEY_ID: "AKIDENV", AWS_SECRET_ACCESS_KEY: "env-secret" });
    const backend = await createAwsBackend({ region: undefined, upstream: UPSTREAM });
    try {
      expect((await backend.brokerUsers.create(user("from-env"))).ok).toBe(true);
      expect((await backend.userGroups.create({ userGroupId: "tuned", engine: "VALKEY", userIds: ["app-default"] })).ok).toBe(true);
    } finally {
      await backend.close?.();
    }
    expect(seen.map((r) => [r.path, scopeOf(r.headers)])).toEqual([
      ["/v1/brokers/b-1/users/from-env", ["AKIDENV", "eu-central-1", "mq"]],
      ["/", ["AKIDENV", "eu-central-1", "elasticache"]],
    ]);
  });

  it("retry an answer AWS may fix (503) under the call's invocation id, counting the attempts", async () => {
    const backend = await createAwsBackend({ region: "us-east-1", upstream: UPSTREAM, emulator: { endpoint: url, credentials: CREDENTIALS } });
    statuses.push(503);
    try {
      const result = await backend.brokerUsers.create(user("retried"));
      expect(result).toMatchObject({ ok: true, call: { attempts: 2 } });
    } finally {
      await backend.close?.();
    }
    expect(seen.map((r) => r.headers["amz-sdk-request"])).toEqual(["attempt=1; max=3", "attempt=2; max=3"]);
    expect(seen[0]?.headers["amz-sdk-invocation-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[1]?.headers["amz-sdk-invocation-id"]).toBe(seen[0]?.headers["amz-sdk-invocation-id"]);
  });
});
