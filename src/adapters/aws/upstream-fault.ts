import { isServerError, isThrottlingError, isTransientError } from "@smithy/core/retry";
import type { CallInfo, UpstreamFault } from "../../ports/result";
import { UpstreamOverBudget } from "./upstream-gate";

/** A failed SDK call as the SDK's error classification reads it. */
export type SdkError = Parameters<typeof isThrottlingError>[0];

const DEFAULT_RETRY_AFTER_SECONDS = 1;

/**
 * Throttling, AWS 5xx, timeouts and connection failures, classified by the SDK's own retry rules,
 * as they stand after the SDK's retries ran out, and the gate's own refusals (too many in flight,
 * deadline passed, the account-wide budget spent). Anything else is not an upstream fault: undefined.
 */
export function upstreamFault(error: SdkError): UpstreamFault | undefined {
  const requestId = error.$metadata?.requestId;
  if (error.name === "UpstreamBusy" || error.name === "UpstreamDeadline") return { code: "UpstreamUnavailable", retryable: true };
  if (error instanceof UpstreamOverBudget) return { code: "UpstreamThrottled", retryAfterSeconds: error.retryAfterSeconds };
  if (isThrottlingError(error)) return { code: "UpstreamThrottled", retryAfterSeconds: retryAfter(error), requestId };
  if (isTransientError(error)) return { code: "UpstreamUnavailable", retryable: true, requestId };
  if (isServerError(error)) return { code: "UpstreamUnavailable", retryable: false, requestId };
  // A 2xx answer the SDK could not read: the call may have taken effect, so a retry is no sure help.
  if (!error.$fault && isSuccess(error.$metadata?.httpStatusCode)) return { code: "UpstreamUnavailable", retryable: false, requestId };
  return undefined;
}

const isSuccess = (status: number | undefined): boolean => status !== undefined && status >= 200 && status < 300;

function retryAfter(error: SdkError): number {
  const seconds = Number(error.$response?.headers?.["retry-after"]);
  return Number.isInteger(seconds) && seconds > 0 ? seconds : DEFAULT_RETRY_AFTER_SECONDS;
}

/** The request id and attempts the SDK recorded, for the operation log. */
export const callInfo = ({ $metadata }: Pick<SdkError, "$metadata">): CallInfo => ({ requestId: $metadata?.requestId, attempts: $metadata?.attempts });
