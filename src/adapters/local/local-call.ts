import { randomUUID } from "node:crypto";
import { fail, type Result, type UpstreamFault } from "../../ports/result";
import type { ControlPlane } from "./control-plane";
import type { AnswerFault, Operation } from "./fault-script";

/**
 * One call through the local face: a request id as AWS gives one, the simulated latency, a scripted
 * fault as the SDK would report it after its retries, or else the rules' answer.
 */
export async function localCall<T, F extends { readonly requestId?: string }>(
  plane: ControlPlane,
  operation: Operation,
  rules: () => Result<T, F>,
): Promise<Result<T, F | UpstreamFault>> {
  const requestId = randomUUID();
  const call = { requestId, attempts: 1 };
  const injected = await plane.begin(operation);
  if (injected) return fail(upstream(injected, requestId), call);
  const result = rules();
  return result.ok ? { ...result, call } : fail({ ...result.fault, requestId }, call);
}

/** Throttling stays throttling; resets, hangs, 5xx and unreadable answers are all the upstream being unavailable. */
function upstream(fault: AnswerFault, requestId: string): UpstreamFault {
  return fault.kind === "throttling"
    ? { code: "UpstreamThrottled", retryAfterSeconds: 1, requestId }
    : { code: "UpstreamUnavailable", retryable: true, requestId };
}
