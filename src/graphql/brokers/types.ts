import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { DeploymentMode as DeploymentModeValue, BrokerEngineType as EngineTypeValue, BrokerState as StateValue } from "../../ports/brokers";
import { connectionType } from "../connection";

export const BrokerEngineType = { ACTIVEMQ: "ACTIVEMQ", RABBITMQ: "RABBITMQ" } as const satisfies Record<EngineTypeValue, EngineTypeValue>;
registerEnumType(BrokerEngineType, { name: "BrokerEngineType", description: "A broker's engine. Only ActiveMQ brokers have users the gateway manages." });

export const BrokerState = {
  CREATION_IN_PROGRESS: "CREATION_IN_PROGRESS",
  CREATION_FAILED: "CREATION_FAILED",
  DELETION_IN_PROGRESS: "DELETION_IN_PROGRESS",
  RUNNING: "RUNNING",
  REBOOT_IN_PROGRESS: "REBOOT_IN_PROGRESS",
  CRITICAL_ACTION_REQUIRED: "CRITICAL_ACTION_REQUIRED",
  REPLICA: "REPLICA",
} as const satisfies Record<StateValue, StateValue>;
registerEnumType(BrokerState, { name: "BrokerState" });

export const DeploymentMode = {
  SINGLE_INSTANCE: "SINGLE_INSTANCE",
  ACTIVE_STANDBY_MULTI_AZ: "ACTIVE_STANDBY_MULTI_AZ",
  CLUSTER_MULTI_AZ: "CLUSTER_MULTI_AZ",
} as const satisfies Record<DeploymentModeValue, DeploymentModeValue>;
registerEnumType(DeploymentMode, { name: "DeploymentMode", description: "How a broker's instances are deployed." });

@ObjectType("Broker", { description: "An Amazon MQ broker, as AWS lists it. A value this gateway does not know is null." })
export class Broker {
  @Field(() => String)
  brokerId!: string;

  @Field(() => String, { nullable: true })
  brokerName!: string | null;

  @Field(() => BrokerEngineType, { nullable: true })
  engineType!: EngineTypeValue | null;

  @Field(() => BrokerState, { nullable: true })
  state!: StateValue | null;

  @Field(() => DeploymentMode, { nullable: true })
  deploymentMode!: DeploymentModeValue | null;

  @Field(() => String, { nullable: true })
  arn!: string | null;
}

export const BrokerConnection = connectionType(
  "BrokerConnection",
  Broker,
  "A page of the Amazon MQ brokers in the gateway's region, ordered as AWS lists them.",
);
