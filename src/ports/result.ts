/** Expected outcomes of a port call: a value, or a fault described as data. */
export type Result<T, F> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly fault: F };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const fail = <F>(fault: F): { readonly ok: false; readonly fault: F } => ({ ok: false, fault });

/** A domain fault: a literal code, the AWS request id when AWS gave one, and what else the fault knows. */
export type Fault<C extends string, Extra = unknown> = { readonly code: C; readonly requestId?: string } & Extra;

/** Faults every upstream call can end in, whatever the service. */
export type UpstreamFault =
  | Fault<"UpstreamThrottled", { readonly retryAfterSeconds: number }>
  | Fault<"UpstreamUnavailable", { readonly retryable: boolean }>;
