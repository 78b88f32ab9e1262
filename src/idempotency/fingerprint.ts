import { createHash, createHmac } from "node:crypto";

/** JSON with every object's keys in order: equal inputs give equal text, whatever order their fields came in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

/**
 * What a record keeps of the input: HMAC-SHA256 under the server's secret. An input holds passwords; a
 * plain hash of one could be tried against guesses by anyone who reads the store, an HMAC only with the secret.
 */
export const fingerprint = (secret: string, input: unknown): string => createHmac("sha256", secret).update(canonicalJson(input)).digest("base64url");

/** Where a key's record lives: the caller, the mutation and the key, hashed (a key is the caller's text, of any characters). */
export const recordKey = (caller: string, field: string, key: string): string =>
  createHash("sha256")
    .update(JSON.stringify([caller, field, key]))
    .digest("base64url");
