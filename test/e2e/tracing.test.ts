import { hostname } from "node:os";
import { context, propagation, trace } from "@opentelemetry/api";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTracing, type Tracing } from "../../src/otel-sdk";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { API_KEY, makeCredentials } from "../fixtures/credentials";
import { CREATE_BROKER_USER, CREATE_USER_GROUP } from "../fixtures/documents";
import { postStream } from "../fixtures/event-stream";
import { startEmulatorGateway, startGatewayOver, type TestGateway } from "../fixtures/gateway";
import { type OtlpReceiver, type ReceivedSpan, startOtlpReceiver } from "../fixtures/otlp-receiver";
import { scriptedGet } from "../fixtures/scripted-user-group";
import { stubBackend } from "../fixtures/stub-backend";

/** Canaries: none may appear in an exported span. */
const PASSWORD = "CANARY-trace-pw-7e21b9c4";
const INTERNAL_DETAIL = "CANARY-internal-detail-93af";
/** Lower case: Fastify may lower-case the Content-Type it quotes. */
const MEDIA_TYPE_CANARY = "canary-media-type-5d0c1e";
const MISSING_BROKER = "b-00000000-0000-4000-8000-0000c0ffee00";
/** The caller's own trace context (W3C traceparent), which the gateway continues. */
const CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER_SPAN = "00f067aa0ba902b7";
const SERVER = 2;
const CLIENT = 3;
const INTERNAL = 1;
const ERROR = 2;

/** The trace id and server span id of an answer's traceresponse header (sampled). */
function traceOf(headers: Headers): { traceId: string; spanId: string } {
  const match = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/.exec(headers.get("traceresponse") ?? "");
  expect(match, `traceresponse header: ${headers.get("traceresponse")}`).not.toBeNull();
  return { traceId: match![1]!, spanId: match![2]! };
}

/** The one span named `name` among `spans`. */
function named(spans: readonly ReceivedSpan[], name: string): ReceivedSpan {
  const found = spans.filter((span) => span.name === name);
  expect(
    found.map((span) => span.name),
    `spans: ${spans.map((span) => span.name).join(", ")}`,
  ).toEqual([name]);
  return found[0]!;
}

