import type { JSONWebKeySet, JWTPayload, JWTVerifyGetKey, JWTVerifyOptions } from "jose";
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify } from "jose";
import { readJsonFile } from "../json-file";
import { AuthenticationFailed, type AuthenticationFailureReason, type Identity } from "./identity";

export interface JwtVerifierOptions {
  /** Exactly one of jwksUrl and jwksFile. */
  readonly jwksUrl?: string;
  readonly jwksFile?: string;
  readonly issuer: string;
  readonly audience: string;
}

/** Asymmetric only: no HS* (a public key must never serve as an HMAC secret) and no "none". */
const ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

/** Refusals by jose error code; anything not here is not the token's fault and is rethrown. */
const REASONS = new Map<errors.JOSEErrorCode, AuthenticationFailureReason>([
  ["ERR_JWT_EXPIRED", "expired"],
  ["ERR_JWS_SIGNATURE_VERIFICATION_FAILED", "bad-signature"],
  ["ERR_JOSE_ALG_NOT_ALLOWED", "unsupported-algorithm"],
  ["ERR_JOSE_NOT_SUPPORTED", "unsupported-token"],
  ["ERR_JWKS_NO_MATCHING_KEY", "unknown-key"],
  ["ERR_JWKS_TIMEOUT", "jwks-unavailable"],
  ["ERR_JWS_INVALID", "malformed-token"],
  ["ERR_JWT_INVALID", "malformed-token"],
]);
const CLAIM_REASONS = new Map<string, AuthenticationFailureReason>([
  ["iss", "wrong-issuer"],
  ["aud", "wrong-audience"],
  ["nbf", "not-yet-valid"],
]);
/** Key lookups that fail because of the token, not because the JWKS could not be had. */
const TOKEN_KEY_ERRORS = new Set<string>(["ERR_JWKS_NO_MATCHING_KEY", "ERR_JWKS_MULTIPLE_MATCHING_KEYS", "ERR_JOSE_NOT_SUPPORTED"]);

/** Checks a bearer JWT against the JWKS (a file read now, or a URL fetched and cached by jose). */
export function createJwtVerifier(options: JwtVerifierOptions): (token: string) => Promise<Identity> {
  const { jwksUrl, jwksFile, issuer, audience } = options;
  if ((jwksUrl === undefined) === (jwksFile === undefined)) throw new Error("give exactly one of a JWKS URL and a JWKS file");
  const keys = jwksFile === undefined ? remoteKeys(jwksUrl!) : localKeys(jwksFile);
  const verifyOptions: JWTVerifyOptions = { issuer, audience, algorithms: ALGORITHMS, clockTolerance: 5, requiredClaims: ["exp"] };
  return async (token) => {
    let payload: JWTPayload;
    try {
      payload = await verify(token, keys, verifyOptions);
    } catch (error) {
      throw refusal(error);
    }
    return identity(payload);
  };
}

async function verify(token: string, keys: JWTVerifyGetKey, options: JWTVerifyOptions): Promise<JWTPayload> {
  try {
    return (await jwtVerify(token, keys, options)).payload;
  } catch (error) {
    if (!(error instanceof errors.JWKSMultipleMatchingKeys)) throw error;
    // No "kid" and several keys fit: try each (jose's documented way); none verifying is a bad signature.
    for await (const key of error) {
      try {
        return (await jwtVerify(token, key, options)).payload;
      } catch (inner) {
        if (!(inner instanceof errors.JWSSignatureVerificationFailed)) throw inner;
      }
    }
    throw new errors.JWSSignatureVerificationFailed();
  }
}

function refusal(error: unknown): unknown {
  if (error instanceof AuthenticationFailed || !(error instanceof errors.JOSEError)) return error;
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new AuthenticationFailed(error.reason === "missing" ? "missing-claim" : (CLAIM_REASONS.get(error.claim) ?? "invalid-claim"));
  }
  const reason = REASONS.get(error.code as errors.JOSEErrorCode);
  return reason === undefined ? error : new AuthenticationFailed(reason);
}

function identity(payload: JWTPayload): Identity {
  const subject = payload.sub ?? payload.client_id ?? payload.azp;
  if (subject === undefined) throw new AuthenticationFailed("missing-claim");
  if (typeof subject !== "string" || subject === "") throw new AuthenticationFailed("invalid-claim");
  return { id: `jwt:${subject}`, kind: "jwt", scopes: new Set([...scopeList(payload.scope, false), ...scopeList(payload.scp, true)]) };
}

/** `scope` is a space-separated string (RFC 8693); `scp` may also be an array of strings. */
function scopeList(value: unknown, arrayAllowed: boolean): string[] {
  if (value === undefined) return [];
  if (typeof value === "string") return value.split(/\s+/).filter((s) => s !== "");
  if (arrayAllowed && Array.isArray(value) && value.every((s) => typeof s === "string")) return value.filter((s) => s !== "");
  throw new AuthenticationFailed("invalid-claim");
}

function remoteKeys(url: string): JWTVerifyGetKey {
  if (!URL.canParse(url)) throw new Error("the JWKS URL is not a valid URL");
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error("the JWKS URL must use https (or http)");
  const remote = createRemoteJWKSet(parsed);
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      // Unreachable, not 200, not JSON, or not a key set: the token may be fine, the keys are not to be had.
      if (error instanceof errors.JOSEError && TOKEN_KEY_ERRORS.has(error.code)) throw error;
      throw new AuthenticationFailed("jwks-unavailable");
    }
  };
}

function localKeys(path: string): JWTVerifyGetKey {
  const json = readJsonFile(path);
  const keys: unknown = typeof json === "object" && json !== null ? (json as { keys?: unknown }).keys : undefined;
  if (!Array.isArray(keys) || keys.length === 0) throw new Error(`${path} must be a JSON Web Key Set: {"keys": [...]} with at least one key`);
  const secret = keys.findIndex((k) => typeof k === "object" && k !== null && ("d" in k || "k" in k));
  if (secret !== -1) throw new Error(`${path}: keys[${secret}] holds private or secret key material; give public keys only`);
  try {
    return createLocalJWKSet(json as JSONWebKeySet);
  } catch {
    throw new Error(`${path} is not a valid JSON Web Key Set`);
  }
}
