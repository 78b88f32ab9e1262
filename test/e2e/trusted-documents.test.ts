import { connect } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAuthentication } from "../../src/composition";
import { readConfig } from "../../src/config";
import { ConfigError } from "../../src/config-error";
import { buildApp } from "../../src/server/app";
import { RUN_ANY_DOCUMENT_SCOPE } from "../../src/server/trusted-documents";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { ALL_SCOPES, makeCredentials } from "../fixtures/credentials";
import { CREATE_USER_GROUP } from "../fixtures/documents";
import { postStream } from "../fixtures/event-stream";
import { startGateway, startGatewayOver, type TestGateway } from "../fixtures/gateway";
import { runGateway } from "../fixtures/gateway-process";
import { stubBackend } from "../fixtures/stub-backend";
import { documentIdOf, sha256, writeManifest } from "../fixtures/trusted-documents";

const VERSION = "query Version { gateway { version } }";
const GROUP = "query Group($id: String!) { userGroup(userGroupId: $id) { __typename ... on UserGroup { userGroupId status } } }";
const WATCH = "subscription Watch($id: String!) { userGroupStatus(userGroupId: $id) { __typename ... on UserGroup { userGroupId status } } }";
const UNLISTED = "query Unlisted { gateway { backend region } }";
/** A variable value that must never reach a log line. */
const CANARY_GROUP = "canary-trusted-group";

/** Keys as the codegen preset writes them (`sha256:<hex>`) and as bare hex: both are accepted. */
const MANIFEST = writeManifest({
  [documentIdOf(VERSION)]: VERSION,
  [sha256(GROUP)]: GROUP,
  [documentIdOf(WATCH)]: WATCH,
  [documentIdOf(CREATE_USER_GROUP)]: CREATE_USER_GROUP,
});

/** An HTTP/1.1 GET of `target` as sent, byte for byte (fetch would drop a fragment), and the answer's status and body. */
async function rawGet(origin: string, target: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.end(`GET ${target} HTTP/1.1\r\nHost: ${hostname}:${port}\r\napollo-require-preflight: true\r\nConnection: close\r\n\r\n`);
    });
    let received = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => {
      received += chunk;
    });
    socket.on("end", () => resolve(received)).on("error", reject);
  });
  const [head = "", body = ""] = answer.split("\r\n\r\n");
  return { status: Number(head.split(" ")[1]), body };
}

const groupInput = (userGroupId: string) => ({ input: { userGroupId, engine: "REDIS", userIds: ["default"] } });
const refusal = (code: string) => ({ errors: [{ message: expect.any(String), extensions: { code } }] });

