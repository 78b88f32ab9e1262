/** What the upstream said about the call: for the operation log. */
export interface CallInfo {
  readonly requestId?: string;
  readonly attempts?: number;
}

/** Expected outcomes of a port call: a value, or a fault described as data. */
export type Result<T, F> = ({ readonly ok: true; readonly value: T } | { readonly ok: false; readonly fault: F }) & { readonly call?: CallInfo };

export const ok = <T>(value: T, call?: CallInfo): { readonly ok: true; readonly value: T; readonly call?: CallInfo } =>
  call ? { ok: true, value, call } : { ok: true, value };
export const fail = <F>(fault: F, call?: CallInfo): { readonly ok: false; readonly fault: F; readonly call?: CallInfo } =>
  call ? { ok: false, fault, call } : { ok: false, fault };

/** The result with its value mapped by `f`; a fault (and what the upstream said) as it is. */
export const mapOk = <T, U, F>(result: Result<T, F>, f: (value: T) => U): Result<U, F> => (result.ok ? ok(f(result.value), result.call) : result);

/** A domain fault: a literal code, the AWS request id when AWS gave one, and what else the fault knows. */
export type Fault<C extends string, Extra = unknown> = { readonly code: C; readonly requestId?: string } & Extra;

/** Faults every upstream call can end in, whatever the service. */
export type UpstreamFault = Fault<"UpstreamThrottled", { readonly retryAfterSeconds: number }> | Fault<"UpstreamUnavailable", { readonly retryable: boolean }>;

/** Whether a fault is upstream trouble (throttled, or AWS failed, timed out or could not be reached) rather than AWS's answer. */
export const isUpstreamFault = (fault: { readonly code: string }): fault is UpstreamFault =>
  fault.code === "UpstreamThrottled" || fault.code === "UpstreamUnavailable";
