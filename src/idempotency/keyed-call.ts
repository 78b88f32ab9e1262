import { isUpstreamFault, type Result } from "../ports/result";
import type { Settlement } from "./idempotency-records";
import type { Settle } from "./settle-creates";

/**
 * The call of a claimed key. A create in doubt reads AWS first, and a create the SDK retried into
 * "already exists" (its first attempt may have created it) reads AWS after: the caller's own earlier
 * create is answered as success, never as a conflict. `doubt`: AWS could not say, so the record stays in doubt.
 */
export async function keyedCall<T, F extends { readonly code: string }>(
  call: () => Promise<Result<T, F>>,
  settle: Settle<T, F> | undefined,
  inDoubt: boolean,
): Promise<{ result: Result<T, F>; doubt: boolean }> {
  if (settle && inDoubt) {
    const read = await settle.read();
    if (read) return { result: read, doubt: !read.ok };
  }
  const result = await call();
  if (settle && !result.ok && result.fault.code === settle.exists && (result.call?.attempts ?? 1) > 1) {
    const read = await settle.read();
    if (read) return { result: read, doubt: !read.ok };
  }
  return { result, doubt: false };
}

/**
 * What a keyed call's record becomes. Throttled: AWS did nothing, so the key is free again (an earlier
 * doubt stays). Unavailable (deadline, 5xx, lost connection): the call may have taken effect. Any other
 * outcome, success or a documented fault, is final and replayed.
 */
export function settlementOf<T, F extends { readonly code: string }>(result: Result<T, F>, doubt: boolean): Settlement {
  if (doubt) return { kind: "in-doubt" };
  if (result.ok) return { kind: "done", result: { ok: true, value: result.value } };
  if (!isUpstreamFault(result.fault)) return { kind: "done", result: { ok: false, fault: result.fault } };
  return result.fault.code === "UpstreamUnavailable" ? { kind: "in-doubt" } : { kind: "release" };
}
