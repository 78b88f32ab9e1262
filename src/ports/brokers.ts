import type { InvalidMarker, Page, PageRequest } from "./page";
import type { Fault, Result, UpstreamFault } from "./result";

/** Each broker enum's values, written once: the adapters read AWS's answers by them; the schema's enums are them. */
export const BROKER_ENGINE_TYPES = { ACTIVEMQ: "ACTIVEMQ", RABBITMQ: "RABBITMQ" } as const;
export const BROKER_STATES = {
  CREATION_IN_PROGRESS: "CREATION_IN_PROGRESS",
  CREATION_FAILED: "CREATION_FAILED",
  DELETION_IN_PROGRESS: "DELETION_IN_PROGRESS",
  RUNNING: "RUNNING",
  REBOOT_IN_PROGRESS: "REBOOT_IN_PROGRESS",
  CRITICAL_ACTION_REQUIRED: "CRITICAL_ACTION_REQUIRED",
  REPLICA: "REPLICA",
} as const;
export const DEPLOYMENT_MODES = {
  SINGLE_INSTANCE: "SINGLE_INSTANCE",
  ACTIVE_STANDBY_MULTI_AZ: "ACTIVE_STANDBY_MULTI_AZ",
  CLUSTER_MULTI_AZ: "CLUSTER_MULTI_AZ",
} as const;

export type BrokerEngineType = keyof typeof BROKER_ENGINE_TYPES;
export type BrokerState = keyof typeof BROKER_STATES;
export type DeploymentMode = keyof typeof DEPLOYMENT_MODES;

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
