import type { InvalidMarker, Page, PageRequest } from "./page";
import type { Fault, Result, UpstreamFault } from "./result";

export interface CreateBrokerUserRequest {
  readonly brokerId: string;
  readonly username: string;
  readonly password: string;
  readonly consoleAccess: boolean;
  readonly groups: readonly string[];
  readonly replicationUser: boolean;
}

/** A change Amazon MQ applies when the broker reboots or at its maintenance window. */
export type PendingChange = "CREATE" | "UPDATE" | "DELETE";

/** What a broker user will be once its pending change is applied, as DescribeUser reports it. */
export interface PendingBrokerUser {
  readonly consoleAccess: boolean | null;
  readonly groups: readonly string[];
  /** Null when AWS answers a change this gateway does not know yet. */
  readonly pendingChange: PendingChange | null;
}

/** A broker user as AWS describes it; the password is never part of it. */
export interface BrokerUser {
  readonly brokerId: string;
  readonly username: string;
  readonly consoleAccess: boolean | null;
  readonly groups: readonly string[];
  readonly replicationUser: boolean | null;
  /** Null when nothing is pending. */
  readonly pending: PendingBrokerUser | null;
}

/** A broker user as ListUsers summarises it. */
export interface BrokerUserSummary {
  readonly username: string;
  readonly pendingChange: PendingChange | null;
}

export interface BrokerUserKey {
  readonly brokerId: string;
  readonly username: string;
}

/** UpdateUser: every field but the key is optional; left out, AWS keeps the current value. */
export interface UpdateBrokerUserRequest extends BrokerUserKey {
  readonly password?: string;
  readonly consoleAccess?: boolean;
  readonly groups?: readonly string[];
  readonly replicationUser?: boolean;
}

/** The faults AWS documents for Amazon MQ CreateUser, named as the GraphQL union members are. */
export type BrokerUserFault =
  | Fault<"BrokerNotFound">
  | Fault<"BrokerUserAlreadyExists">
  | Fault<"BadRequest", { readonly attribute: string | null; readonly reason: string }>
  | Fault<"Forbidden">
  | UpstreamFault;

type BadRequest = Fault<"BadRequest", { readonly attribute: string | null; readonly reason: string }>;

/**
 * MQ's NotFoundException on a call about one user: `missing` says which was missing when AWS named the
 * attribute (`broker-id` or `username`), null when it did not.
 */
export type BrokerUserNotFound = Fault<"BrokerUserNotFound", { readonly missing: "BROKER" | "USER" | null }>;

/** The faults AWS documents for ListUsers (NotFoundException: the broker). */
export type ListBrokerUsersFault = Fault<"BrokerNotFound"> | BadRequest | Fault<"Forbidden"> | UpstreamFault;

/** The faults AWS documents for DescribeUser and DeleteUser. */
export type BrokerUserCallFault = BrokerUserNotFound | BadRequest | Fault<"Forbidden"> | UpstreamFault;

/** The faults AWS documents for UpdateUser: DescribeUser's and ConflictException. */
export type UpdateBrokerUserFault = BrokerUserCallFault | Fault<"Conflict", { readonly reason: string }>;

export interface BrokerUsers {
  create(request: CreateBrokerUserRequest): Promise<Result<BrokerUser, BrokerUserFault>>;
  /** ListUsers, one AWS page. */
  list(brokerId: string, page: PageRequest): Promise<Result<Page<BrokerUserSummary>, ListBrokerUsersFault | InvalidMarker>>;
  /** DescribeUser. */
  get(key: BrokerUserKey): Promise<Result<BrokerUser, BrokerUserCallFault>>;
  /** UpdateUser; AWS answers nothing but success, so the key comes back. */
  update(request: UpdateBrokerUserRequest): Promise<Result<BrokerUserKey, UpdateBrokerUserFault>>;
  /** DeleteUser. */
  delete(key: BrokerUserKey): Promise<Result<BrokerUserKey, BrokerUserCallFault>>;
}
