import type { Identity } from "../auth/identity";
import type { AwsField } from "../operations";

/** One AWS-calling field of an operation, as the operation log line reports it. */
export interface CallRecord {
  readonly field: AwsField;
  /** The result's `__typename`. */
  readonly outcome: string;
  readonly awsRequestId?: string;
  readonly attempts?: number;
}

export interface GatewayContext {
  /** Undefined: no credentials were presented and anonymous callers are not allowed. */
  readonly identity: Identity | undefined;
  readonly calls: CallRecord[];
}
