import { redact } from "../redact";

/**
 * What a log line may say about an unexpected error: its kind, AWS's request id and status, and the
 * stack with ARNs and account ids taken out (AWS permission messages carry both).
 */
export function errorDetails(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { kind: typeof error };
  const aws = error as Error & { code?: unknown; $metadata?: { requestId?: string; httpStatusCode?: number } };
  return {
    name: error.name,
    code: typeof aws.code === "string" ? aws.code : undefined,
    awsRequestId: aws.$metadata?.requestId,
    awsStatus: aws.$metadata?.httpStatusCode,
    stack: redact(error.stack ?? `${error.name}: ${error.message}`),
  };
}
