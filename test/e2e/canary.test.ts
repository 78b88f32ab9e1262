import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthentication } from "../../src/composition";
import { readConfig } from "../../src/config";
import { buildApp } from "../../src/server/app";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { API_KEY, type Credentials, makeCredentials } from "../fixtures/credentials";
import { ACTIVEMQ_BROKER, CREATE_BROKER_USER, CREATE_USER_GROUP, RABBITMQ_BROKER } from "../fixtures/documents";
import { startGateway, type TestGateway } from "../fixtures/gateway";

const PASSWORD = "CANARY-pw-7d2b9e41f0";
const BAD_PASSWORD = "CANARY,pw:=";
const UNKNOWN_KEY = "agk_CANARY_unknown_key_0b3";
const AWS_SECRET = "CANARYawsSecretKey0123456789abcdefABCDEF";
const AWS_KEY_ID = "AKIDCANARY000000";

/**
 * Every kind of request the gateway answers, sent with known secrets; none of them may come back in a
 * response or reach a log line, nor may the role ARN of a permission error.
 */
describe("canary: no secret in any response or log line", () => {
  let creds: Credentials;
  let gw: TestGateway;
  let denied: TestGateway;
  const responses: string[] = [];
  const canaries: string[] = [PASSWORD, BAD_PASSWORD, API_KEY, UNKNOWN_KEY, AWS_SECRET, AWS_KEY_ID, "assumed-role", "arn:aws:sts"];

  beforeAll(async () => {
    creds = await makeCredentials();
    gw = await startGateway(DEFAULT_SEED, creds.env);
    denied = await startGateway({ ...DEFAULT_SEED, deniedActions: ["mq:CreateUser", "elasticache:CreateUserGroup"] }, creds.env);
  });
  afterAll(async () => {
    await gw.close();
    await denied.close();
  });

  it("runs every scenario and finds no canary", async () => {
    const token = await creds.token();
    const forged = await creds.forged();
    canaries.push(token, forged);
    const bearer = { authorization: `Bearer ${token}` };
    const key = { "x-api-key": API_KEY };
    const broker = (input: object) => ({
      query: CREATE_BROKER_USER,
      variables: { input: { brokerId: ACTIVEMQ_BROKER, username: "canary", password: PASSWORD, ...input } },
    });
    const group = (input: object) => ({
      query: CREATE_USER_GROUP,
      variables: { input: { userGroupId: "canary", engine: "REDIS", userIds: ["default"], ...input } },
    });
    const send = async (target: TestGateway, body: unknown, headers: Record<string, string> = bearer) => {
      const r = await target.post(body, headers);
      responses.push(r.text);
      return r;
    };

    // Successes and every union member.
    expect((await send(gw, broker({}), key)).json.data.createBrokerUser.__typename).toBe("CreateBrokerUserSuccess");
    expect((await send(gw, broker({}))).json.data.createBrokerUser.__typename).toBe("BrokerUserAlreadyExists");
    expect((await send(gw, broker({ brokerId: RABBITMQ_BROKER }))).json.data.createBrokerUser.__typename).toBe("BadRequest");
    expect((await send(gw, broker({ brokerId: "b-00000000-0000-4000-8000-000000000000" }))).json.data.createBrokerUser.__typename).toBe("BrokerNotFound");
    expect((await send(gw, broker({ password: BAD_PASSWORD }))).json.data.createBrokerUser.__typename).toBe("InputValidationError");
    gw.account.faults.add({ operation: "mq:CreateUser", fault: { kind: "throttling" }, times: 1 });
    gw.account.faults.add({ operation: "mq:CreateUser", fault: { kind: "unavailable" }, times: 1 });
    expect((await send(gw, broker({ username: "t1" }))).json.data.createBrokerUser.__typename).toBe("UpstreamThrottled");
    expect((await send(gw, broker({ username: "t2" }))).json.data.createBrokerUser.__typename).toBe("UpstreamUnavailable");
    expect((await send(gw, group({}))).json.data.createUserGroup.__typename).toBe("CreateUserGroupSuccess");
    expect((await send(gw, group({ userGroupId: "canary-2", userIds: ["ghost"] }))).json.data.createUserGroup.__typename).toBe("UserNotFound");
    expect((await send(denied, broker({}))).json.data.createBrokerUser.__typename).toBe("Forbidden");
    expect((await send(denied, group({}))).json.errors[0].extensions.code).toBe("INTERNAL_SERVER_ERROR");

    // Variable coercion and validation errors, which graphql-js would answer with the values in them.
    const coercion = [{ password: [PASSWORD] }, { password: { value: PASSWORD } }, { username: undefined }, { extra: PASSWORD }, { consoleAccess: PASSWORD }];
    for (const input of coercion) {
      const r = await send(gw, broker(input));
      expect(r.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    }
    const inline = `mutation { createBrokerUser(input: { brokerId: "b", username: "uu", password: "${PASSWORD}", bogus: "${PASSWORD}" }) { __typename } }`;
    expect((await send(gw, { query: inline })).status).toBe(400);
    expect(
      (await send(gw, { query: `mutation { createBrokerUser(input: { brokerId: "b", username: "uu", password: ["${PASSWORD}"] }) { __typename } }` })).status,
    ).toBe(400);

    // Malformed and oversized bodies carrying the password.
    expect((await send(gw, `{"query":"mutation","variables":{"input":{"password":"${PASSWORD}"`)).status).toBe(400);
    expect((await send(gw, JSON.stringify(broker({ groups: Array(3000).fill(PASSWORD) })))).status).toBe(413);

    // Authentication failures.
    expect((await send(gw, broker({}), { authorization: `Bearer ${forged}` })).status).toBe(401);
    expect((await send(gw, broker({}), { "x-api-key": UNKNOWN_KEY })).status).toBe(401);
    expect((await send(gw, broker({}), { authorization: `ApiKey ${UNKNOWN_KEY}` })).status).toBe(401);
    expect((await send(gw, broker({}), { authorization: `Basic ${Buffer.from(`u:${PASSWORD}`).toString("base64")}` })).status).toBe(401);

    const everything = [...responses, ...gw.logs, ...denied.logs].join("\n");
    expect(gw.logs.length).toBeGreaterThan(20);
    for (const canary of canaries) expect(everything).not.toContain(canary);
    expect(everything).not.toContain(Buffer.from(`u:${PASSWORD}`).toString("base64"));
  });

  it("has the logger censor credential and password paths by configuration", async () => {
    const probe = await startGateway();
    try {
      probe.log.info(
        {
          password: PASSWORD,
          variables: { input: { password: PASSWORD } },
          input: { password: PASSWORD },
          headers: { authorization: `Bearer ${PASSWORD}`, "x-api-key": API_KEY },
          req: { headers: { authorization: `ApiKey ${API_KEY}`, "x-api-key": API_KEY } },
        },
        "probe",
      );
      const line = probe.logs.find((l) => l.includes('"msg":"probe"'));
      expect(line).toBeDefined();
      expect(line).not.toContain(PASSWORD);
      expect(line).not.toContain(API_KEY);
      expect(JSON.parse(line!)).toMatchObject({
        password: "[redacted]",
        variables: "[redacted]",
        input: { password: "[redacted]" },
        headers: { authorization: "[redacted]", "x-api-key": "[redacted]" },
      });
      // Fastify's request serializer keeps no headers at all; the paths above cover anything else.
      expect(JSON.parse(line!).req).toEqual({});
    } finally {
      await probe.close();
    }
  });

  it("keeps AWS credentials out of answers and logs on the AWS backend", async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: AWS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: AWS_SECRET,
      AWS_ENDPOINT_URL: "http://127.0.0.1:9",
      AWS_MAX_ATTEMPTS: "1",
    });
    const logs: string[] = [];
    try {
      const { createAwsBackend } = await import("../../src/adapters/aws/aws-backend.js");
      const config = readConfig({ GATEWAY_BACKEND: "aws", ...creds.env, GATEWAY_RATE_LIMIT_PER_MINUTE: "0" });
      const app = await buildApp({
        backend: await createAwsBackend({ region: "us-east-1", upstream: config.upstream }),
        authenticate: await createAuthentication(config.auth),
        config,
        version: "test",
        logStream: { write: (line: string) => void logs.push(line) },
      });
      const inject = (query: string, variables: object) =>
        app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json", "x-api-key": API_KEY }, payload: { query, variables } });
      const answers = [
        await inject(CREATE_BROKER_USER, { input: { brokerId: ACTIVEMQ_BROKER, username: "canary", password: PASSWORD } }),
        await inject(CREATE_USER_GROUP, { input: { userGroupId: "canary", engine: "REDIS", userIds: ["default"] } }),
      ];
      await app.close();
      expect(answers.map((a) => JSON.parse(a.body).data).map((d) => Object.values(d)[0])).toMatchObject([
        { __typename: "UpstreamUnavailable" },
        { __typename: "UpstreamUnavailable" },
      ]);
      const everything = [...answers.map((a) => a.body), ...logs].join("\n");
      for (const canary of [PASSWORD, API_KEY, AWS_SECRET, AWS_KEY_ID]) expect(everything).not.toContain(canary);
    } finally {
      process.env = saved;
    }
  });
});
