import type { AnswerFault } from "../fault-script";
import type { BrokerUserCallRuleFault, ListBrokerUsersRuleFault } from "../mq/broker-user-reads";
import type { BrokerUserRuleFault, UpdateBrokerUserRuleFault } from "../mq/simulated-broker-users";
import type { BrokerReadFault, ListBrokersRuleFault } from "../mq/simulated-brokers";
import { answer, htmlErrorPage, JSON_TYPE, type WireAnswer } from "./wire-answer";

/** A fault the shared Amazon MQ rules answer. */
export type MqDomainFault =
  | BrokerUserRuleFault
  | UpdateBrokerUserRuleFault
  | BrokerUserCallRuleFault
  | ListBrokerUsersRuleFault
  | BrokerReadFault
  | ListBrokersRuleFault;

/** Domain fault code to the exception name (sent in `x-amzn-ErrorType`, which the SDK reads first) and HTTP status. */
export const MQ_WIRE_FAULTS = {
  BrokerNotFound: { name: "NotFoundException", status: 404 },
  BrokerUserAlreadyExists: { name: "ConflictException", status: 409 },
  BrokerUserNotFound: { name: "NotFoundException", status: 404 },
  Conflict: { name: "ConflictException", status: 409 },
  BadRequest: { name: "BadRequestException", status: 400 },
  Forbidden: { name: "ForbiddenException", status: 403 },
} as const satisfies Record<MqDomainFault["code"], { readonly name: string; readonly status: number }>;

/**
 * An Amazon MQ error: `x-amzn-ErrorType` names the exception, the JSON body carries `errorAttribute`
 * (the input at fault, when there is one) and `message`, which the SDK maps to ErrorAttribute and message.
 */
export function mqError(status: number, name: string, message: string, errorAttribute: string | null = null, headers: Record<string, string> = {}): WireAnswer {
  const body = errorAttribute === null ? { message } : { errorAttribute, message };
  return answer(status, JSON_TYPE, JSON.stringify(body), { "x-amzn-ErrorType": name, ...headers });
}

/** The wire answer for a domain fault. No message echoes the password (the rules' reasons never hold it). */
export function mqFaultAnswer(fault: MqDomainFault): WireAnswer {
  const { name, status } = MQ_WIRE_FAULTS[fault.code];
  switch (fault.code) {
    case "BrokerNotFound":
      return mqError(status, name, "Can't find requested broker. Make sure your broker exists.", "broker-id");
    case "BrokerUserAlreadyExists":
      return mqError(status, name, "A user with this username already exists on the broker.", "username");
    case "BrokerUserNotFound":
      return fault.missing === "USER"
        ? mqError(status, name, "Can't find requested user. Make sure your user exists.", "username")
        : mqError(status, name, "Can't find requested broker. Make sure your broker exists.", "broker-id");
    case "Conflict":
      return mqError(status, name, fault.reason, "username");
    case "BadRequest":
      return mqError(status, name, fault.reason, fault.attribute);
    case "Forbidden":
      return mqError(status, name, "The caller is not authorized to perform this action.");
  }
}

/** How Amazon MQ (REST-JSON) acts out each scripted fault. */
const ACTED_OUT = {
  throttling: () => mqError(429, "TooManyRequestsException", "Too Many Requests", null, { "Retry-After": "1" }),
  unavailable: () => mqError(503, "ServiceUnavailableException", "Service Unavailable"),
  internal: () => mqError(500, "InternalServerErrorException", "We were unable to process your request. Please try again later."),
  reset: () => ({ kind: "reset" }),
  // Carried out first (simulateCall), then no answer: the connection is reset.
  lost: () => ({ kind: "reset" }),
  hang: () => ({ kind: "hang" }),
  // A 200 whose JSON stops mid-string: what a connection cut mid-answer leaves behind.
  malformed: () => answer(200, JSON_TYPE, '{"brokerId":"b-'),
  html: () => htmlErrorPage(),
} as const satisfies Record<AnswerFault["kind"], () => WireAnswer>;

export const mqActOut = (fault: AnswerFault): WireAnswer => ACTED_OUT[fault.kind]();
