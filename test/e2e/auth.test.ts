import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { API_KEY, API_KEY_UG_ONLY, makeCredentials, type Credentials } from "../fixtures/credentials";
import { startGateway, type TestGateway } from "../fixtures/gateway";
import { ACTIVEMQ_BROKER, CREATE_BROKER_USER, CREATE_USER_GROUP } from "../fixtures/operations";

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

  it("answers UNAUTHENTICATED without credentials, and calls no adapter", async () => {
    const r = await attempt({});
    expect(r.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(r.json.data).toBeNull();
    expect(r.created).toBe(0);
  });

  it.each<[string, () => Promise<Record<string, string>>]>([
    ["a bad signature", async () => ({ authorization: `Bearer ${await creds.forged()}` })],
    ["an expired token", async () => ({ authorization: `Bearer ${await creds.token({}, { expiresIn: Math.floor(Date.now() / 1000) - 60 })}` })],
    ["a token not valid yet", async () => ({ authorization: `Bearer ${await creds.token({}, { notBefore: "10m" })}` })],
    ["a wrong audience", async () => ({ authorization: `Bearer ${await creds.token({}, { audience: "someone-else" })}` })],
    ["a wrong issuer", async () => ({ authorization: `Bearer ${await creds.token({}, { issuer: "https://evil.test" })}` })],
    ["alg none", async () => ({ authorization: `Bearer ${unsigned()}` })],
    ["an unknown API key", async () => ({ "x-api-key": "agk_not_a_key" })],
    ["an unknown scheme", async () => ({ authorization: "Basic dXNlcjpwYXNz" })],
  ])("answers 401 UNAUTHENTICATED for %s, and calls no adapter", async (_, headers) => {
    const r = await attempt(await headers());
    expect(r.status).toBe(401);
    expect(r.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(r.created).toBe(0);
  });

  it("answers FORBIDDEN for a token without the scope, and calls no adapter", async () => {
    const r = await attempt({ authorization: `Bearer ${await creds.token({ scope: "mq:CreateUser" })}` });
    expect(r.json.errors[0].extensions.code).toBe("FORBIDDEN");
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

function unsigned(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: "none", typ: "JWT" })}.${part({ sub: "mallory", iss: "https://issuer.test", aud: "access-gateway", exp: now + 300, scope: "elasticache:CreateUserGroup" })}.`;
}
