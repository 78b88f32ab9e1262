import type { Result } from "../../ports/result";
import { LOCAL_ACCOUNT_ID, type SimulatedAccount } from "../account";
import { createBrokerUser } from "../mq/simulated-broker-users";
import { type BrokerView, readBroker } from "../mq/simulated-brokers";
import { simulateCall } from "../simulate-call";
import { type MqDomainFault, mqActOut, mqError, mqFaultAnswer } from "./mq-faults";
import { answer, JSON_TYPE, type WireAnswer } from "./wire-answer";

const ENGINE_VERSIONS = { ACTIVEMQ: "5.18", RABBITMQ: "3.13" } as const;

type Route = { readonly operation: string; readonly act: (account: SimulatedAccount, body: string) => Result<unknown, MqDomainFault> };

/** The Amazon MQ routes (REST-JSON) the emulator serves, from the method and the decoded path labels. */
function route(method: string, labels: readonly string[]): Route | undefined {
  const [v1, brokers, brokerId, users, username, ...rest] = labels;
  if (v1 !== "v1" || brokers !== "brokers" || brokerId === undefined || rest.length > 0) return undefined;
  if (method === "GET" && users === undefined) {
    return {
      operation: "mq:DescribeBroker",
      act: (account) => mapValue(readBroker(account, "mq:DescribeBroker", brokerId), (b) => describeBroker(account, b)),
    };
  }
  if (method === "GET" && users === "users" && username === undefined) {
    return { operation: "mq:ListUsers", act: (account) => mapValue(readBroker(account, "mq:ListUsers", brokerId), (b) => ({ brokerId, users: summaries(b) })) };
  }
  if (method === "POST" && users === "users" && username !== undefined) {
    return {
      operation: "mq:CreateUser",
      act: (account, body) => mapValue(createBrokerUser(account, { brokerId, username, ...createUserBody(body) }), () => ({})),
    };
  }
  return undefined;
}

/** One Amazon MQ call: the route, the scripted fault if any, else the shared rules, answered in JSON. */
export async function handleMq(account: SimulatedAccount, method: string, path: string, body: string): Promise<WireAnswer> {
  let labels: string[];
  try {
    labels = path.split("/").slice(1).map(decodeURIComponent);
  } catch {
    return mqError(400, "BadRequestException", "The request path is not validly URL-encoded.");
  }
  const found = route(method, labels);
  if (!found) return mqError(404, "NotFoundException", "No such resource or operation.");
  try {
    const call = await simulateCall(account, found.operation, () => found.act(account, body));
    if (call.fault) return mqActOut(call.fault);
    if (call.answer.ok) return answer(200, JSON_TYPE, JSON.stringify(call.answer.value));
    return mqFaultAnswer(call.answer.fault);
  } catch (error) {
    if (error instanceof BadBody) return mqError(400, "BadRequestException", error.message, error.attribute);
    throw error;
  }
}

function mapValue<T, U, F>(result: Result<T, F>, f: (value: T) => U): Result<U, F> {
  return result.ok ? { ok: true, value: f(result.value) } : result;
}

const summaries = (broker: BrokerView) => broker.users.map((u) => ({ username: u.username, pendingChange: u.pending?.pendingChange ?? null }));

function describeBroker(account: SimulatedAccount, broker: BrokerView): Record<string, unknown> {
  return {
    brokerId: broker.brokerId,
    brokerName: broker.brokerId,
    brokerArn: `arn:aws:mq:${account.region}:${LOCAL_ACCOUNT_ID}:broker:${broker.brokerId}:${broker.brokerId}`,
    brokerState: "RUNNING",
    deploymentMode: "SINGLE_INSTANCE",
    engineType: broker.engineType,
    engineVersion: ENGINE_VERSIONS[broker.engineType],
    hostInstanceType: "mq.t3.micro",
    publiclyAccessible: false,
    autoMinorVersionUpgrade: true,
    users: summaries(broker),
  };
}

/** A body the REST-JSON layer cannot read: AWS answers BadRequestException naming the attribute. */
class BadBody {
  constructor(
    readonly message: string,
    readonly attribute: string | null,
  ) {}
}

/** The CreateUser body: password required, the rest optional with AWS's defaults. The password is never echoed. */
function createUserBody(body: string): { password: string; consoleAccess: boolean; groups: string[]; replicationUser: boolean } {
  let json: unknown;
  try {
    json = body === "" ? {} : JSON.parse(body);
  } catch {
    throw new BadBody("The request body is not valid JSON.", null);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new BadBody("The request body must be a JSON object.", null);
  const { password, consoleAccess = false, groups = [], replicationUser = false } = json as Record<string, unknown>;
  if (typeof password !== "string") throw new BadBody("password is required and must be a string.", "password");
  if (typeof consoleAccess !== "boolean") throw new BadBody("consoleAccess must be true or false.", "consoleAccess");
  if (typeof replicationUser !== "boolean") throw new BadBody("replicationUser must be true or false.", "replicationUser");
  if (!Array.isArray(groups) || !groups.every((g): g is string => typeof g === "string")) throw new BadBody("groups must be a list of strings.", "groups");
  return { password, consoleAccess, groups, replicationUser };
}
