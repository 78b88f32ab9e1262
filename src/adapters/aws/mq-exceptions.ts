import type { BrokerUserNotFound } from "../../ports/broker-users";
import type { Fault, UpstreamFault } from "../../ports/result";
import { redact } from "../../redact";
import { type SdkError, upstreamFault } from "./upstream-fault";

/** An Amazon MQ exception: each carries the input attribute at fault, when AWS names one. */
export type MqError = SdkError & { readonly ErrorAttribute?: string };

/** Every Amazon MQ domain fault code an exception can become. */
type MqFaultCode = "BadRequest" | "Forbidden" | "BrokerNotFound" | "BrokerUserAlreadyExists" | "BrokerUserNotFound" | "Conflict";

/** SDK exception name to domain fault code, for one command: the exceptions its model lists (InternalServerErrorException is upstream). */
export type MqFaultTable = { readonly [name: string]: MqFaultCode };

export const CREATE_USER_FAULTS = {
  NotFoundException: "BrokerNotFound",
  ConflictException: "BrokerUserAlreadyExists",
  BadRequestException: "BadRequest",
  ForbiddenException: "Forbidden",
} as const satisfies MqFaultTable;
export const LIST_BROKERS_FAULTS = { BadRequestException: "BadRequest", ForbiddenException: "Forbidden" } as const satisfies MqFaultTable;
export const LIST_USERS_FAULTS = {
  NotFoundException: "BrokerNotFound",
  BadRequestException: "BadRequest",
  ForbiddenException: "Forbidden",
} as const satisfies MqFaultTable;
/** DescribeUser and DeleteUser: a NotFoundException may be about the broker or the user. */
export const USER_CALL_FAULTS = {
  NotFoundException: "BrokerUserNotFound",
  BadRequestException: "BadRequest",
  ForbiddenException: "Forbidden",
} as const satisfies MqFaultTable;
export const UPDATE_USER_FAULTS = { ...USER_CALL_FAULTS, ConflictException: "Conflict" } as const satisfies MqFaultTable;

/** The fault each table's codes stand for, or an upstream fault. */
export type MqFaultOf<C extends MqFaultCode> =
  | Extract<
      | Fault<"BadRequest", { readonly attribute: string | null; readonly reason: string }>
      | Fault<"Conflict", { readonly reason: string }>
      | BrokerUserNotFound
      | Fault<"Forbidden">
      | Fault<"BrokerNotFound">
      | Fault<"BrokerUserAlreadyExists">,
      { code: C }
    >
  | UpstreamFault;

/**
 * The domain fault of an Amazon MQ exception by the command's table, else an upstream fault, else
 * undefined (the caller rethrows what it does not know). AWS's reasons are redacted, and so are the
 * request's secrets (a password). Forbidden keeps nothing of AWS's message: it names the role.
 */
export function mqFault<T extends MqFaultTable>(error: MqError, table: T, secrets: readonly string[] = []): MqFaultOf<T[keyof T]> | undefined {
  const code = Object.hasOwn(table, error.name) ? table[error.name] : undefined;
  if (!code) return upstreamFault(error);
  const requestId = error.$metadata?.requestId;
  switch (code) {
    case "BadRequest":
      return { code, requestId, attribute: error.ErrorAttribute ?? null, reason: redact(error.message, secrets) } as MqFaultOf<T[keyof T]>;
    case "Conflict":
      return { code, requestId, reason: redact(error.message, secrets) } as MqFaultOf<T[keyof T]>;
    case "BrokerUserNotFound":
      return { code, requestId, missing: missingOf(error) } as MqFaultOf<T[keyof T]>;
    default:
      return { code, requestId } as MqFaultOf<T[keyof T]>;
  }
}

const BROKER_ATTRIBUTES = new Set(["broker-id", "brokerid"]);
const USER_ATTRIBUTES = new Set(["username", "user-name"]);

/** Which of the broker and the user was missing: by the attribute AWS named, else by its message; null when neither says. */
function missingOf(error: MqError): BrokerUserNotFound["missing"] {
  const attribute = error.ErrorAttribute?.toLowerCase();
  if (attribute !== undefined && BROKER_ATTRIBUTES.has(attribute)) return "BROKER";
  if (attribute !== undefined && USER_ATTRIBUTES.has(attribute)) return "USER";
  const broker = /\bbroker\b/i.test(error.message);
  const user = /\buser\b/i.test(error.message);
  return broker === user ? null : broker ? "BROKER" : "USER";
}
