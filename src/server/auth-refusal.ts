import type { AuthenticationFailureReason } from "../auth/identity";

/** The challenge for a request without credentials: RFC 6750 gives it no error code. */
export const BEARER_CHALLENGE = "Bearer";

/**
 * What a caller may learn of why its credentials were refused: enough to act on (get a new token, fix
 * the clock, fix the header or the key), nothing that helps forge a token (which check failed) or tells
 * which kinds of credentials the gateway is configured for.
 */
export type PublicReason = "expired" | "not-yet-valid" | "malformed-token" | "malformed-authorization" | "unknown-api-key" | "invalid-token";

const PUBLIC_REASONS = {
  "malformed-authorization": "malformed-authorization",
  "jwt-not-configured": "invalid-token",
  "api-key-not-configured": "unknown-api-key",
  "unknown-api-key": "unknown-api-key",
  "malformed-token": "malformed-token",
  "unsupported-algorithm": "invalid-token",
  "unsupported-token": "invalid-token",
  "bad-signature": "invalid-token",
  "unknown-key": "invalid-token",
  expired: "expired",
  "not-yet-valid": "not-yet-valid",
  "wrong-issuer": "invalid-token",
  "wrong-audience": "invalid-token",
  "missing-claim": "invalid-token",
  "invalid-claim": "invalid-token",
} as const satisfies Record<Exclude<AuthenticationFailureReason, "jwks-unavailable">, PublicReason>;

/** Per public reason: RFC 6750's error code, its error_description (no `"` or `\`) and the GraphQL message. */
const WORDING = {
  expired: ["invalid_token", "The access token expired", "Authentication failed: the access token expired; get a new one."],
  "not-yet-valid": ["invalid_token", "The access token is not valid yet", "Authentication failed: the access token is not valid yet; check the clock."],
  "malformed-token": ["invalid_token", "The access token is malformed", "Authentication failed: the access token is not a well-formed JWT."],
  "malformed-authorization": [
    "invalid_request",
    "Send one credential: Authorization Bearer or ApiKey, or x-api-key",
    "Authentication failed: send one credential, as Authorization: Bearer <token>, Authorization: ApiKey <key> or x-api-key: <key>.",
  ],
  "unknown-api-key": ["invalid_token", "The API key is not known", "Authentication failed: the API key is not known."],
  "invalid-token": ["invalid_token", "The credentials were refused", "Authentication failed: the credentials were refused."],
} as const satisfies Record<PublicReason, readonly [string, string, string]>;

/** How to answer refused credentials: status, headers, and a GraphQL-shaped error. */
export interface Refusal {
  readonly status: 401 | 503;
  readonly headers: Readonly<Record<string, string>>;
  readonly message: string;
  readonly extensions: { readonly code: "UNAUTHENTICATED"; readonly reason: PublicReason } | { readonly code: "SERVICE_UNAVAILABLE" };
}

export function refusal(reason: AuthenticationFailureReason): Refusal {
  if (reason === "jwks-unavailable") {
    // Not the token's fault: the keys to check it could not be fetched. A 401 would tell the caller to
    // throw away a token that may be fine.
    return {
      status: 503,
      headers: {},
      message: "The gateway cannot check access tokens right now; retry shortly.",
      extensions: { code: "SERVICE_UNAVAILABLE" },
    };
  }
  const shown = PUBLIC_REASONS[reason];
  const [error, description, message] = WORDING[shown];
  return {
    status: 401,
    headers: { "www-authenticate": `Bearer error="${error}", error_description="${description}"` },
    message,
    extensions: { code: "UNAUTHENTICATED", reason: shown },
  };
}
