import type { InvalidMarker, Page, PageRequest } from "./page";
import type { Fault, Result, UpstreamFault } from "./result";

export type BrokerEngineType = "ACTIVEMQ" | "RABBITMQ";
export type BrokerState =
  | "CREATION_IN_PROGRESS"
  | "CREATION_FAILED"
  | "DELETION_IN_PROGRESS"
  | "RUNNING"
  | "REBOOT_IN_PROGRESS"
  | "CRITICAL_ACTION_REQUIRED"
  | "REPLICA";
export type DeploymentMode = "SINGLE_INSTANCE" | "ACTIVE_STANDBY_MULTI_AZ" | "CLUSTER_MULTI_AZ";

/** An Amazon MQ broker as ListBrokers summarises it. A value AWS answers that this gateway does not know yet is null. */
export interface Broker {
  readonly brokerId: string;
  readonly brokerName: string | null;
  readonly engineType: BrokerEngineType | null;
  readonly state: BrokerState | null;
  readonly deploymentMode: DeploymentMode | null;
  readonly arn: string | null;
}

/** The faults AWS documents for Amazon MQ ListBrokers (InternalServerErrorException is an upstream fault). */
export type BrokersFault = Fault<"BadRequest", { readonly attribute: string | null; readonly reason: string }> | Fault<"Forbidden"> | UpstreamFault;

export interface Brokers {
  list(page: PageRequest): Promise<Result<Page<Broker>, BrokersFault | InvalidMarker>>;
}
