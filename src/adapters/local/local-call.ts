import { randomUUID } from "node:crypto";
import type { InvalidMarker, PageRequest } from "../../ports/page";
import { fail, type Result, type UpstreamFault } from "../../ports/result";
import type { SimulatedAccount } from "../../simulation/account";
import { InvalidPageRequest } from "../../simulation/elasticache/record-pages";
import type { AnswerFault, Operation } from "../../simulation/fault-script";
import { simulateCall } from "../../simulation/simulate-call";

/** One port call on the simulated account, answered as the AWS adapters answer: with a request id, one attempt. */
export async function localCall<T, F extends { readonly requestId?: string }>(
  account: SimulatedAccount,
  operation: Operation,
  rules: () => Result<T, F>,
): Promise<Result<T, F | UpstreamFault>> {
  const requestId = randomUUID();
  const call = { requestId, attempts: 1 };
  const simulated = await simulateCall(account, operation, rules);
  if (simulated.fault) return fail(upstream(simulated.fault, requestId), call);
  const result = simulated.answer;
  return result.ok ? { ...result, call } : fail({ ...result.fault, requestId }, call);
}

/**
 * A scripted fault as the SDK reports it after its retries: throttling stays throttling; resets, hangs,
 * lost answers and 5xx are the upstream being unavailable; an unreadable answer too, but a retry is no sure help (the
 * call happened).
 */
function upstream(fault: AnswerFault, requestId: string): UpstreamFault {
  if (fault.kind === "throttling") return { code: "UpstreamThrottled", retryAfterSeconds: 1, requestId };
  return { code: "UpstreamUnavailable", retryable: fault.kind !== "malformed", requestId };
}

/**
 * ElastiCache's Describe rules for one page: a marker they refuse (AWS answers InvalidParameterValue, which
 * the Describe calls do not document) is InvalidMarker, as the AWS adapter reads it.
 */
export function elastiCachePage<T, F>(page: PageRequest, rules: () => Result<T, F>): Result<T, F | InvalidMarker> {
  try {
    return rules();
  } catch (error) {
    if (error instanceof InvalidPageRequest && page.marker !== undefined) return fail({ code: "InvalidMarker" });
    throw error;
  }
}
