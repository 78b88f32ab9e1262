import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { ACTIVEMQ_BROKER, CREATE_BROKER_USER, RABBITMQ_BROKER } from "../fixtures/documents";
import { startEmulatorGateway, startGateway, type TestGateway } from "../fixtures/gateway";

const PASSWORD = "Canary-Pa55word-7f3e";

describe.each([
  ["local", startGateway],
  ["emulator (real SDK adapters over the wire)", startEmulatorGateway],
])("createBrokerUser over HTTP on the %s backend", (_backend, start) => {
  let gw: TestGateway;
  const create = async (input: Record<string, unknown>) => (await gw.graphql(CREATE_BROKER_USER, { input })).data.createBrokerUser;

  beforeAll(async () => {
    gw = await start();
  });
  afterAll(() => gw.close());

  it("creates a user pending until the broker reboots, with defaults for the flags", async () => {
    const result = await create({ brokerId: ACTIVEMQ_BROKER, username: "app.user", password: PASSWORD, groups: ["admins"] });
    expect(result).toEqual({
      __typename: "CreateBrokerUserSuccess",
      brokerUser: {
        brokerId: ACTIVEMQ_BROKER,
        username: "app.user",
        consoleAccess: false,
        groups: ["admins"],
        replicationUser: false,
        pendingChange: "CREATE",
      },
    });
  });

  it("answers BrokerUserAlreadyExists for a taken username", async () => {
    await create({ brokerId: ACTIVEMQ_BROKER, username: "twice", password: PASSWORD });
    expect((await create({ brokerId: ACTIVEMQ_BROKER, username: "twice", password: PASSWORD })).__typename).toBe("BrokerUserAlreadyExists");
  });

  it("answers InputValidationError with all violations, never echoing the password", async () => {
    const bad = "aaa:aaa";
    const result = await create({ brokerId: "", username: "x", password: bad, consoleAccess: true, replicationUser: true, groups: Array(21).fill("ok") });
    expect(result.__typename).toBe("InputValidationError");
    expect(result.violations.map((v: { path: string[]; constraint: string }) => [v.path.join("."), v.constraint])).toEqual([
      ["input.brokerId", "MIN_LENGTH"],
      ["input.username", "MIN_LENGTH"],
      ["input.password", "MIN_LENGTH"],
      ["input.password", "MIN_DISTINCT_CHARACTERS"],
      ["input.password", "FORBIDDEN_CHARACTERS"],
      ["input.groups", "MAX_ITEMS"],
      ["input.replicationUser", "MUTUALLY_EXCLUSIVE"],
    ]);
    expect(JSON.stringify(result)).not.toContain(bad);
  });

  it.each([
    ["BrokerNotFound", { brokerId: "b-00000000-0000-4000-8000-000000000000" }, {}],
    ["BadRequest", { brokerId: RABBITMQ_BROKER }, { attribute: null }],
  ])("answers %s", async (typename, override, extra) => {
    const result = await create({ username: "someone", password: PASSWORD, ...override });
    expect(result).toMatchObject({ __typename: typename, ...extra });
    expect(result.requestId).toBeTruthy();
  });

  it("answers UpstreamThrottled and UpstreamUnavailable when the simulated AWS does", async () => {
    const input = { brokerId: ACTIVEMQ_BROKER, username: "flaky", password: PASSWORD };
    // Every attempt fails while a rule stands: on the wire the SDK retries before giving up.
    gw.account.faults.add({ operation: "mq:CreateUser", fault: { kind: "throttling" } });
    expect(await create(input)).toMatchObject({ __typename: "UpstreamThrottled", retryAfterSeconds: 1 });
    gw.account.faults.clear();
    gw.account.faults.add({ operation: "mq:CreateUser", fault: { kind: "unavailable" } });
    expect(await create(input)).toMatchObject({ __typename: "UpstreamUnavailable", retryable: true });
    gw.account.faults.clear();
    expect((await create(input)).__typename).toBe("CreateBrokerUserSuccess");
  });

  it("answers Forbidden, with a fixed message, when the gateway's role is denied mq:CreateUser", async () => {
    const other = await start({ ...DEFAULT_SEED, deniedActions: ["mq:CreateUser"] });
    try {
      const result = (await other.graphql(CREATE_BROKER_USER, { input: { brokerId: ACTIVEMQ_BROKER, username: "u1", password: PASSWORD } })).data
        .createBrokerUser;
      expect(result.__typename).toBe("Forbidden");
      expect(result.message).not.toMatch(/arn:|\d{12}/);
    } finally {
      await other.close();
    }
  });

  it("never puts the password in a response or a log line", async () => {
    const answers = [
      await create({ brokerId: ACTIVEMQ_BROKER, username: "secretive", password: PASSWORD }),
      await create({ brokerId: ACTIVEMQ_BROKER, username: "secretive", password: PASSWORD }),
      await create({ brokerId: RABBITMQ_BROKER, username: "secretive", password: PASSWORD }),
    ];
    expect(answers.map((a) => a.__typename)).toEqual(["CreateBrokerUserSuccess", "BrokerUserAlreadyExists", "BadRequest"]);
    expect(JSON.stringify(answers)).not.toContain(PASSWORD);
    expect(gw.logs.length).toBeGreaterThan(0);
    expect(gw.logs.join("\n")).not.toContain(PASSWORD);
  });
});