describe("OpenTelemetry traces: HTTP request, GraphQL operation and AWS call spans, exported over OTLP", () => {
  let receiver: OtlpReceiver;
  let tracing: Tracing;
  let gw: TestGateway;
  let failing: TestGateway;
  let secrets: string[];
  let token: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    // What the SDK reads itself, from the process's environment as in production: JSON, so the receiver
    // can read it, and a short batch delay.
    Object.assign(process.env, { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_EXPORTER_OTLP_PROTOCOL: "http/json", OTEL_BSP_SCHEDULE_DELAY: "20" });
    tracing = startTracing("test", process.env);
    const credentials = await makeCredentials();
    token = await credentials.token({ scope: "elasticache:CreateUserGroup mq:CreateUser elasticache:DescribeUserGroups" });
    secrets = [PASSWORD, INTERNAL_DETAIL, API_KEY, token, token.split(".")[2]!];
    const env = { ...credentials.env, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url };
    gw = await startEmulatorGateway(DEFAULT_SEED, env);
    const boom = () => Promise.reject(new Error(`unexpected: ${INTERNAL_DETAIL}`));
    // Its groups stay MODIFYING: a subscription to one stays open until its client leaves.
    failing = await startGatewayOver(stubBackend({ userGroups: { create: boom, get: scriptedGet("MODIFYING").get } }), env);
  });
  afterEach(() => gw.account.faults.clear());
  afterAll(async () => {
    await gw?.close();
    await failing?.close();
    await tracing?.shutdown();
    await receiver?.close();
    trace.disable();
    context.disable();
    propagation.disable();
    process.env = saved;
  });

  /** Every exported byte so far carries none of the request's secrets, no ARN and no stack trace. */
  function expectNothingSecret() {
    const exported = receiver.bodies.join("\n");
    for (const secret of secrets) expect(exported).not.toContain(secret);
    expect(exported).not.toMatch(/arn:aws/);
    expect(exported).not.toMatch(/\s+at \S+ \(/);
    expect(exported).not.toMatch(/x-api-key|authorization|"variables"|graphql\.document/i);
    expect(receiver.spans.flatMap((span) => span.events)).toEqual([]);
  }

  const groupInput = (userGroupId: string) => ({ input: { userGroupId, engine: "VALKEY", userIds: ["app-default"] } });
  const operationLine = (traceId: string) =>
    gw.logs.map((line) => JSON.parse(line)).find((line) => line.msg === "graphql operation" && line.traceId === traceId);

  it("a success: the caller's trace continued, HTTP > operation > AWS call, with their attributes; the trace id answered and logged", async () => {
    const response = await gw.post(
      { query: CREATE_USER_GROUP, operationName: "CreateUserGroup", variables: groupInput("trace-success") },
      { "x-api-key": API_KEY, traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` },
    );
    expect(response.json.data.createUserGroup.__typename).toBe("CreateUserGroupSuccess");
    const { traceId, spanId } = traceOf(response.headers);
    expect(traceId).toBe(CALLER_TRACE);

    const spans = await receiver.trace(traceId, 3);
    const http = named(spans, "POST /graphql");
    const operation = named(spans, "mutation CreateUserGroup");
    const call = named(spans, "ElastiCache.CreateUserGroup");
    expect(http).toMatchObject({ spanId, parentSpanId: CALLER_SPAN, kind: SERVER, status: { code: 0 } });
    expect(http.attributes).toMatchObject({
      "http.request.method": "POST",
      "url.path": "/graphql",
      "http.route": "/graphql",
      "http.response.status_code": 200,
    });
    expect(operation).toMatchObject({ parentSpanId: http.spanId, kind: INTERNAL, status: { code: 0 } });
    expect(operation.attributes).toEqual({
      "graphql.operation.type": "mutation",
      "graphql.operation.name": "CreateUserGroup",
      "graphql.result.typename": ["CreateUserGroupSuccess"],
    });
    const line = operationLine(traceId);
    expect(call).toMatchObject({ parentSpanId: operation.spanId, kind: CLIENT, status: { code: 0 } });
    expect(call.attributes).toEqual({
      "rpc.system": "aws-api",
      "rpc.service": "ElastiCache",
      "rpc.method": "CreateUserGroup",
      "cloud.region": "us-east-1",
      "server.address": "127.0.0.1",
      "aws.request_id": line.outcomes[0].awsRequestId,
      "aws.attempts": 1,
    });
    expect(call.resource).toMatchObject({ "service.name": "access-gateway", "service.version": "test", "host.name": hostname(), "process.pid": process.pid });
    // What the SDK's default detectors would add: the command line (which may hold secrets), the user, the machine's id.
    expect(Object.keys(call.resource).filter((key) => /^process\.(command|owner|executable)|^host\.id$/.test(key))).toEqual([]);
    expectNothingSecret();
  });

  it("a caller's trace it did not sample: continued, the header says so (flags 00), the log line has the trace id", async () => {
    const traceId = "0af7651916cd43dd8448eb211c80319c";
    const response = await gw.post({ query: "{ __typename }" }, { traceparent: `00-${traceId}-b7ad6b7169203331-00` });
    expect(response.headers.get("traceresponse")).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-00$`));
    await new Promise((resolve) => setImmediate(resolve));
    expect(operationLine(traceId)).toBeDefined();
  });

  it("a documented fault (MQ's BrokerNotFound): the AWS span is an error named after the exception, with the request id of the fault", async () => {
    const response = await gw.post(
      { query: CREATE_BROKER_USER, variables: { input: { brokerId: MISSING_BROKER, username: "trace-user", password: PASSWORD } } },
      { authorization: `Bearer ${token}` },
    );
    const result = response.json.data.createBrokerUser;
    expect(result.__typename).toBe("BrokerNotFound");
    const { traceId } = traceOf(response.headers);

    const spans = await receiver.trace(traceId, 3);
    const operation = named(spans, "mutation CreateBrokerUser");
    const call = named(spans, "mq.CreateUser");
    expect(operation.status).toEqual({ code: 0 });
    expect(operation.attributes["graphql.result.typename"]).toEqual(["BrokerNotFound"]);
    expect(call).toMatchObject({ parentSpanId: operation.spanId, kind: CLIENT, status: { code: ERROR, message: "NotFoundException" } });
    expect(call.attributes).toMatchObject({ "rpc.service": "mq", "error.type": "NotFoundException", "aws.attempts": 1 });
    // The id the caller got, which MQ's REST-JSON fault carries only in its answer's headers.
    expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(call.attributes["aws.request_id"]).toBe(result.requestId);
    expectNothingSecret();
  });

  it("a call throttled twice, then answered: one AWS span with 3 attempts", async () => {
    gw.account.faults.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "throttling" }, times: 2 });
    const response = await gw.post({ query: CREATE_USER_GROUP, variables: groupInput("trace-throttled") }, { "x-api-key": API_KEY });
    expect(response.json.data.createUserGroup.__typename).toBe("CreateUserGroupSuccess");
    const { traceId } = traceOf(response.headers);

    const spans = await receiver.trace(traceId, 3);
    const call = named(spans, "ElastiCache.CreateUserGroup");
    expect(call.status).toEqual({ code: 0 });
    expect(call.attributes).toMatchObject({ "aws.attempts": 3, "aws.request_id": operationLine(traceId).outcomes[0].awsRequestId });
    expectNothingSecret();
  });

  it("an internal error: masked for the caller, the operation span an ERROR with a generic message, no stack or detail exported", async () => {
    const response = await failing.post({ query: CREATE_USER_GROUP, variables: groupInput("trace-internal") }, { "x-api-key": API_KEY });
    expect(response.json.errors[0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
    const { traceId } = traceOf(response.headers);

    const spans = await receiver.trace(traceId, 2);
    const http = named(spans, "POST /graphql");
    const operation = named(spans, "mutation CreateUserGroup");
    expect(operation).toMatchObject({ parentSpanId: http.spanId, status: { code: ERROR, message: "INTERNAL_SERVER_ERROR" } });
    expect(operation.attributes).toEqual({
      "graphql.operation.type": "mutation",
      "graphql.operation.name": "CreateUserGroup",
      "error.type": "INTERNAL_SERVER_ERROR",
    });
    expectNothingSecret();
  });

  it("a subscription on the event stream route: its HTTP span and its operation span", async () => {
    const stream = await watchGroup(gw.origin, "app-group", token);
    await stream.events;
    const { traceId } = traceOf(stream.headers);

    const spans = await receiver.trace(traceId, 2);
    const http = named(spans, "POST /graphql/stream");
    expect(named(spans, "subscription")).toMatchObject({ parentSpanId: http.spanId, attributes: { "graphql.operation.type": "subscription" } });
    expectNothingSecret();
  });

  it("a subscription whose client leaves: its HTTP span is ended and exported all the same, the subscription's parent", async () => {
    const stream = await watchGroup(failing.origin, "open-group", token);
    const { traceId, spanId } = traceOf(stream.headers);
    stream.close();
    expect(
      (await stream.events).map((event) => event.event),
      "the client left first",
    ).not.toContain("complete");

    const spans = await receiver.trace(traceId, 2);
    const http = named(spans, "POST /graphql/stream");
    expect(http).toMatchObject({ spanId, kind: SERVER, attributes: { "http.response.status_code": 200 } });
    expect(named(spans, "subscription")).toMatchObject({ parentSpanId: http.spanId });
    expectNothingSecret();
  });

  it("GET /graphql: url.path without the query string, which holds the document and variables", async () => {
    const query = encodeURIComponent("query Q($p: String!) { __typename }");
    const response = await fetch(`${gw.url}?query=${query}&variables=${encodeURIComponent(JSON.stringify({ p: PASSWORD }))}`, {
      headers: { "x-api-key": API_KEY, "apollo-require-preflight": "true" },
    });
    const { traceId } = traceOf(response.headers);
    const spans = await receiver.trace(traceId, 2);
    expect(named(spans, "GET /graphql").attributes["url.path"]).toBe("/graphql");
    expectNothingSecret();
  });

  it("a body that is not JSON: the HTTP span's status quotes none of it", async () => {
    const response = await fetch(gw.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": API_KEY },
      // V8 quotes the text around a bad token in its message: the password, here.
      body: `{"query":"mutation { x }","variables":{"password": ${PASSWORD}}}`,
    });
    expect(response.status).toBe(400);
    const { traceId } = traceOf(response.headers);
    const [http] = await receiver.trace(traceId, 1);
    expect(http).toMatchObject({ name: "POST /graphql", attributes: { "http.response.status_code": 400 } });
    expectNothingSecret();
  });

  it("an unsupported Content-Type: the HTTP span's status is the error's code, quoting none of the request", async () => {
    const response = await fetch(gw.url, {
      method: "POST",
      headers: { "content-type": `application/x-${MEDIA_TYPE_CANARY}`, "x-api-key": API_KEY },
      body: "{}",
    });
    expect(response.status).toBe(415);
    const { traceId } = traceOf(response.headers);
    const [http] = await receiver.trace(traceId, 1);
    expect(http).toMatchObject({ name: "POST /graphql", status: { code: ERROR, message: "FST_ERR_CTP_INVALID_MEDIA_TYPE" } });
    expect(receiver.bodies.join("\n").toLowerCase()).not.toContain(MEDIA_TYPE_CANARY);
    expectNothingSecret();
  });

  it("CORS: a browser may send its traceparent and read the traceresponse header", async () => {
    const preflight = await fetch(gw.url, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "POST", "access-control-request-headers": "content-type,traceparent" },
    });
    expect(preflight.headers.get("access-control-allow-headers")).toContain("traceparent");
    const response = await gw.post({ query: "{ __typename }" }, { origin: "http://localhost:5173" });
    expect(response.headers.get("access-control-expose-headers")).toBe("traceresponse");
    traceOf(response.headers);
  });
});

/** Subscribes to a user group's status on a gateway's event stream route with a bearer token allowed to. */
async function watchGroup(origin: string, userGroupId: string, token: string) {
  const stream = await postStream(
    `${origin}/graphql/stream`,
    { query: "subscription Watch($id: String!) { userGroupStatus(userGroupId: $id) { __typename } }", variables: { id: userGroupId } },
    { authorization: `Bearer ${token}` },
  );
  expect(stream.status).toBe(200);
  return stream;
}
