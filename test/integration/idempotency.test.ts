import { createClient } from "redis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { SimulatedAccount } from "../../src/simulation/account";
import { ACTIVEMQ_BROKER } from "../fixtures/documents";
import { startReplicas, type TestGateway } from "../fixtures/gateway";
import { startRedis, type TestRedis } from "../fixtures/redis-server";

/*
 * Two gateways (replicas) over one wire emulator and one Redis: idempotency keys hold across replicas,
 * a create whose answer was lost is retried into success, and Redis going away refuses keyed mutations
 * (and only those) until it is back.
 */

const FAILURES = `__typename
  ... on Error { message }
  ... on AwsError { requestId }
  ... on UpstreamUnavailable { retryable }
  ... on IdempotencyInProgress { retryAfterSeconds }
  ... on IdempotencyUnavailable { retryAfterSeconds }`;
const CREATE_USER_GROUP = `mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) {
  ... on CreateUserGroupSuccess { userGroup { userGroupId status engine userIds arn } } ${FAILURES} } }`;
const CREATE_BROKER_USER = `mutation($input: CreateBrokerUserInput!) { createBrokerUser(input: $input) {
  ... on CreateBrokerUserSuccess { brokerUser { brokerId username groups consoleAccess pendingChange } } ${FAILURES} } }`;
const UPDATE_BROKER_USER = `mutation($input: UpdateBrokerUserInput!) { updateBrokerUser(input: $input) {
  ... on UpdateBrokerUserSuccess { username } ${FAILURES} } }`;

const PASSWORD = "Idempotent-Pa55word-4c1e";
const NEW_PASSWORD = "Rotated-Pa55word-9d2b";

let redis: TestRedis;
let replicas: Awaited<ReturnType<typeof startReplicas>>;
let a: TestGateway;
let b: TestGateway;
let calls: ReturnType<typeof watchCalls>;

/** Counts the calls the emulator serves, by IAM action, and can hold the next call of one until released. */
function watchCalls(account: SimulatedAccount) {
  const counts = new Map<string, number>();
  const begin = account.begin.bind(account);
  let hold: { operation: string; reached: () => void; released: Promise<void> } | undefined;
  account.begin = async (operation) => {
    counts.set(operation, (counts.get(operation) ?? 0) + 1);
    if (hold?.operation === operation) {
      const { reached, released } = hold;
      hold = undefined;
      reached();
      await released;
    }
    return begin(operation);
  };
  return {
    count: (operation: string) => counts.get(operation) ?? 0,
    /** The next call of `operation` waits for release(); `reached` resolves when it is there. */
    hold(operation: string) {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const reached = new Promise<void>((resolve) => (hold = { operation, reached: resolve, released }));
      return { reached, release };
    },
  };
}

const group = (userGroupId: string, key?: string) => ({ userGroupId, engine: "REDIS", userIds: ["default"], idempotencyKey: key });
const user = (username: string, key?: string, password = PASSWORD) => ({
  brokerId: ACTIVEMQ_BROKER,
  username,
  password,
  groups: ["apps"],
  idempotencyKey: key,
});
const createGroup = async (gw: TestGateway, input: object) => (await gw.graphql(CREATE_USER_GROUP, { input })).data.createUserGroup;
const createUser = async (gw: TestGateway, input: object) => (await gw.graphql(CREATE_BROKER_USER, { input })).data.createBrokerUser;

beforeAll(async () => {
  redis = await startRedis();
  replicas = await startReplicas(2, { GATEWAY_REDIS_URL: redis.url, GATEWAY_IDEMPOTENCY_SECRET: "a-shared-secret-of-at-least-32-chars" });
  [a, b] = replicas.gateways as [TestGateway, TestGateway];
  calls = watchCalls(replicas.account);
  // Each replica's Redis link connects in the background: both answer keyed requests before the tests start.
  for (const [i, gw] of [a, b].entries()) await untilNot(() => createGroup(gw, group(`warm-up-${i}`, `warm-up-${i}`)), "IdempotencyUnavailable");
});
afterAll(async () => {
  await replicas?.close();
  await redis?.stop();
});

afterEach(() => replicas.account.faults.clear());

