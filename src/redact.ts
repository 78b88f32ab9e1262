const ARN = /arn:aws[a-z-]*:[^\s"'<>,;)]*/gi;
const ACCOUNT_ID = /(?<![0-9])[0-9]{12}(?![0-9])/g;

/**
 * Text from AWS or from an error, made safe for a client or a log line: ARNs and account ids are
 * replaced, and so is every given secret (a password the request carried, say).
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let safe = text;
  for (const secret of secrets) if (secret) safe = safe.split(secret).join("[redacted]");
  return safe.replace(ARN, "[arn]").replace(ACCOUNT_ID, "[account]");
}
