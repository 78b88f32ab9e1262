import type { SimulatedAccount } from "./account";
import { type AnswerFault, carriedOut, type Operation } from "./fault-script";

/** How a simulated call ended: the scripted fault that replaces its answer, or the rules' answer. */
export type Simulated<T> = { readonly fault: AnswerFault } | { readonly fault?: undefined; readonly answer: T };

/**
 * One call of `operation` on the simulated account, for the local adapters and the wire emulator alike:
 * the simulated latency, then the scripted fault due for this call, else the rules' answer. A garbled
 * answer ("malformed") and a lost one ("lost") come from a call that was carried out: the rules run, and
 * the fault still replaces their answer; every other fault stops the call before the rules.
 */
export async function simulateCall<T>(account: SimulatedAccount, operation: Operation, rules: () => T): Promise<Simulated<T>> {
  const fault = await account.begin(operation);
  if (fault && !carriedOut(fault)) return { fault };
  const answer = rules();
  return fault ? { fault } : { answer };
}