/** Sends until the answer is not `typename`, every 100 ms for at most 10 s; the last answer. */
async function untilNot(send: () => Promise<{ __typename: string }>, typename: string): Promise<{ __typename: string }> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const answer = await send();
    if (answer.__typename !== typename || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("idempotency keys across two replicas sharing one Redis", () => {
  it("the same key sent to both replicas: one AWS call, two equal answers", async () => {
    const before = calls.count("elasticache:CreateUserGroup");
    const first = await createGroup(a, group("across", "key-across"));
    const second = await createGroup(b, group("across", "key-across"));
    expect(first).toMatchObject({ __typename: "CreateUserGroupSuccess", userGroup: { userGroupId: "across", status: "CREATING" } });
    expect(second).toEqual(first);
    expect(calls.count("elasticache:CreateUserGroup") - before).toBe(1);
  });

  it("a repeat while the first still runs, on the other replica, gets IdempotencyInProgress; then the first answer", async () => {
    const before = calls.count("mq:CreateUser");
    const held = calls.hold("mq:CreateUser");
    const first = createUser(a, user("concurrent", "key-concurrent"));
    await held.reached;
    const during = await createUser(b, user("concurrent", "key-concurrent"));
    held.release();
    expect(during).toEqual({ __typename: "IdempotencyInProgress", message: expect.any(String), retryAfterSeconds: 1 });
    const answer = await first;
    expect(answer).toMatchObject({ __typename: "CreateBrokerUserSuccess", brokerUser: { username: "concurrent", pendingChange: "CREATE" } });
    expect(await createUser(b, user("concurrent", "key-concurrent"))).toEqual(answer);
    expect(calls.count("mq:CreateUser") - before).toBe(1);
  });

  it("the same key with another input, on either replica, gets IdempotencyKeyReused and calls nothing", async () => {
    expect(await createGroup(a, group("reused-1", "key-reused"))).toMatchObject({ __typename: "CreateUserGroupSuccess" });
    const before = calls.count("elasticache:CreateUserGroup");
    expect(await createGroup(b, group("reused-2", "key-reused"))).toMatchObject({ __typename: "IdempotencyKeyReused" });
    expect(await createGroup(a, { ...group("reused-1", "key-reused"), engine: "VALKEY" })).toMatchObject({ __typename: "IdempotencyKeyReused" });
    expect(calls.count("elasticache:CreateUserGroup") - before).toBe(0);
  });
});

describe("a create whose answer was lost (carried out, then the connection reset)", () => {
  it("the SDK's own retry meets UserGroupAlreadyExists; with a key the gateway reads AWS and answers success", async () => {
    // Without a key: the caller's own create comes back as someone else's.
    replicas.account.faults.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "lost" }, times: 1 });
    expect(await createGroup(a, group("lost-unkeyed"))).toMatchObject({ __typename: "UserGroupAlreadyExists" });
    replicas.account.faults.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "lost" }, times: 1 });
    const [creates, describes] = [calls.count("elasticache:CreateUserGroup"), calls.count("elasticache:DescribeUserGroups")];
    expect(await createGroup(a, group("lost-keyed", "key-lost-keyed"))).toMatchObject({
      __typename: "CreateUserGroupSuccess",
      userGroup: { userGroupId: "lost-keyed", status: "CREATING", userIds: ["default"] },
    });
    expect([calls.count("elasticache:CreateUserGroup") - creates, calls.count("elasticache:DescribeUserGroups") - describes]).toEqual([2, 1]);
  });

  it("every attempt lost: UpstreamUnavailable, and the retry with its key, on the other replica, is a success without a new create", async () => {
    replicas.account.faults.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "lost" }, times: 3 });
    replicas.account.faults.add({ operation: "mq:CreateUser", fault: { kind: "lost" }, times: 3 });
    expect(await createGroup(a, group("all-lost", "key-all-lost"))).toMatchObject({ __typename: "UpstreamUnavailable", retryable: true });
    expect(await createUser(a, user("all-lost", "key-all-lost"))).toMatchObject({ __typename: "UpstreamUnavailable", retryable: true });
    const creates = calls.count("elasticache:CreateUserGroup") + calls.count("mq:CreateUser");
    const settled = await createGroup(b, group("all-lost", "key-all-lost"));
    expect(settled).toMatchObject({ __typename: "CreateUserGroupSuccess", userGroup: { userGroupId: "all-lost" } });
    expect(await createUser(b, user("all-lost", "key-all-lost"))).toMatchObject({
      __typename: "CreateBrokerUserSuccess",
      brokerUser: { username: "all-lost", groups: ["apps"], pendingChange: "CREATE" },
    });
    expect(calls.count("elasticache:CreateUserGroup") + calls.count("mq:CreateUser") - creates).toBe(0);
    expect(await createGroup(a, group("all-lost", "key-all-lost"))).toEqual(settled);
  });
});

