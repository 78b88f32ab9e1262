/** Who made a request, as far as the gateway can tell. */
export interface Identity {
  /** What logs show: `jwt:<sub>`, `api-key:<id>` or `anonymous`. Never a secret. */
  readonly id: string;
  readonly kind: "jwt" | "api-key" | "anonymous";
  readonly scopes: ReadonlySet<string>;
}

/** Why presented credentials were refused; a word for logs, never shown with the credential. */
export type AuthenticationFailureReason =
  | "malformed-authorization"
  | "jwt-not-configured"
  | "api-key-not-configured"
  | "unknown-api-key"
  | "malformed-token"
  | "unsupported-algorithm"
  | "unsupported-token"
  | "bad-signature"
  | "unknown-key"
  | "jwks-unavailable"
  | "expired"
  | "not-yet-valid"
  | "wrong-issuer"
  | "wrong-audience"
  | "missing-claim"
  | "invalid-claim";

/**
 * Credentials were presented and refused. The message holds only the reason, never the token or
 * key, and no `cause` is kept (jose's claim errors carry the token's payload).
 */
export class AuthenticationFailed extends Error {
  override readonly name = "AuthenticationFailed";

  constructor(readonly reason: AuthenticationFailureReason) {
    super(`authentication failed: ${reason}`);
  }
}
