import type { BackendName } from "./backend";
import { ConfigError } from "./config-error";
import { boolean, type Env, text } from "./env";

export interface JwtConfig {
  readonly jwksUrl?: string;
  readonly jwksFile?: string;
  readonly issuer: string;
  readonly audience: string;
}

export interface AuthConfig {
  readonly jwt: JwtConfig | undefined;
  readonly apiKeysFile: string | undefined;
  /** Callers without credentials act with every scope: no authentication is configured. */
  readonly anonymous: boolean;
}

const URL_RULE = { test: /^https?:\/\/\S+$/, rule: "an http(s) URL" };

/** Who may call: JWTs, API keys, or (only when neither is configured) anonymous callers, which the aws backend must allow explicitly. */
export function auth(env: Env, backend: BackendName): AuthConfig {
  const jwksUrl = text(env, "GATEWAY_JWT_JWKS_URL", URL_RULE);
  const jwksFile = text(env, "GATEWAY_JWT_JWKS_FILE");
  const issuer = text(env, "GATEWAY_JWT_ISSUER");
  const audience = text(env, "GATEWAY_JWT_AUDIENCE");
  const apiKeysFile = text(env, "GATEWAY_API_KEYS_FILE");
  const allowAnonymous = boolean(env, "GATEWAY_ALLOW_ANONYMOUS", false);

  if (jwksUrl && jwksFile) throw new ConfigError("set GATEWAY_JWT_JWKS_URL or GATEWAY_JWT_JWKS_FILE, not both");
  const jwksSource = jwksUrl ?? jwksFile;
  if ((jwksSource || issuer || audience) && !(jwksSource && issuer && audience)) {
    throw new ConfigError("JWT authentication needs GATEWAY_JWT_JWKS_URL or GATEWAY_JWT_JWKS_FILE, GATEWAY_JWT_ISSUER and GATEWAY_JWT_AUDIENCE together");
  }
  const jwt = jwksSource && issuer && audience ? { jwksUrl, jwksFile, issuer, audience } : undefined;
  const configured = jwt !== undefined || apiKeysFile !== undefined;
  if (configured && allowAnonymous) throw new ConfigError("GATEWAY_ALLOW_ANONYMOUS=true cannot be combined with configured authentication");
  if (!configured && backend === "aws" && !allowAnonymous) {
    throw new ConfigError(
      "GATEWAY_BACKEND=aws needs authentication: set GATEWAY_JWT_JWKS_URL or GATEWAY_JWT_JWKS_FILE (with GATEWAY_JWT_ISSUER and GATEWAY_JWT_AUDIENCE) or GATEWAY_API_KEYS_FILE, or GATEWAY_ALLOW_ANONYMOUS=true",
    );
  }
  return { jwt, apiKeysFile, anonymous: !configured };
}
