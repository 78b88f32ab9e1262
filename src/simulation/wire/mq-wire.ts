import type { SimulatedAccount } from "../account";
import { simulateCall } from "../simulate-call";
import { UnreadableInput } from "./mq-bodies";
import { mqActOut, mqError, mqFaultAnswer } from "./mq-faults";
import { mqRoute } from "./mq-routes";
import { answer, JSON_TYPE, type WireAnswer } from "./wire-answer";

/** One Amazon MQ call: the route, the scripted fault if any, else the shared rules, answered in JSON. */
export async function handleMq(account: SimulatedAccount, method: string, path: string, query: URLSearchParams, body: string): Promise<WireAnswer> {
  let labels: string[];
  try {
    labels = path.split("/").slice(1).map(decodeURIComponent);
  } catch {
    return mqError(400, "BadRequestException", "The request path is not validly URL-encoded.");
  }
  const found = mqRoute(method, labels);
  if (!found) return mqError(404, "NotFoundException", "No such resource or operation.");
  try {
    const call = await simulateCall(account, found.operation, () => found.act(account, { body, query }));
    if (call.fault) return mqActOut(call.fault);
    if (call.answer.ok) return answer(200, JSON_TYPE, JSON.stringify(call.answer.value));
    return mqFaultAnswer(call.answer.fault);
  } catch (error) {
    if (error instanceof UnreadableInput) return mqError(400, "BadRequestException", error.message, error.attribute);
    throw error;
  }
}
