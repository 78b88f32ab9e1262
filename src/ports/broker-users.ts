import type { Fault, Result, UpstreamFault } from "./result";

export interface CreateBrokerUserRequest {
  readonly brokerId: string;
  readonly username: string;
  readonly password: string;
  readonly consoleAccess: boolean;
  readonly groups: readonly string[];
  readonly replicationUser: boolean;
}

/** A broker user as AWS describes it; the password is never part of it. */
export interface BrokerUser {
  readonly brokerId: string;
  readonly username: string;
  readonly consoleAccess: boolean;
  readonly groups: readonly string[];
  readonly replicationUser: boolean;
  /** Amazon MQ applies new users when the broker reboots or at its maintenance window. */
  readonly pendingChange: "CREATE";
}

/** The faults AWS documents for Amazon MQ CreateUser, named as the GraphQL union members are. */
export type BrokerUserFault =
  | Fault<"BrokerNotFound">
  | Fault<"BrokerUserAlreadyExists">
  | Fault<"BadRequest", { readonly attribute: string | null; readonly reason: string }>
  | Fault<"Forbidden">
  | UpstreamFault;

export interface BrokerUsers {
  create(request: CreateBrokerUserRequest): Promise<Result<BrokerUser, BrokerUserFault>>;
}
