import { type Fault, fail, type Result } from "./result";

/**
 * One page of an AWS list call, in AWS's own terms: how many records to ask for and where to go on from
 * (ElastiCache `MaxRecords`/`Marker`, Amazon MQ `MaxResults`/`NextToken`). The GraphQL layer turns
 * `first`/`after` into this and back; adapters pass it through unchanged.
 */
export interface PageRequest {
  /** Within the operation's AWS page sizes (operations.ts `page`). */
  readonly maxRecords: number;
  /** AWS's marker from the previous page; absent for the first page. */
  readonly marker?: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** AWS's marker for the next page; absent on the last page. */
  readonly nextMarker?: string;
}

/**
 * A list call's fault when AWS refused the page's marker (ElastiCache InvalidParameterValue, Amazon MQ
 * BadRequest naming nextToken): the caller's cursor was made up, or outlived AWS's marker.
 */
export type InvalidMarker = Fault<"InvalidMarker">;

/** A list call's answer, with the fault `aboutMarker` recognises as AWS refusing the page's marker answered as InvalidMarker. */
export function markerRefusal<T, F extends { readonly code: string; readonly requestId?: string }>(
  page: PageRequest,
  result: Result<T, F>,
  aboutMarker: (fault: F) => boolean,
): Result<T, F | InvalidMarker> {
  if (result.ok || page.marker === undefined || !aboutMarker(result.fault)) return result;
  return fail({ code: "InvalidMarker", requestId: result.fault.requestId }, result.call);
}

/** How Amazon MQ refuses a NextToken: a BadRequest naming it. */
export const nextTokenRefused = (fault: { readonly code: string; readonly attribute?: string | null }): boolean =>
  fault.code === "BadRequest" && fault.attribute === "nextToken";
