import { AWS_SCOPES } from "../operations";
import { AuthenticationFailed, type Identity } from "./identity";

export interface AuthenticatorOptions {
  /** Checks `Authorization: Bearer <jwt>`; without it such requests are refused. */
  readonly jwt?: (token: string) => Promise<Identity>;
  /** Checks `Authorization: ApiKey <key>` and `x-api-key: <key>`; without it such requests are refused. */
  readonly apiKey?: (key: string) => Identity;
  /** Requests without credentials get every scope (local development); otherwise they get no identity. */
  readonly anonymous: boolean;
}

/** Header names as Node gives them: lower case. */
export type RequestHeaders = Record<string, string | string[] | undefined>;

/** Who sent a request: an identity, undefined for no credentials (anonymous not allowed), or AuthenticationFailed. */
export type Authenticate = (headers: RequestHeaders) => Promise<Identity | undefined>;

/** `<scheme> <credentials>`, one space or more between, nothing else. */
const CREDENTIALS = /^(\S+) +(\S+)$/;
/** One key, no spaces: a repeated x-api-key header reaches us joined with ", " and is malformed. */
const API_KEY = /^\S+$/;

/**
 * Works out who sent a request. Credentials that are presented and wrong always throw
 * AuthenticationFailed, whatever `anonymous` says; no credentials give the anonymous identity or
 * undefined (the caller answers UNAUTHENTICATED for protected fields).
 */
export function createAuthenticator(options: AuthenticatorOptions): Authenticate {
  return async (headers) => {
    const authorization = headers.authorization;
    const apiKeyHeader = headers["x-api-key"];
    if (authorization !== undefined && apiKeyHeader !== undefined) throw new AuthenticationFailed("malformed-authorization");
    if (apiKeyHeader !== undefined) return checkApiKey(options, matching(apiKeyHeader, API_KEY)[0]);
    if (authorization === undefined) return options.anonymous ? anonymous() : undefined;
    const [, scheme = "", credentials = ""] = matching(authorization, CREDENTIALS);
    switch (scheme.toLowerCase()) {
      case "bearer":
        if (!options.jwt) throw new AuthenticationFailed("jwt-not-configured");
        return options.jwt(credentials);
      case "apikey":
        return checkApiKey(options, credentials);
      default:
        throw new AuthenticationFailed("malformed-authorization");
    }
  };
}

function checkApiKey(options: AuthenticatorOptions, key: string): Identity {
  if (!options.apiKey) throw new AuthenticationFailed("api-key-not-configured");
  return options.apiKey(key);
}

/** A header given once and of the expected shape; anything else is malformed. */
function matching(value: string | string[], pattern: RegExp): RegExpExecArray {
  const found = typeof value === "string" ? pattern.exec(value) : null;
  if (found === null) throw new AuthenticationFailed("malformed-authorization");
  return found;
}

function anonymous(): Identity {
  return { id: "anonymous", kind: "anonymous", scopes: new Set(AWS_SCOPES) };
}