describe("trusted documents, enforced (GATEWAY_TRUSTED_DOCUMENTS)", () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway(DEFAULT_SEED, { GATEWAY_TRUSTED_DOCUMENTS: MANIFEST });
  });
  afterAll(() => gw.close());

  const get = async (params: Record<string, string>) => {
    const r = await fetch(`${gw.url}?${new URLSearchParams(params)}`, { headers: { "apollo-require-preflight": "true" } });
    return { status: r.status, headers: r.headers, json: (await r.json()) as any };
  };

  it("runs a listed document sent by documentId over POST, with no-store as before", async () => {
    const r = await gw.post({ documentId: documentIdOf(VERSION) });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ data: { gateway: { version: "test" } } });
    expect(r.headers.get("cache-control")).toBe("no-store");
  });

  it("runs a listed document (keyed by bare hex in the manifest) with its variables by Apollo's persisted-query extension", async () => {
    const r = await gw.post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(GROUP) } }, variables: { id: "app-group" } });
    expect(r.json).toEqual({ data: { userGroup: { __typename: "UserGroup", userGroupId: "app-group", status: "ACTIVE" } } });
  });

  it("runs a listed query over GET by documentId or by the extension, and lets the caller's browser keep the answer briefly", async () => {
    const requests: Record<string, string>[] = [
      { documentId: documentIdOf(GROUP), variables: JSON.stringify({ id: "app-group" }) },
      { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(GROUP) } }), variables: JSON.stringify({ id: "app-group" }) },
    ];
    for (const params of requests) {
      const r = await get(params);
      expect(r.status).toBe(200);
      expect(r.json.data.userGroup.userGroupId).toBe("app-group");
      expect(r.headers.get("cache-control")).toBe("private, max-age=5");
      expect(r.headers.get("vary")?.split(/,\s*/)).toEqual(expect.arrayContaining(["Authorization", "X-API-Key"]));
    }
  });

  it("keeps refusing a listed mutation over GET (405), uncached", async () => {
    const r = await get({ documentId: documentIdOf(CREATE_USER_GROUP), variables: JSON.stringify(groupInput("by-get")) });
    expect(r.status).toBe(405);
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(gw.account.userGroups.has("by-get")).toBe(false);
  });

  it("refuses a document sent as text (400 PERSISTED_DOCUMENT_REQUIRED), over POST and GET, and runs nothing; anonymous callers included", async () => {
    const posted = await gw.post({ query: CREATE_USER_GROUP, variables: groupInput("as-text") });
    expect(posted.status).toBe(400);
    expect(posted.json).toEqual(refusal("PERSISTED_DOCUMENT_REQUIRED"));
    expect(posted.json.errors[0].message).toContain(RUN_ANY_DOCUMENT_SCOPE);
    expect(gw.account.userGroups.has("as-text")).toBe(false);
    const got = await get({ query: UNLISTED });
    expect([got.status, got.json]).toEqual([400, refusal("PERSISTED_DOCUMENT_REQUIRED")]);
    // The operation log line of a refused request, as for refused credentials.
    expect(gw.logs.some((line) => JSON.parse(line).errors?.includes("PERSISTED_DOCUMENT_REQUIRED"))).toBe(true);
  });

  it("judges a GET by the URL Apollo reads: text before a # is refused, not taken for a repeated query", async () => {
    // Fastify's query parser keeps the # (query: [UNLISTED + "#", "x"]); WHATWG URL ends the query string there.
    const r = await rawGet(gw.origin, `/graphql?query=${encodeURIComponent(UNLISTED)}#&query=x`);
    expect([r.status, JSON.parse(r.body)]).toEqual([400, refusal("PERSISTED_DOCUMENT_REQUIRED")]);
    expect(r.body).not.toContain("backend");
  });

  it("refuses a query parameter sent twice, or one that is not a string, as a bad request: never read as no text", async () => {
    const twice = await fetch(`${gw.url}?query=${encodeURIComponent(UNLISTED)}&query=${encodeURIComponent(UNLISTED)}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    const answer = (await twice.json()) as any;
    expect([twice.status, answer]).toEqual([400, refusal("BAD_REQUEST")]);
    expect(answer.errors[0].message).toBe("query must be a string, sent once.");
    const listed = await gw.post({ query: [UNLISTED] });
    expect([listed.status, listed.json]).toEqual([400, refusal("BAD_REQUEST")]);
    expect(listed.json.errors[0].message).toBe("query must be a string, sent once.");
  });

  it("refuses a POST body that is no JSON object, and extensions sent as a JSON string in a POST body (Apollo reads those only in a GET)", async () => {
    const batch = await gw.post([{ query: UNLISTED }]);
    expect([batch.status, batch.json]).toEqual([400, refusal("BAD_REQUEST")]);
    const extensions = await gw.post({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(VERSION) } }) });
    expect([extensions.status, extensions.json]).toEqual([400, refusal("BAD_REQUEST")]);
    expect(extensions.json.errors[0].message).toContain("extensions in a POST body must be an object");
  });

  it("refuses an id that is not listed, and never falls back to the text sent with it", async () => {
    const unknown = documentIdOf(UNLISTED);
    expect((await gw.post({ documentId: unknown })).json).toEqual(refusal("PERSISTED_DOCUMENT_NOT_FOUND"));
    const withText = await gw.post({
      documentId: documentIdOf(CREATE_USER_GROUP.replace("CreateUserGroup(", "Other(")),
      query: CREATE_USER_GROUP,
      variables: groupInput("fallback"),
    });
    expect([withText.status, withText.json]).toEqual([400, refusal("PERSISTED_DOCUMENT_NOT_FOUND")]);
    expect(gw.account.userGroups.has("fallback")).toBe(false);
  });

  it("never runs a forged pairing: a listed id with another document's text", async () => {
    const r = await gw.post({ documentId: documentIdOf(VERSION), query: CREATE_USER_GROUP, variables: groupInput("forged") });
    expect([r.status, r.json]).toEqual([400, refusal("PERSISTED_DOCUMENT_MISMATCH")]);
    const apq = await gw.post({
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(VERSION) } },
      query: CREATE_USER_GROUP,
      variables: groupInput("forged"),
    });
    expect([apq.status, apq.json]).toEqual([400, refusal("PERSISTED_DOCUMENT_MISMATCH")]);
    expect(gw.account.userGroups.has("forged")).toBe(false);
  });

  it("runs a listed id sent with its own text (an APQ client's second try) or with null for the absent parameters", async () => {
    const r = await gw.post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(VERSION) } }, query: VERSION });
    expect(r.json).toEqual({ data: { gateway: { version: "test" } } });
    const nulls = await gw.post({ documentId: documentIdOf(VERSION), query: null, extensions: { persistedQuery: null } });
    expect(nulls.json).toEqual({ data: { gateway: { version: "test" } } });
    const textWithNullId = await gw.post({ documentId: null, query: UNLISTED });
    expect(textWithNullId.json).toEqual(refusal("PERSISTED_DOCUMENT_REQUIRED"));
  });

  it("lets nobody register a document through Apollo's automatic persisted queries", async () => {
    const madeUp = "0".repeat(64);
    const register = async (sha256Hash: string) =>
      gw.post({ extensions: { persistedQuery: { version: 1, sha256Hash } }, query: CREATE_USER_GROUP, variables: groupInput("registered") });
    expect((await register(madeUp)).json).toEqual(refusal("PERSISTED_DOCUMENT_NOT_FOUND"));
    // A true registration (the hash of the text sent) is refused too, and leaves nothing behind.
    expect((await register(sha256(CREATE_USER_GROUP.trim()))).json).toEqual(refusal("PERSISTED_DOCUMENT_NOT_FOUND"));
    const again = await gw.post({
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(CREATE_USER_GROUP.trim()) } },
      variables: groupInput("registered"),
    });
    expect(again.json).toEqual(refusal("PERSISTED_DOCUMENT_NOT_FOUND"));
    expect(gw.account.userGroups.has("registered")).toBe(false);
  });

  it.each([
    ["a documentId without its algorithm", { documentId: sha256(VERSION) }, "documentId must be sha256:"],
    ["a documentId that is not a string", { documentId: 42 }, "documentId must be sha256:"],
    [
      "a persisted query of another version",
      { extensions: { persistedQuery: { version: 2, sha256Hash: sha256(VERSION) } } },
      "extensions.persistedQuery must be",
    ],
    [
      "a documentId and an extension naming different documents",
      { documentId: documentIdOf(VERSION), extensions: { persistedQuery: { version: 1, sha256Hash: sha256(GROUP) } } },
      "name different documents",
    ],
  ])("answers %s with 400 BAD_REQUEST saying so", async (_, body, message) => {
    const r = await gw.post(body);
    expect([r.status, r.json]).toEqual([400, refusal("BAD_REQUEST")]);
    expect(r.json.errors[0].message).toContain(message);
  });

  it("enforces the subscription route too: text is refused before any stream, a listed id streams", async () => {
    const streamUrl = `${gw.origin}/graphql/stream`;
    const asText = await postStream(streamUrl, { query: WATCH, variables: { id: "app-group" } });
    expect([asText.status, asText.json]).toEqual([400, refusal("PERSISTED_DOCUMENT_REQUIRED")]);
    const byId = await postStream(streamUrl, { documentId: documentIdOf(WATCH), variables: { id: "app-group" } });
    expect(byId.status).toBe(200);
    const events = await byId.events;
    expect(events[0]).toEqual({ event: "next", data: { data: { userGroupStatus: { __typename: "UserGroup", userGroupId: "app-group", status: "ACTIVE" } } } });
  });
});

describe("trusted documents and credentials", () => {
  let gw: TestGateway;
  let token: (scopes: string) => Promise<string>;
  beforeAll(async () => {
    const creds = await makeCredentials();
    token = (scope) => creds.token({ scope });
    gw = await startGateway(DEFAULT_SEED, { ...creds.env, GATEWAY_TRUSTED_DOCUMENTS: MANIFEST });
  });
  afterAll(() => gw.close());

  it(`runs any document for a caller with ${RUN_ANY_DOCUMENT_SCOPE} (the playground's users), and refuses it to others`, async () => {
    const allowed = await gw.post({ query: UNLISTED }, { authorization: `Bearer ${await token(`${ALL_SCOPES} ${RUN_ANY_DOCUMENT_SCOPE}`)}` });
    expect(allowed.json).toEqual({ data: { gateway: { backend: "LOCAL", region: "us-east-1" } } });
    const refused = await gw.post({ query: UNLISTED }, { authorization: `Bearer ${await token(ALL_SCOPES)}` });
    expect([refused.status, refused.json]).toEqual([400, refusal("PERSISTED_DOCUMENT_REQUIRED")]);
  });

  it("answers refused credentials with 401 as before, whether the document is listed or not", async () => {
    for (const body of [{ query: UNLISTED }, { documentId: documentIdOf(VERSION) }]) {
      const r = await gw.post(body, { authorization: "Bearer not-a-jwt" });
      expect(r.status).toBe(401);
      expect(r.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("trusted documents, log mode (GATEWAY_TRUSTED_DOCUMENTS_MODE=log)", () => {
  let gw: TestGateway;
  afterEach(() => gw.close());

  it("runs a document that is not listed and logs one warning line with its name and SHA-256, never its text or variables", async () => {
    gw = await startGateway(DEFAULT_SEED, { GATEWAY_TRUSTED_DOCUMENTS: MANIFEST, GATEWAY_TRUSTED_DOCUMENTS_MODE: "log" });
    const text = GROUP.replace("query Group", "query Unlisted");
    const r = await gw.post({ query: text, variables: { id: CANARY_GROUP } });
    expect(r.status).toBe(200);
    expect(r.json.data.userGroup.__typename).toBe("UserGroupNotFound");
    const warnings = gw.logs.map((line) => JSON.parse(line)).filter((line) => line.level === 40);
    expect(warnings).toEqual([expect.objectContaining({ operationName: "Unlisted", documentId: documentIdOf(text), caller: "anonymous" })]);
    const all = gw.logs.join("\n");
    expect(all).not.toContain(CANARY_GROUP);
    expect(all).not.toContain("userGroup(userGroupId");
  });

  it("logs an operation name only when it is a GraphQL name of at most 64 characters", async () => {
    gw = await startGateway(DEFAULT_SEED, { GATEWAY_TRUSTED_DOCUMENTS: MANIFEST, GATEWAY_TRUSTED_DOCUMENTS_MODE: "log" });
    const long = `N${"a".repeat(64)}`;
    const named = (name: string) => `query ${name} { gateway { version } }`;
    await gw.post({ query: named(long) });
    await gw.post({ query: named("Unlisted"), operationName: `Unlisted\n${CANARY_GROUP}` });
    await gw.post({ query: named(long.slice(1)) });
    const warnings = gw.logs.map((line) => JSON.parse(line)).filter((line) => line.level === 40);
    expect(warnings.map((line) => line.operationName)).toEqual([null, null, long.slice(1)]);
    expect(gw.logs.join("\n")).not.toContain(CANARY_GROUP);
  });

  it("runs listed documents without a line, and still refuses an id it does not list", async () => {
    gw = await startGateway(DEFAULT_SEED, { GATEWAY_TRUSTED_DOCUMENTS: MANIFEST, GATEWAY_TRUSTED_DOCUMENTS_MODE: "log" });
    expect((await gw.post({ documentId: documentIdOf(VERSION) })).json).toEqual({ data: { gateway: { version: "test" } } });
    expect((await gw.post({ documentId: documentIdOf(UNLISTED), query: UNLISTED })).json).toEqual(refusal("PERSISTED_DOCUMENT_NOT_FOUND"));
    expect(gw.logs.map((line) => JSON.parse(line)).filter((line) => line.level === 40)).toEqual([]);
  });
});

describe("trusted documents: the caller's credentials are checked once per request", () => {
  it("once for a document sent as text that the route runs (the safelist and the context share the check), once by id", async () => {
    const creds = await makeCredentials();
    const config = readConfig({ ...creds.env, GATEWAY_TRUSTED_DOCUMENTS: MANIFEST, GATEWAY_RATE_LIMIT_PER_MINUTE: "0", GATEWAY_SHED_EVENT_LOOP_DELAY_MS: "0" });
    const authenticate = await createAuthentication(config.auth);
    const headers = { authorization: `Bearer ${await creds.token({ scope: `${ALL_SCOPES} ${RUN_ANY_DOCUMENT_SCOPE}` })}` };
    let checks = 0;
    const app = await buildApp({
      backend: stubBackend({}),
      authenticate: (requestHeaders) => {
        checks++;
        return authenticate(requestHeaders);
      },
      config,
      version: "test",
      logStream: { write: () => {} },
    });
    try {
      for (const payload of [{ query: VERSION }, { documentId: documentIdOf(VERSION) }]) {
        checks = 0;
        const r = await app.inject({ method: "POST", url: "/graphql", payload, headers });
        // The route ran the request: it asked for the caller too.
        expect(r.json()).toEqual({ data: { gateway: { version: "test" } } });
        expect(checks).toBe(1);
      }
    } finally {
      await app.close();
    }
  });
});

describe("trusted documents: a manifest the gateway cannot trust stops the start", () => {
  it.each([
    [
      "a key that is not the SHA-256 of its document",
      { [documentIdOf(VERSION)]: UNLISTED },
      /entry "sha256:[0-9a-f]{64}": the key is not the SHA-256 of its document/,
    ],
    ["a document that does not parse", { [documentIdOf("query {")]: "query {" }, /the document does not parse/],
    ["a document the schema does not validate", { [documentIdOf("{ nope }")]: "{ nope }" }, /does not validate against the schema: Cannot query field "nope"/],
    ["a key that is no hash", { "my-query": VERSION }, /entry "my-query": the key must be sha256:<64 lowercase hex digits>/],
    ["a document that is not a string", { [documentIdOf(VERSION)]: 1 }, /the document must be a string/],
    ["no documents", {}, /lists no documents/],
  ])("%s", async (_, entries, message) => {
    const path = writeManifest(entries);
    const start = startGatewayOver(stubBackend({}), { GATEWAY_TRUSTED_DOCUMENTS: `${MANIFEST},${path}` });
    await expect(start).rejects.toThrow(ConfigError);
    await expect(start).rejects.toThrow(`GATEWAY_TRUSTED_DOCUMENTS: ${path}: `);
    await expect(start).rejects.toThrow(message);
  });

  it("the built gateway says so in one line and exits 1", async () => {
    const path = writeManifest({ [documentIdOf(VERSION)]: UNLISTED });
    const { code, stdout, stderr } = await runGateway({ GATEWAY_TRUSTED_DOCUMENTS: path });
    expect(stderr).toMatch(
      new RegExp(
        `^access-gateway: GATEWAY_TRUSTED_DOCUMENTS: ${path}: entry "${documentIdOf(VERSION)}": the key is not the SHA-256 of its document \\(that is sha256:[0-9a-f]{64}\\)\n$`,
      ),
    );
    expect(stdout).not.toContain("listening");
    expect(code).toBe(1);
  });

  it("names a file it cannot read", async () => {
    await expect(startGatewayOver(stubBackend({}), { GATEWAY_TRUSTED_DOCUMENTS: "/nonexistent/manifest.json" })).rejects.toThrow(
      /GATEWAY_TRUSTED_DOCUMENTS: cannot read \/nonexistent\/manifest\.json/,
    );
  });
});
