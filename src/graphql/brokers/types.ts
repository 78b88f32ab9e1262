import { Field, ObjectType, registerEnumType } from "type-graphql";
import {
  BROKER_ENGINE_TYPES,
  BROKER_STATES,
  DEPLOYMENT_MODES,
  type DeploymentMode as DeploymentModeValue,
  type BrokerEngineType as EngineTypeValue,
  type BrokerState as StateValue,
} from "../../ports/brokers";
import { connectionType } from "../connection";

export const BrokerEngineType = BROKER_ENGINE_TYPES;
registerEnumType(BrokerEngineType, { name: "BrokerEngineType", description: "A broker's engine. Only ActiveMQ brokers have users the gateway manages." });

export const BrokerState = BROKER_STATES;
registerEnumType(BrokerState, { name: "BrokerState" });

export const DeploymentMode = DEPLOYMENT_MODES;
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
