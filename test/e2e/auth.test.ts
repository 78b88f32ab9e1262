import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { API_KEY, API_KEY_UG_ONLY, type Credentials, makeCredentials } from "../fixtures/credentials";
import { ACTIVEMQ_BROKER, CREATE_BROKER_USER, CREATE_USER_GROUP } from "../fixtures/documents";
import { startGateway, type TestGateway } from "../fixtures/gateway";

const groupInput = (userGroupId: string) => ({ input: { userGroupId, engine: "REDIS", userIds: ["default"] } });
const brokerInput = (username: string) => ({ input: { brokerId: ACTIVEMQ_BROKER, username, password: "Canary-Pa55word-auth" } });

describe("authentication and scopes", () => {
  let gw: TestGateway;
  let creds: Credentials;
  let n = 0;
  const attempt = async (headers: Record<string, string>) => {
    const before = gw.account.userGroups.size;
    const response = await gw.post({ query: CREATE_USER_GROUP, variables: groupInput(`auth-${++n}`) }, headers);
    return { ...response, created: gw.account.userGroups.size - before };
  };

  beforeAll(async () => {
    creds = await makeCredentials();
    gw = await startGateway(DEFAULT_SEED, creds.env);
  });
  afterAll(() => gw.close());

  it("accepts a valid bearer token with the scope", async () => {
    const r = await attempt({ authorization: `Bearer ${await creds.token()}` });
    expect(r.json.data.createUserGroup.__typename).toBe("CreateUserGroupSuccess");
    expect(r.created).toBe(1);
  });

  it.each([
    ["ApiKey scheme", { authorization: `ApiKey ${API_KEY}` }],
    ["x-api-key header", { "x-api-key": API_KEY }],
  ])("accepts an API key in the %s", async (_, headers) => {
    const r = await attempt(headers);
    expect(r.json.data.createUserGroup.__typename).toBe("CreateUserGroupSuccess");
  });

  it("answers 401 with WWW-Authenticate: Bearer without credentials (RFC 6750), and calls no adapter", async () => {
    const r = await attempt({});
    expect(r.status).toBe(401);
    expect(r.headers.get("www-authenticate")).toBe("Bearer");
    expect(r.json.errors[0].extensions).toEqual({ code: "UNAUTHENTICATED" });
    expect(r.json.data).toBeNull();
    expect(r.created).toBe(0);
  });

  it("answers 401 with an invalid_token challenge and reason expired for an expired token", async () => {
    const token = await creds.token({}, { expiresIn: Math.floor(Date.now() / 1000) - 60 });
    const r = await attempt({ authorization: `Bearer ${token}` });
    expect(r.status).toBe(401);
    expect(r.headers.get("www-authenticate")).toBe('Bearer error="invalid_token", error_description="The access token expired"');
    expect(r.json.errors[0].extensions).toEqual({ code: "UNAUTHENTICATED", reason: "expired" });
    expect(r.text).not.toContain(token);
    expect(r.created).toBe(0);
  });

  // Only what lets a caller act is shown (refresh, fix the clock, fix the header); reasons that would help
  // forge a token or tell which credentials are configured are the generic "invalid-token".
  it.each<[string, () => Promise<Record<string, string>>, string, string]>([
    ["a bad signature", async () => ({ authorization: `Bearer ${await creds.forged()}` }), "invalid_token", "invalid-token"],
    [
      "an expired token",
      async () => ({ authorization: `Bearer ${await creds.token({}, { expiresIn: Math.floor(Date.now() / 1000) - 60 })}` }),
      "invalid_token",
      "expired",
    ],
    ["a token not valid yet", async () => ({ authorization: `Bearer ${await creds.token({}, { notBefore: "10m" })}` }), "invalid_token", "not-yet-valid"],
    ["a wrong audience", async () => ({ authorization: `Bearer ${await creds.token({}, { audience: "someone-else" })}` }), "invalid_token", "invalid-token"],
    ["a wrong issuer", async () => ({ authorization: `Bearer ${await creds.token({}, { issuer: "https://evil.test" })}` }), "invalid_token", "invalid-token"],
    ["alg none", async () => ({ authorization: `Bearer ${unsigned()}` }), "invalid_token", "invalid-token"],
    ["a token that is not a JWT", async () => ({ authorization: "Bearer CANARY-not-a-jwt" }), "invalid_token", "malformed-token"],
    ["an unknown API key", async () => ({ "x-api-key": "agk_CANARY_not_a_key" }), "invalid_token", "unknown-api-key"],
    ["an unknown scheme", async () => ({ authorization: "Basic dXNlcjpwYXNz" }), "invalid_request", "malformed-authorization"],
  ])("answers 401 UNAUTHENTICATED with a challenge for %s, and calls no adapter", async (_, headers, error, reason) => {
    const sent = await headers();
    const r = await attempt(sent);
    expect(r.status).toBe(401);
    expect(r.headers.get("www-authenticate")).toMatch(new RegExp(`^Bearer error="${error}", error_description="[^"\\\\]+"$`));
    expect(r.json.errors[0].extensions).toEqual({ code: "UNAUTHENTICATED", reason });
    const answer = `${r.text}${r.headers.get("www-authenticate")}`;
    for (const value of Object.values(sent)) expect(answer).not.toContain(value.split(" ").at(-1));
    expect(r.created).toBe(0);
  });

  it("answers FORBIDDEN for a token without the scope, as GraphQL over HTTP does (status 200, no challenge), and calls no adapter", async () => {
    const r = await attempt({ authorization: `Bearer ${await creds.token({ scope: "mq:CreateUser" })}` });
    expect(r.json.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(r.status).toBe(200);
    expect(r.headers.get("www-authenticate")).toBeNull();
    expect(r.created).toBe(0);
  });

  it("answers FORBIDDEN for an API key without the scope", async () => {
    const users = gw.account.brokers.get(ACTIVEMQ_BROKER)!.users.size;
    const r = await gw.post({ query: CREATE_BROKER_USER, variables: brokerInput("scoped") }, { "x-api-key": API_KEY_UG_ONLY });
    expect(r.json.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(gw.account.brokers.get(ACTIVEMQ_BROKER)!.users.size).toBe(users);
  });

  it("keeps the gateway query public", async () => {
    const r = await gw.post({ query: "{ gateway { backend } }" });
    expect(r.json).toEqual({ data: { gateway: { backend: "LOCAL" } } });
    expect(r.status).toBe(200);
    expect(r.headers.get("www-authenticate")).toBeNull();
  });

  it("logs the caller's id, never its credential", async () => {
    const token = await creds.token();
    await attempt({ authorization: `Bearer ${token}` });
    await attempt({ "x-api-key": API_KEY });
    const log = gw.logs.join("\n");
    expect(log).toContain('"caller":"jwt:user-42"');
    expect(log).toContain('"caller":"api-key:ci-bot"');
    expect(log).not.toContain(token);
    expect(log).not.toContain(API_KEY);
  });

  it("logs a refused request as an operation with UNAUTHENTICATED and the reason, not the credential", async () => {
    const before = gw.logs.length;
    const forged = await creds.forged();
    await attempt({ authorization: `Bearer ${forged}` });
    const lines = gw.logs.slice(before).map((l) => JSON.parse(l));
    expect(lines).toContainEqual(expect.objectContaining({ msg: "graphql operation", caller: null, errors: ["UNAUTHENTICATED"], reason: "bad-signature" }));
    expect(gw.logs.slice(before).join("\n")).not.toContain(forged);
  });
});

describe("authentication when the JWKS cannot be had", () => {
  it("answers 503, not 401: the token may be fine, so the caller must not throw it away", async () => {
    const creds = await makeCredentials();
    const { GATEWAY_JWT_JWKS_FILE: _, ...env } = creds.env;
    // Port 9 (discard) on loopback: nothing listens there, the connection is refused at once.
    const gw = await startGateway(DEFAULT_SEED, { ...env, GATEWAY_JWT_JWKS_URL: "http://127.0.0.1:9/jwks.json" });
    try {
      const r = await gw.post({ query: CREATE_USER_GROUP, variables: groupInput("jwks-down") }, { authorization: `Bearer ${await creds.token()}` });
      expect(r.status).toBe(503);
      expect(r.headers.get("www-authenticate")).toBeNull();
      expect(r.json.errors[0].extensions).toEqual({ code: "SERVICE_UNAVAILABLE" });
    } finally {
      await gw.close();
    }
  });
});

function unsigned(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: "none", typ: "JWT" })}.${part({ sub: "mallory", iss: "https://issuer.test", aud: "access-gateway", exp: now + 300, scope: "elasticache:CreateUserGroup" })}.`;
}
