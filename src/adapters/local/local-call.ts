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
  // A garbled answer comes from a call that was carried out; every other fault stops the call.
  if (injected && injected.kind !== "malformed") return fail(upstream(injected, requestId), call);
  const result = rules();
  if (injected) return fail(upstream(injected, requestId), call);
  return result.ok ? { ...result, call } : fail({ ...result.fault, requestId }, call);
}

/**
 * As the SDK reports each after its retries: throttling stays throttling; resets, hangs and 5xx are the
 * upstream being unavailable; an unreadable answer too, but a retry is no sure help (the call happened).
 */
function upstream(fault: AnswerFault, requestId: string): UpstreamFault {
  if (fault.kind === "throttling") return { code: "UpstreamThrottled", retryAfterSeconds: 1, requestId };
  return { code: "UpstreamUnavailable", retryable: fault.kind !== "malformed", requestId };
}
