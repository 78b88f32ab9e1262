import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CryptoKey, exportJWK, exportSPKI, generateKeyPair, type JWK, type JWTPayload, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationFailed, type Identity } from "../../src/auth/identity";
import { createJwtVerifier } from "../../src/auth/jwt-verifier";

const ISSUER = "https://issuer.example";
const AUDIENCE = "access-gateway";
const now = (): number => Math.floor(Date.now() / 1000);
const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");

let dir: string;
let server: Server;
let baseUrl: string;
let rsa: CryptoKey;
let ec: CryptoKey;
let impostor: CryptoKey;
let rsaJwk: JWK;
let rsaPem: string;
const files: Record<string, string> = {};

/** Good claims, with overrides; an override of undefined leaves the claim out. */
function claims(overrides: JWTPayload = {}): JWTPayload {
  return { iss: ISSUER, aud: AUDIENCE, sub: "alice", iat: now(), exp: now() + 300, ...overrides };
}

function sign(payload: JWTPayload, key: CryptoKey | Uint8Array = rsa, header: { alg: string; kid?: string } = { alg: "RS256", kid: "rsa-1" }): Promise<string> {
  return new SignJWT(payload).setProtectedHeader(header).sign(key);
}

beforeAll(async () => {
  const rsaKeys = await generateKeyPair("RS256", { extractable: true });
  rsa = rsaKeys.privateKey;
  rsaJwk = { ...(await exportJWK(rsaKeys.publicKey)), kid: "rsa-1", alg: "RS256", use: "sig" };
  rsaPem = await exportSPKI(rsaKeys.publicKey);
  const ecKeys = await generateKeyPair("ES256", { extractable: true });
  ec = ecKeys.privateKey;
  const ecJwk = { ...(await exportJWK(ecKeys.publicKey)), kid: "ec-1", alg: "ES256" };
  const impostorKeys = await generateKeyPair("RS256", { extractable: true });
  impostor = impostorKeys.privateKey;
  const impostorJwk = await exportJWK(impostorKeys.publicKey);

  dir = mkdtempSync(join(tmpdir(), "jwt-verifier-"));
  const write = (name: string, content: string): void => {
    files[name] = join(dir, name);
    writeFileSync(files[name], content);
  };
  const jwks = JSON.stringify({ keys: [rsaJwk, ecJwk] });
  write("jwks.json", jwks);
  // Two RS256 keys and no kid: jose cannot pick one, the verifier must try both.
  const { kid: _kid, ...rsaNoKid } = rsaJwk;
  write("no-kid.json", JSON.stringify({ keys: [{ ...impostorJwk, alg: "RS256" }, rsaNoKid] }));
  write("not-json.json", "{ keys: ");
  write("not-a-set.json", JSON.stringify([rsaJwk]));
  write("empty-set.json", JSON.stringify({ keys: [] }));
  write("private.json", JSON.stringify({ keys: [await exportJWK(rsaKeys.privateKey)] }));
  write("secret.json", JSON.stringify({ keys: [{ kty: "oct", k: "c2VjcmV0" }] }));
  write("bad-member.json", JSON.stringify({ keys: [rsaJwk, "rsa-2"] }));

  server = createServer((req, res) => {
    if (req.url === "/jwks.json") res.writeHead(200, { "content-type": "application/json" }).end(jwks);
    else if (req.url === "/not-json") res.writeHead(200, { "content-type": "application/json" }).end("<html>");
    else if (req.url === "/not-a-set") res.writeHead(200, { "content-type": "application/json" }).end("[]");
    else res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The AuthenticationFailed the promise rejects with; fails the test when it resolves instead. */
async function refusal(promise: Promise<Identity>): Promise<AuthenticationFailed> {
  const error: unknown = await promise.then(
    (identity) => {
      throw new Error(`expected AuthenticationFailed, got identity ${identity.id}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthenticationFailed);
  return error as AuthenticationFailed;
}

const sources = [
  ["jwksFile", () => ({ jwksFile: files["jwks.json"]! })],
  ["jwksUrl", () => ({ jwksUrl: `${baseUrl}/jwks.json` })],
] as const;

describe.each(sources)("createJwtVerifier with %s", (_name, source) => {
  let verify: (token: string) => Promise<Identity>;
  beforeAll(() => {
    verify = createJwtVerifier({ ...source(), issuer: ISSUER, audience: AUDIENCE });
  });

  it.each<[string, () => Promise<string>, string, string[]]>([
    [
      "RS256 with scope",
      () => sign(claims({ scope: "elasticache:CreateUserGroup mq:CreateUser" })),
      "jwt:alice",
      ["elasticache:CreateUserGroup", "mq:CreateUser"],
    ],
    ["ES256 with an scp array", () => sign(claims({ scp: ["mq:CreateUser"] }), ec, { alg: "ES256", kid: "ec-1" }), "jwt:alice", ["mq:CreateUser"]],
    ["scope and an scp string (union)", () => sign(claims({ scope: "a  b", scp: "b c" })), "jwt:alice", ["a", "b", "c"]],
    ["no scopes", () => sign(claims()), "jwt:alice", []],
    ["client_id when there is no sub", () => sign(claims({ sub: undefined, client_id: "svc-1", azp: "other" })), "jwt:svc-1", []],
    ["azp when there is no sub nor client_id", () => sign(claims({ sub: undefined, azp: "svc-2" })), "jwt:svc-2", []],
    ["aud as an array holding ours", () => sign(claims({ aud: ["other", AUDIENCE] })), "jwt:alice", []],
    ["exp 2 s ago (within the 5 s tolerance)", () => sign(claims({ exp: now() - 2 })), "jwt:alice", []],
  ])("accepts %s", async (_case, token, id, scopes) => {
    const identity = await verify(await token());
    expect(identity).toEqual({ id, kind: "jwt", scopes: new Set(scopes) });
  });

  it.each<[string, () => Promise<string>, string]>([
    ["expired", () => sign(claims({ exp: now() - 60 })), "expired"],
    ["nbf in the future", () => sign(claims({ nbf: now() + 60 })), "not-yet-valid"],
    ["a wrong issuer", () => sign(claims({ iss: "https://evil.example" })), "wrong-issuer"],
    ["a wrong audience", () => sign(claims({ aud: "other-service" })), "wrong-audience"],
    ["a bad signature (another key, same kid)", () => sign(claims(), impostor), "bad-signature"],
    ["alg none", async () => `${b64({ alg: "none", typ: "JWT" })}.${b64(claims())}.`, "unsupported-algorithm"],
    ["alg none with a kid", async () => `${b64({ alg: "none", kid: "rsa-1" })}.${b64(claims())}.`, "unsupported-algorithm"],
    ["HS256 keyed with the public key's PEM", () => sign(claims(), new TextEncoder().encode(rsaPem), { alg: "HS256", kid: "rsa-1" }), "unsupported-algorithm"],
    [
      "HS256 keyed with the public JWK's JSON",
      () => sign(claims(), new TextEncoder().encode(JSON.stringify(rsaJwk)), { alg: "HS256", kid: "rsa-1" }),
      "unsupported-algorithm",
    ],
    ["no exp", () => sign(claims({ exp: undefined })), "missing-claim"],
    ["no iss", () => sign(claims({ iss: undefined })), "missing-claim"],
    ["no sub, client_id or azp", () => sign(claims({ sub: undefined })), "missing-claim"],
    ["exp that is not a number", () => sign(claims({ exp: "tomorrow" as unknown as number })), "invalid-claim"],
    ["scope that is not a string", () => sign(claims({ scope: ["mq:CreateUser"] })), "invalid-claim"],
    ["scp holding a number", () => sign(claims({ scp: ["mq:CreateUser", 1] })), "invalid-claim"],
    ["a garbage string", async () => "not-a-jwt", "malformed-token"],
    ["three garbage parts", async () => "a.b.c", "malformed-token"],
    ["a forged token whose payload is not JSON", async () => `${b64({ alg: "RS256", kid: "rsa-1" })}.bm9wZQ.c2ln`, "bad-signature"],
    ["an unknown kid", () => sign(claims(), rsa, { alg: "RS256", kid: "rsa-2" }), "unknown-key"],
    ["a kid whose key has another alg", () => sign(claims(), rsa, { alg: "RS256", kid: "ec-1" }), "unknown-key"],
  ])("refuses %s", async (_case, token, reason) => {
    const jwt = await token();
    const error = await refusal(verify(jwt));
    expect(error.reason).toBe(reason);
    expect(error.message).toBe(`authentication failed: ${reason}`);
    for (const part of jwt.split(".").filter((p) => p.length > 3)) expect(error.message).not.toContain(part);
    expect(error.cause).toBeUndefined();
  });
});

describe("createJwtVerifier key sources", () => {
  it("tries every key when several match and the token has no kid", async () => {
    const verify = createJwtVerifier({ jwksFile: files["no-kid.json"]!, issuer: ISSUER, audience: AUDIENCE });
    await expect(verify(await sign(claims(), rsa, { alg: "RS256" }))).resolves.toMatchObject({ id: "jwt:alice" });
    expect((await refusal(verify(await sign(claims(), ec, { alg: "ES256" })))).reason).toBe("unknown-key");
  });

  it("says bad-signature when several keys match and none verifies", async () => {
    const stranger = (await generateKeyPair("RS256")).privateKey;
    const verify = createJwtVerifier({ jwksFile: files["no-kid.json"]!, issuer: ISSUER, audience: AUDIENCE });
    expect((await refusal(verify(await sign(claims(), stranger, { alg: "RS256" })))).reason).toBe("bad-signature");
  });

  it.each(["/broken", "/not-json", "/not-a-set"])("refuses with jwks-unavailable when %s is the JWKS URL", async (path) => {
    const verify = createJwtVerifier({ jwksUrl: `${baseUrl}${path}`, issuer: ISSUER, audience: AUDIENCE });
    expect((await refusal(verify(await sign(claims())))).reason).toBe("jwks-unavailable");
  });

  it("refuses with jwks-unavailable when nothing listens at the JWKS URL", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const verify = createJwtVerifier({ jwksUrl: `http://127.0.0.1:${port}/jwks.json`, issuer: ISSUER, audience: AUDIENCE });
    expect((await refusal(verify(await sign(claims())))).reason).toBe("jwks-unavailable");
  });

  it.each<[string, string]>([
    ["missing.json", "cannot read"],
    ["not-json.json", "is not valid JSON"],
    ["not-a-set.json", "must be a JSON Web Key Set"],
    ["empty-set.json", "at least one key"],
    ["private.json", "keys[0] holds private or secret key material"],
    ["secret.json", "keys[0] holds private or secret key material"],
    ["bad-member.json", "is not a valid JSON Web Key Set"],
  ])("rejects the file %s at creation, naming its path", (name, problem) => {
    const path = files[name] ?? join(dir, name);
    expect(() => createJwtVerifier({ jwksFile: path, issuer: ISSUER, audience: AUDIENCE })).toThrow(path);
    expect(() => createJwtVerifier({ jwksFile: path, issuer: ISSUER, audience: AUDIENCE })).toThrow(problem);
  });

  it.each<[string, { jwksUrl?: string; jwksFile?: string }, string]>([
    ["neither source", {}, "exactly one"],
    ["both sources", { jwksUrl: "https://issuer.example/jwks", jwksFile: "/tmp/jwks.json" }, "exactly one"],
    ["a URL that is not one", { jwksUrl: "issuer.example/jwks" }, "not a valid URL"],
    ["a file: URL", { jwksUrl: "file:///etc/jwks.json" }, "must use https"],
  ])("rejects %s at creation", (_case, source, problem) => {
    expect(() => createJwtVerifier({ ...source, issuer: ISSUER, audience: AUDIENCE })).toThrow(problem);
  });
});
