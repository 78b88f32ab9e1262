import type { InvalidMarker, Page, PageRequest } from "./page";
import type { Fault, Result, UpstreamFault } from "./result";
import type { Engine } from "./user-groups";

export type CacheUserStatus = "ACTIVE" | "MODIFYING" | "DELETING";
/** AWS's `password`, `no-password-required` (`no-password` in some answers) and `iam`. */
export type AuthenticationType = "PASSWORD" | "NO_PASSWORD" | "IAM";

/** An ElastiCache user as DescribeUsers describes it (its passwords are never part of it). */
export interface CacheUser {
  readonly userId: string;
  readonly userName: string;
  readonly engine: Engine;
  /** Null when AWS answers a status this gateway does not know yet. */
  readonly status: CacheUserStatus | null;
  readonly accessString: string | null;
  /** Null when AWS answers a type this gateway does not know yet. */
  readonly authenticationType: AuthenticationType | null;
  readonly minimumEngineVersion: string | null;
  readonly userGroupIds: readonly string[];
  readonly arn: string | null;
}

export interface ListCacheUsersRequest extends PageRequest {
  readonly engine?: Engine;
}

/** The faults AWS documents for ElastiCache DescribeUsers. */
export type CacheUsersFault =
  | Fault<"UserNotFound", { readonly userIds: readonly string[] }>
  | Fault<"InvalidParameterCombination", { readonly reason: string }>
  | Fault<"ServiceLinkedRoleNotFound">
  | UpstreamFault;

export interface CacheUsers {
  /** One user by id (DescribeUsers with UserId): UserNotFound when there is none. */
  get(userId: string): Promise<Result<CacheUser, CacheUsersFault>>;
  list(request: ListCacheUsersRequest): Promise<Result<Page<CacheUser>, CacheUsersFault | InvalidMarker>>;
}
