import { describe, expect, it } from "vitest";
import { type AuthenticatorOptions, createAuthenticator, type RequestHeaders } from "../../src/auth/authenticate";
import { AuthenticationFailed, type Identity } from "../../src/auth/identity";
import { AWS_SCOPES, OPERATIONS } from "../../src/operations";

const JWT_ID: Identity = { id: "jwt:alice", kind: "jwt", scopes: new Set(["mq:CreateUser"]) };
const KEY_ID: Identity = { id: "api-key:ci", kind: "api-key", scopes: new Set([OPERATIONS.createUserGroup.scope]) };
const ANONYMOUS: Identity = { id: "anonymous", kind: "anonymous", scopes: new Set(AWS_SCOPES) };

/** Fake verifiers: "good-jwt" and "good-key" pass, anything else is refused like the real ones. */
const jwt = async (token: string): Promise<Identity> => {
  if (token === "good-jwt") return JWT_ID;
  throw new AuthenticationFailed("bad-signature");
};
const apiKey = (key: string): Identity => {
  if (key === "good-key") return KEY_ID;
  throw new AuthenticationFailed("unknown-api-key");
};

const BOTH: AuthenticatorOptions = { jwt, apiKey, anonymous: false };
const BOTH_ANONYMOUS: AuthenticatorOptions = { jwt, apiKey, anonymous: true };
const KEYS_ONLY: AuthenticatorOptions = { apiKey, anonymous: true };
const JWT_ONLY: AuthenticatorOptions = { jwt, anonymous: true };
const NONE: AuthenticatorOptions = { anonymous: true };

describe("createAuthenticator", () => {
  it.each<[string, AuthenticatorOptions, RequestHeaders, Identity | undefined]>([
    ["Bearer with a good JWT", BOTH, { authorization: "Bearer good-jwt" }, JWT_ID],
    ["bearer in lower case", BOTH, { authorization: "bearer good-jwt" }, JWT_ID],
    ["BEARER in upper case", BOTH, { authorization: "BEARER good-jwt" }, JWT_ID],
    ["Bearer with two spaces", BOTH, { authorization: "Bearer  good-jwt" }, JWT_ID],
    ["ApiKey with a good key", BOTH, { authorization: "ApiKey good-key" }, KEY_ID],
    ["apikey in lower case", BOTH, { authorization: "apikey good-key" }, KEY_ID],
    ["x-api-key with a good key", BOTH, { "x-api-key": "good-key" }, KEY_ID],
    ["a good JWT while anonymous is allowed", BOTH_ANONYMOUS, { authorization: "Bearer good-jwt" }, JWT_ID],
    ["no credentials, anonymous allowed", BOTH_ANONYMOUS, {}, ANONYMOUS],
    ["no credentials, anonymous allowed, nothing configured", NONE, {}, ANONYMOUS],
    ["no credentials, other headers only", BOTH_ANONYMOUS, { "content-type": "application/json", cookie: "a=b" }, ANONYMOUS],
    ["no credentials, anonymous not allowed", BOTH, {}, undefined],
    ["headers present but undefined", BOTH, { authorization: undefined, "x-api-key": undefined }, undefined],
  ])("gives the identity for %s", async (_case, options, headers, expected) => {
    expect(await createAuthenticator(options)(headers)).toEqual(expected);
  });

  it.each<[string, AuthenticatorOptions, RequestHeaders, string]>([
    ["a bad JWT", BOTH, { authorization: "Bearer bad-jwt" }, "bad-signature"],
    ["a bad JWT while anonymous is allowed", BOTH_ANONYMOUS, { authorization: "Bearer bad-jwt" }, "bad-signature"],
    ["a bad ApiKey while anonymous is allowed", BOTH_ANONYMOUS, { authorization: "ApiKey bad-key" }, "unknown-api-key"],
    ["a bad x-api-key while anonymous is allowed", BOTH_ANONYMOUS, { "x-api-key": "bad-key" }, "unknown-api-key"],
    ["Bearer with JWTs not configured", KEYS_ONLY, { authorization: "Bearer good-jwt" }, "jwt-not-configured"],
    ["ApiKey with keys not configured", JWT_ONLY, { authorization: "ApiKey good-key" }, "api-key-not-configured"],
    ["x-api-key with keys not configured", JWT_ONLY, { "x-api-key": "good-key" }, "api-key-not-configured"],
    ["Basic credentials", BOTH_ANONYMOUS, { authorization: "Basic YWxpY2U6c2VjcmV0" }, "malformed-authorization"],
    ["Digest credentials", BOTH_ANONYMOUS, { authorization: 'Digest username="alice"' }, "malformed-authorization"],
    ["a bare token with no scheme", BOTH_ANONYMOUS, { authorization: "good-jwt" }, "malformed-authorization"],
    ["Bearer with no token", BOTH_ANONYMOUS, { authorization: "Bearer" }, "malformed-authorization"],
    ["Bearer and a trailing space", BOTH_ANONYMOUS, { authorization: "Bearer " }, "malformed-authorization"],
    ["Bearer with two tokens", BOTH_ANONYMOUS, { authorization: "Bearer good-jwt other" }, "malformed-authorization"],
    ["an empty Authorization", BOTH_ANONYMOUS, { authorization: "" }, "malformed-authorization"],
    ["an Authorization given twice", BOTH_ANONYMOUS, { authorization: ["Bearer good-jwt", "Bearer good-jwt"] }, "malformed-authorization"],
    ["an empty x-api-key", BOTH_ANONYMOUS, { "x-api-key": "" }, "malformed-authorization"],
    ["x-api-key given twice (joined by Node)", BOTH_ANONYMOUS, { "x-api-key": "good-key, good-key" }, "malformed-authorization"],
    ["x-api-key as a list", BOTH_ANONYMOUS, { "x-api-key": ["good-key"] }, "malformed-authorization"],
    ["both Authorization and x-api-key", BOTH, { authorization: "Bearer good-jwt", "x-api-key": "good-key" }, "malformed-authorization"],
    ["both, even with an empty Authorization", BOTH_ANONYMOUS, { authorization: "", "x-api-key": "good-key" }, "malformed-authorization"],
  ])("refuses %s", async (_case, options, headers, reason) => {
    const error: unknown = await createAuthenticator(options)(headers).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AuthenticationFailed);
    expect((error as AuthenticationFailed).reason).toBe(reason);
    for (const secret of ["good-jwt", "bad-jwt", "good-key", "bad-key", "YWxpY2U6c2VjcmV0"]) {
      expect((error as Error).message).not.toContain(secret);
    }
  });

  it("gives each anonymous request its own scope set", async () => {
    const authenticate = createAuthenticator(BOTH_ANONYMOUS);
    const first = await authenticate({});
    (first!.scopes as Set<string>).clear();
    expect((await authenticate({}))!.scopes).toEqual(ANONYMOUS.scopes);
  });

  it("passes an unexpected verifier error through unchanged", async () => {
    const boom = new Error("JWKS cache corrupted");
    const authenticate = createAuthenticator({ jwt: () => Promise.reject(boom), anonymous: false });
    await expect(authenticate({ authorization: "Bearer x" })).rejects.toBe(boom);
  });
});
