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

/**
 * The persisted-documents safelist: undefined (off) unless GATEWAY_TRUSTED_DOCUMENTS names a manifest.
 * Not on a subgraph: a router sends its query plans, never listed documents, with its users' credentials;
 * the safelist belongs at the router.
 */
export function trustedDocuments(env: Env, subgraph: boolean): TrustedDocumentsConfig | undefined {
  const paths = list(env, "GATEWAY_TRUSTED_DOCUMENTS");
  const mode = oneOf(env, "GATEWAY_TRUSTED_DOCUMENTS_MODE", ["enforce", "log"], "enforce");
  if (paths.length === 0) {
    if (env.GATEWAY_TRUSTED_DOCUMENTS_MODE)
      throw new ConfigError("GATEWAY_TRUSTED_DOCUMENTS_MODE needs GATEWAY_TRUSTED_DOCUMENTS: the manifests of the listed documents");
    return undefined;
  }
  if (subgraph) {
    throw new ConfigError(
      "GATEWAY_TRUSTED_DOCUMENTS cannot be set with GATEWAY_SUBGRAPH=true: a router's query plans are no listed documents; enforce the safelist at the router",
    );
  }
  return { paths, mode };
}
