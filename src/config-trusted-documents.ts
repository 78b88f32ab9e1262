import { ConfigError } from "./config-error";
import { type Env, list, oneOf } from "./env";

/**
 * `enforce`: only listed documents run, unless the caller holds the scope that allows any document.
 * `log`: every document runs, and each one the safelist would refuse is logged (a rollout step).
 */
export type TrustedDocumentsMode = "enforce" | "log";

export interface TrustedDocumentsConfig {
  /** The manifests (hash -> document), read and checked against the schema at start-up. */
  readonly paths: readonly string[];
  readonly mode: TrustedDocumentsMode;
}

/** The persisted-documents safelist: undefined (off) unless GATEWAY_TRUSTED_DOCUMENTS names a manifest. */
export function trustedDocuments(env: Env): TrustedDocumentsConfig | undefined {
  const paths = list(env, "GATEWAY_TRUSTED_DOCUMENTS");
  const mode = oneOf(env, "GATEWAY_TRUSTED_DOCUMENTS_MODE", ["enforce", "log"], "enforce");
  if (paths.length === 0) {
    if (env.GATEWAY_TRUSTED_DOCUMENTS_MODE)
      throw new ConfigError("GATEWAY_TRUSTED_DOCUMENTS_MODE needs GATEWAY_TRUSTED_DOCUMENTS: the manifests of the listed documents");
    return undefined;
  }
  return { paths, mode };
}
