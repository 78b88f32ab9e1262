import { type BrokerSummary, ListBrokersCommand, type ListBrokersCommandOutput, type MqClient } from "@aws-sdk/client-mq";
import type { Broker, BrokerEngineType, BrokerState, Brokers, BrokersFault, DeploymentMode } from "../../ports/brokers";
import { type InvalidMarker, markerRefusal, nextTokenRefused, type Page, type PageRequest } from "../../ports/page";
import type { Result } from "../../ports/result";
import { withDeadline } from "./call-deadline";
import { mqCall } from "./mq-call";
import { LIST_BROKERS_FAULTS } from "./mq-exceptions";
import type { UpstreamGate } from "./upstream-gate";

const ENGINE_TYPES: Readonly<Record<string, BrokerEngineType>> = { ACTIVEMQ: "ACTIVEMQ", RABBITMQ: "RABBITMQ" };
const STATES = {
  CREATION_IN_PROGRESS: "CREATION_IN_PROGRESS",
  CREATION_FAILED: "CREATION_FAILED",
  DELETION_IN_PROGRESS: "DELETION_IN_PROGRESS",
  RUNNING: "RUNNING",
  REBOOT_IN_PROGRESS: "REBOOT_IN_PROGRESS",
  CRITICAL_ACTION_REQUIRED: "CRITICAL_ACTION_REQUIRED",
  REPLICA: "REPLICA",
} as const satisfies Record<BrokerState, BrokerState>;
const DEPLOYMENT_MODES = {
  SINGLE_INSTANCE: "SINGLE_INSTANCE",
  ACTIVE_STANDBY_MULTI_AZ: "ACTIVE_STANDBY_MULTI_AZ",
  CLUSTER_MULTI_AZ: "CLUSTER_MULTI_AZ",
} as const satisfies Record<DeploymentMode, DeploymentMode>;

/** Amazon MQ ListBrokers through the AWS SDK v3. */
export class MqBrokers implements Brokers {
  constructor(
    private readonly client: MqClient,
    private readonly gate: UpstreamGate,
  ) {}

  async list(page: PageRequest): Promise<Result<Page<Broker>, BrokersFault | InvalidMarker>> {
    const command = new ListBrokersCommand({ MaxResults: page.maxRecords, NextToken: page.marker });
    return markerRefusal(
      page,
      await mqCall(this.gate, (deadline) => this.client.send(withDeadline(command, deadline)), LIST_BROKERS_FAULTS, toBrokerPage),
      nextTokenRefused,
    );
  }
}

function toBrokerPage(output: ListBrokersCommandOutput): Page<Broker> {
  const items = (output.BrokerSummaries ?? []).map(toBroker);
  return output.NextToken ? { items, nextMarker: output.NextToken } : { items };
}

/** AWS's values, matched without regard to case (its examples spell the engine "ActiveMQ"); one this gateway does not know is null. */
function toBroker(summary: BrokerSummary): Broker {
  return {
    brokerId: summary.BrokerId ?? "",
    brokerName: summary.BrokerName ?? null,
    engineType: known(ENGINE_TYPES, summary.EngineType),
    state: known(STATES, summary.BrokerState),
    deploymentMode: known(DEPLOYMENT_MODES, summary.DeploymentMode),
    arn: summary.BrokerArn ?? null,
  };
}

const known = <T extends string>(values: Readonly<Record<string, T>>, value: string | undefined): T | null =>
  value === undefined ? null : Object.hasOwn(values, value.toUpperCase()) ? values[value.toUpperCase()]! : null;
