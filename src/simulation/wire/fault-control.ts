import { isJsonObject } from "../../json-object";
import type { SimulatedAccount } from "../account";
import type { FaultRule, InjectedFault } from "../fault-script";
import { answer, JSON_TYPE, type WireAnswer } from "./wire-answer";

const KINDS = [
  "throttling",
  "unavailable",
  "internal",
  "reset",
  "hang",
  "malformed",
  "lost",
  "html",
  "latency",
] as const satisfies readonly InjectedFault["kind"][];
const MAX_LATENCY_MS = 600_000;

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 addresses. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4) || address === "::1";
}

/**
 * The control endpoint, `/_emulator/faults`: POST a rule `{ operation, fault: { kind, ms? }, times?, rate? }`
 * to script a fault, GET the rules that still apply (`{ rules: [...] }`, each with `remaining` calls when
 * it has `times`), DELETE to clear them all. Only callers on the loopback interface may use it.
 */
export function handleFaultControl(account: SimulatedAccount, method: string, remoteAddress: string | undefined, body: string): WireAnswer {
  if (!isLoopback(remoteAddress)) return problem(403, "The fault control endpoint answers loopback callers only.");
  if (method === "DELETE") {
    account.faults.clear();
    return answer(204, JSON_TYPE, "");
  }
  if (method === "GET") return answer(200, JSON_TYPE, JSON.stringify({ rules: account.faults.list() }));
  if (method !== "POST") return problem(405, "Use GET to list the fault rules, POST to add one, DELETE to clear them.", { allow: "GET, POST, DELETE" });
  const rule = parseFaultRule(body);
  if (typeof rule === "string") return problem(400, rule);
  account.faults.add(rule);
  return answer(201, JSON_TYPE, JSON.stringify(rule));
}

/** A fault rule from JSON, or what is wrong with it. */
export function parseFaultRule(body: string): FaultRule | string {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return "The body must be JSON.";
  }
  if (!isJsonObject(json)) return "The body must be a JSON object.";
  const { operation, fault, times, rate } = json;
  if (typeof operation !== "string" || operation === "") return 'operation must be an IAM action such as "mq:CreateUser", or "*".';
  if (!isJsonObject(fault) || !KINDS.includes(fault.kind as never)) return `fault.kind must be one of ${KINDS.join(", ")}.`;
  if (times !== undefined && !(Number.isInteger(times) && (times as number) >= 0)) return "times must be a whole number of 0 or more.";
  if (rate !== undefined && !(typeof rate === "number" && rate >= 0 && rate <= 1)) return "rate must be a number from 0 to 1.";
  let injected: InjectedFault;
  if (fault.kind === "latency") {
    const ms = fault.ms;
    if (!Number.isInteger(ms) || (ms as number) < 0 || (ms as number) > MAX_LATENCY_MS) return `fault.ms must be a whole number from 0 to ${MAX_LATENCY_MS}.`;
    injected = { kind: "latency", ms: ms as number };
  } else {
    injected = { kind: fault.kind as Exclude<InjectedFault["kind"], "latency"> };
  }
  return { operation, fault: injected, ...(times === undefined ? {} : { times: times as number }), ...(rate === undefined ? {} : { rate }) };
}

const problem = (status: number, message: string, headers: Record<string, string> = {}): WireAnswer =>
  answer(status, JSON_TYPE, JSON.stringify({ message }), headers);
