import { BadRequestException, ForbiddenException, InternalServerErrorException, ListBrokersCommand, MqClient, NotFoundException } from "@aws-sdk/client-mq";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { MqBrokers } from "../../src/adapters/aws/mq-brokers";
import { LIST_BROKERS_FAULTS } from "../../src/adapters/aws/mq-exceptions";
import { UpstreamGate } from "../../src/adapters/aws/upstream-gate";

const client = new MqClient({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "y" } });
const mock = mockClient(client);
const brokers = new MqBrokers(client, new UpstreamGate({ maxInflight: 10, queueTimeoutMs: 100, timeoutMs: 5_000 }));

beforeEach(() => {
  mock.reset();
});

async function faultOf(error: Error): Promise<unknown> {
  mock.on(ListBrokersCommand).rejects(error);
  const result = await brokers.list({ maxRecords: 20 });
  if (result.ok) throw new Error("expected a fault");
  return result.fault;
}

describe("MqBrokers.list (ListBrokers)", () => {
  it("sends AWS's page size and marker", async () => {
    mock.on(ListBrokersCommand).resolves({});
    await brokers.list({ maxRecords: 33, marker: "m-1" });
    expect(mock.commandCalls(ListBrokersCommand)[0]!.args[0].input).toStrictEqual({ MaxResults: 33, NextToken: "m-1" });
  });

  it("maps each summary; AWS's values match whatever their case, unknown ones are null", async () => {
    mock.on(ListBrokersCommand).resolves({
      BrokerSummaries: [
        {
          BrokerId: "b-1",
          BrokerName: "orders",
          BrokerArn: "arn:aws:mq:us-east-1:000000000000:broker:orders:b-1",
          BrokerState: "RUNNING",
          DeploymentMode: "ACTIVE_STANDBY_MULTI_AZ",
          EngineType: "ActiveMQ" as never,
          Created: new Date(0),
          HostInstanceType: "mq.m5.large",
        },
        { BrokerId: "b-2", BrokerState: "HIBERNATING" as never, DeploymentMode: "MULTI_REGION" as never, EngineType: "KAFKA" as never },
      ],
      NextToken: "next",
      $metadata: { requestId: "req-b", attempts: 1 },
    });
    expect(await brokers.list({ maxRecords: 20 })).toStrictEqual({
      ok: true,
      value: {
        items: [
          {
            brokerId: "b-1",
            brokerName: "orders",
            engineType: "ACTIVEMQ",
            state: "RUNNING",
            deploymentMode: "ACTIVE_STANDBY_MULTI_AZ",
            arn: "arn:aws:mq:us-east-1:000000000000:broker:orders:b-1",
          },
          { brokerId: "b-2", brokerName: null, engineType: null, state: null, deploymentMode: null, arn: null },
        ],
        nextMarker: "next",
      },
      call: { requestId: "req-b", attempts: 1 },
    });
  });

  it("the last page has no marker", async () => {
    mock.on(ListBrokersCommand).resolves({ BrokerSummaries: [] });
    expect(await brokers.list({ maxRecords: 20 })).toMatchObject({ ok: true, value: { items: [] } });
    expect(((await brokers.list({ maxRecords: 20 })) as { value: object }).value).not.toHaveProperty("nextMarker");
  });

  it("maps exactly the exceptions ListBrokers' model lists", () => {
    expect(LIST_BROKERS_FAULTS).toStrictEqual({ BadRequestException: "BadRequest", ForbiddenException: "Forbidden" });
  });

  it("BadRequestException is BadRequest with the attribute and AWS's reason, redacted", async () => {
    const error = new BadRequestException({
      message: "nextToken is invalid for account 123456789012",
      ErrorAttribute: "nextToken",
      $metadata: { requestId: "r1", httpStatusCode: 400 },
    });
    expect(await faultOf(error)).toStrictEqual({
      code: "BadRequest",
      requestId: "r1",
      attribute: "nextToken",
      reason: "nextToken is invalid for account [account]",
    });
  });

  it("ForbiddenException is Forbidden, keeping nothing of AWS's message", async () => {
    const error = new ForbiddenException({ message: "arn:aws:iam::123456789012:role/x may not", $metadata: { requestId: "r2", httpStatusCode: 403 } });
    expect(await faultOf(error)).toStrictEqual({ code: "Forbidden", requestId: "r2" });
  });

  it("InternalServerErrorException is a retryable UpstreamUnavailable", async () => {
    const error = new InternalServerErrorException({ message: "x", $metadata: { requestId: "r3", httpStatusCode: 500 } });
    expect(await faultOf(error)).toStrictEqual({ code: "UpstreamUnavailable", retryable: true, requestId: "r3" });
  });

  it.each([
    ["a NotFoundException (not in ListBrokers' model)", () => new NotFoundException({ message: "x", $metadata: { httpStatusCode: 404 } })],
    ["a TypeError", () => new TypeError("x")],
  ])("rethrows %s unchanged", async (_, error) => {
    const err = error();
    mock.on(ListBrokersCommand).rejects(err);
    await expect(brokers.list({ maxRecords: 20 })).rejects.toBe(err);
  });
});

describe("a NextToken that AWS refuses (BadRequest naming nextToken)", () => {
  const refused = () =>
    Object.assign(new BadRequestException({ message: "Invalid token", $metadata: { requestId: "r-token" } }), { ErrorAttribute: "nextToken" });

  it("answers InvalidMarker when the call sent a token", async () => {
    mock.on(ListBrokersCommand).rejects(refused());
    expect(await brokers.list({ maxRecords: 20, marker: "forged" })).toMatchObject({ ok: false, fault: { code: "InvalidMarker", requestId: "r-token" } });
  });

  it("stays BadRequest when the call sent none", async () => {
    mock.on(ListBrokersCommand).rejects(refused());
    expect(await brokers.list({ maxRecords: 20 })).toMatchObject({ ok: false, fault: { code: "BadRequest", attribute: "nextToken" } });
  });
});
