import { type BrokerSummary, ListBrokersCommand, type ListBrokersCommandOutput, type MqClient } from "@aws-sdk/client-mq";
import { BROKER_ENGINE_TYPES, BROKER_STATES, type Broker, type Brokers, type BrokersFault, DEPLOYMENT_MODES } from "../../ports/brokers";
import type { InvalidMarker, Page, PageRequest } from "../../ports/page";
import type { Result } from "../../ports/result";
import { markedPage, markerRefusal, nextTokenRefused } from "../page-markers";
import { withDeadline } from "./call-deadline";
import { mqCall } from "./mq-call";
import { LIST_BROKERS_FAULTS } from "./mq-exceptions";
import type { UpstreamGate } from "./upstream-gate";

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

const toBrokerPage = (output: ListBrokersCommandOutput): Page<Broker> => markedPage((output.BrokerSummaries ?? []).map(toBroker), output.NextToken);

/** AWS's values, matched without regard to case (its examples spell the engine "ActiveMQ"); one this gateway does not know is null. */
function toBroker(summary: BrokerSummary): Broker {
  return {
    brokerId: summary.BrokerId ?? "",
    brokerName: summary.BrokerName ?? null,
    engineType: known(BROKER_ENGINE_TYPES, summary.EngineType),
    state: known(BROKER_STATES, summary.BrokerState),
    deploymentMode: known(DEPLOYMENT_MODES, summary.DeploymentMode),
    arn: summary.BrokerArn ?? null,
  };
}

const known = <T extends string>(values: Readonly<Record<string, T>>, value: string | undefined): T | null =>
  value === undefined ? null : Object.hasOwn(values, value.toUpperCase()) ? values[value.toUpperCase()]! : null;
