import type { Fault } from "./result";

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