describe("Redis", () => {
  it("holds no broker password, in any key or value, after creates, updates, replays and refusals with keys", async () => {
    await createUser(a, user("secretive", "key-secret-1"));
    await createUser(b, user("secretive", "key-secret-1"));
    await createUser(b, user("secretive", "key-secret-1", `${PASSWORD}-other`));
    replicas.account.faults.add({ operation: "mq:UpdateUser", fault: { kind: "unavailable" }, times: 3 });
    const update = { brokerId: ACTIVEMQ_BROKER, username: "secretive", password: NEW_PASSWORD, idempotencyKey: "key-secret-2" };
    expect((await a.graphql(UPDATE_BROKER_USER, { input: update })).data.updateBrokerUser).toMatchObject({ __typename: "UpstreamUnavailable" });
    expect((await b.graphql(UPDATE_BROKER_USER, { input: update })).data.updateBrokerUser).toMatchObject({ __typename: "UpdateBrokerUserSuccess" });

    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      const everything: string[] = [];
      for await (const keys of client.scanIterator({ COUNT: 1_000 })) {
        for (const key of keys) {
          const type = await client.type(key);
          if (type === "string") everything.push(key, (await client.get(key)) ?? "");
          else if (type === "hash") everything.push(key, ...Object.entries(await client.hGetAll(key)).flat());
          else throw new Error(`a ${type} key the scan does not read: ${key}`);
        }
      }
      expect(everything.filter((text) => text.startsWith("gateway:idempotency:")).length).toBeGreaterThan(4);
      const text = everything.join("\n");
      for (const secret of [PASSWORD, NEW_PASSWORD, `${PASSWORD}-other`]) expect(text).not.toContain(secret);
    } finally {
      await client.close();
    }
  });

  it("killed: keyed mutations get IdempotencyUnavailable, unkeyed ones still run, a call in flight keeps its answer; back: keys work again", async () => {
    const held = calls.hold("elasticache:CreateUserGroup");
    const inFlight = createGroup(a, group("in-flight", "key-in-flight"));
    await held.reached;
    await redis.kill();
    held.release();
    expect(await inFlight).toMatchObject({ __typename: "CreateUserGroupSuccess", userGroup: { userGroupId: "in-flight" } });

    const before = calls.count("elasticache:CreateUserGroup");
    for (const gw of [a, b]) {
      expect(await createGroup(gw, group("while-down", "key-while-down"))).toEqual({
        __typename: "IdempotencyUnavailable",
        message: expect.any(String),
        retryAfterSeconds: 2,
      });
    }
    expect(calls.count("elasticache:CreateUserGroup") - before).toBe(0);
    expect(await createGroup(b, group("unkeyed-while-down"))).toMatchObject({ __typename: "CreateUserGroupSuccess" });

    await redis.restart();
    const answers = [];
    for (const [i, gw] of [a, b].entries()) {
      const answer = await untilNot(() => createGroup(gw, group(`after-restart-${i}`, `key-after-restart-${i}`)), "IdempotencyUnavailable");
      expect(answer).toMatchObject({ __typename: "CreateUserGroupSuccess" });
      answers.push(answer);
    }
    // Each replica's record is the other's too again.
    expect(await createGroup(a, group("after-restart-1", "key-after-restart-1"))).toEqual(answers[1]);
    expect(await createGroup(b, group("after-restart-0", "key-after-restart-0"))).toEqual(answers[0]);
  });
});
