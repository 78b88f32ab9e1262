import type { PageRequest } from "../../ports/page";
import { fail, ok, type Result, type UpstreamFault } from "../../ports/result";
import { redact } from "../../redact";
import type { Deadline } from "./deadline";
import { callInfo, type SdkError, upstreamFault } from "./upstream-fault";
import type { UpstreamGate } from "./upstream-gate";

/** A command's documented exceptions: the SDK's exception name (the class AWS's wire code becomes) to domain fault code. */
export type FaultTable<C extends string> = Readonly<Record<string, C>>;

/**
 * A Describe call's fault table for one page: ElastiCache answers a Marker it did not give with
 * InvalidParameterValue, which the Describe calls do not document; on a call that sent a marker (the
 * gateway sends valid page sizes) that is AWS refusing the marker.
 */
export const pageFaults = <C extends string>(faults: FaultTable<C>, page: PageRequest): FaultTable<C | "InvalidMarker"> =>
  page.marker === undefined ? faults : { ...faults, InvalidParameterValueException: "InvalidMarker" };

/** The faults an ElastiCache command can answer: with a reason (AWS's, redacted), naming user ids, or bare. */
type ElastiCacheFault = { readonly code: string; readonly requestId?: string } & ({ readonly reason?: string } | { readonly userIds?: readonly string[] });

/**
 * One ElastiCache call through the gate: the answer mapped by `toValue`; a documented exception, by the
 * command's fault table; throttling and outages, as upstream faults; anything else is rethrown, not guessed.
 *
 * @param requested the user ids the request named: AWS's UserNotFound message names the missing ones
 */
export async function elastiCacheCall<O extends { readonly $metadata: SdkError["$metadata"] }, T, F extends ElastiCacheFault>(
  gate: UpstreamGate,
  send: (deadline: Deadline) => Promise<O>,
  faults: FaultTable<F["code"]>,
  toValue: (output: O) => T,
  requested: readonly string[] = [],
): Promise<Result<T, F | UpstreamFault>> {
  let output: O;
  try {
    output = await gate.run(send);
  } catch (error) {
    const fault = toFault<F>(error as SdkError, faults, requested);
    if (!fault) throw error;
    return fail(fault, callInfo(error as SdkError));
  }
  return ok(toValue(output), callInfo(output));
}

function toFault<F extends ElastiCacheFault>(error: SdkError, faults: FaultTable<F["code"]>, requested: readonly string[]): F | UpstreamFault | undefined {
  const code = Object.hasOwn(faults, error.name) ? faults[error.name] : undefined;
  if (!code) return upstreamFault(error);
  const requestId = error.$metadata?.requestId;
  switch (code) {
    case "UserNotFound":
      return { code, requestId, userIds: namedIn(error.message, requested) } as unknown as F;
    case "InvalidParameterValue":
    case "InvalidParameterCombination":
      return { code, requestId, reason: redact(error.message) } as unknown as F;
    default:
      return { code, requestId } as unknown as F;
  }
}

/** AWS names the missing user in its message: the requested ids that appear in it as whole words, in any case. */
function namedIn(message: string, ids: readonly string[]): string[] {
  const words = new Set(message.toLowerCase().split(/[^a-z0-9-]+/));
  return ids.filter((id) => words.has(id.toLowerCase()));
}
