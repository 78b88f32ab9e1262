import type { SimulatedAccount } from "./account";

/** What a scripted fault carries besides its code, where its code needs more. */
const EXTRAS: Readonly<Record<string, object>> = {
  UserNotFound: { userIds: [] },
  InvalidParameterCombination: { reason: "Two or more incompatible parameters were specified." },
  InvalidParameterValue: { reason: "An invalid parameter value was specified." },
  BadRequest: { attribute: null, reason: "The request is not valid." },
};

/**
 * The documented fault scripted for this call of `operation` (account.documentedFaults), if any. A code the
 * operation does not document is a mistake in the script, not an AWS answer: it throws.
 */
export function scriptedFault<F extends { readonly code: string }>(account: SimulatedAccount, operation: string, codes: readonly F["code"][]): F | undefined {
  const scripted = account.documentedFaults.take(operation);
  if (!scripted) return undefined;
  if (!codes.includes(scripted.code)) throw new Error(`${operation} documents no fault ${scripted.code}`);
  return { code: scripted.code, ...EXTRAS[scripted.code] } as unknown as F;
}
