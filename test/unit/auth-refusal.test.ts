import { describe, expect, it } from "vitest";
import type { AuthenticationFailureReason } from "../../src/auth/identity";
import { refusal } from "../../src/server/auth-refusal";

/** Every reason, checked complete by the compiler. */
const REASONS = Object.keys({
  "malformed-authorization": true,
  "jwt-not-configured": true,
  "api-key-not-configured": true,
  "unknown-api-key": true,
  "malformed-token": true,
  "unsupported-algorithm": true,
  "unsupported-token": true,
  "bad-signature": true,
  "unknown-key": true,
  "jwks-unavailable": true,
  expired: true,
  "not-yet-valid": true,
  "wrong-issuer": true,
  "wrong-audience": true,
  "missing-claim": true,
  "invalid-claim": true,
} satisfies Record<AuthenticationFailureReason, true>) as AuthenticationFailureReason[];

/** RFC 6750 §3: error and error_description values are %x20-21 / %x23-5B / %x5D-7E (no `"`, no `\`). */
const CHALLENGE = /^Bearer error="(invalid_request|invalid_token)", error_description="[\x20\x21\x23-\x5B\x5D-\x7E]+"$/;

describe("refusal", () => {
  it.each(REASONS.filter((r) => r !== "jwks-unavailable"))("%s: 401, an RFC 6750 challenge, UNAUTHENTICATED with a public reason", (reason) => {
    const answer = refusal(reason);
    expect(answer.status).toBe(401);
    expect(answer.headers["www-authenticate"]).toMatch(CHALLENGE);
    expect(answer.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it.each<[AuthenticationFailureReason, string]>([
    ["expired", "expired"],
    ["not-yet-valid", "not-yet-valid"],
    ["malformed-token", "malformed-token"],
    ["malformed-authorization", "malformed-authorization"],
    ["unknown-api-key", "unknown-api-key"],
  ])("shows %s, which the caller can act on, as %s", (reason, shown) => {
    expect(refusal(reason).extensions).toEqual({ code: "UNAUTHENTICATED", reason: shown });
  });

  // Which check a forged token failed is an oracle for forging; which credentials are configured maps the gateway.
  it.each<AuthenticationFailureReason>([
    "bad-signature",
    "unknown-key",
    "unsupported-algorithm",
    "unsupported-token",
    "wrong-issuer",
    "wrong-audience",
    "missing-claim",
    "invalid-claim",
    "jwt-not-configured",
    "api-key-not-configured",
  ])("hides %s behind a generic reason", (reason) => {
    const answer = refusal(reason);
    expect(["invalid-token", "unknown-api-key"]).toContain((answer.extensions as { reason: string }).reason);
    const shown = JSON.stringify(answer);
    for (const word of [reason, "issuer", "audience", "signature", "algorithm", "claim", "configured"]) expect(shown).not.toContain(word);
  });

  it("answers 503 without a challenge when the keys to check a token cannot be fetched: the token may be fine", () => {
    expect(refusal("jwks-unavailable")).toMatchObject({ status: 503, headers: {}, extensions: { code: "SERVICE_UNAVAILABLE" } });
  });

  it("says an expired token expired, in the challenge and the body", () => {
    const answer = refusal("expired");
    expect(answer.headers["www-authenticate"]).toBe('Bearer error="invalid_token", error_description="The access token expired"');
    expect(answer.message).toMatch(/expired/);
  });
});
