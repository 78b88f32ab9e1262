import { fail, ok, type Result } from "../../ports/result";
import { redact } from "../../redact";
import type { Deadline } from "./deadline";
import { type MqError, type MqFaultOf, type MqFaultTable, mqFault } from "./mq-exceptions";
import { callInfo, type SdkError } from "./upstream-fault";
import type { UpstreamGate } from "./upstream-gate";

/**
 * One Amazon MQ call through the gate: the output mapped to the port's value, or the exception mapped by
 * the command's table (`secrets` are redacted from AWS's reasons). An exception it does not know is rethrown.
 */
export async function mqCall<O extends Pick<SdkError, "$metadata">, T, Tab extends MqFaultTable>(
  gate: UpstreamGate,
  send: (deadline: Deadline) => Promise<O>,
  table: Tab,
  value: (output: O) => T,
  secrets: readonly string[] = [],
): Promise<Result<T, MqFaultOf<Tab[keyof Tab]>>> {
  let output: O;
  try {
    output = await gate.run(send);
  } catch (error) {
    const fault = mqFault(error as MqError, table, secrets);
    if (!fault) throw withoutSecrets(error, secrets);
    return fail(fault, callInfo(error as SdkError));
  }
  return ok(value(output), callInfo(output));
}

/**
 * An error the gateway does not know goes on to the log (and is masked for the caller): the request's
 * secrets come out of its message and stack first, in case AWS or the SDK quoted the request.
 */
function withoutSecrets(error: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0 || !(error instanceof Error)) return error;
  error.message = redact(error.message, secrets);
  if (error.stack !== undefined) error.stack = redact(error.stack, secrets);
  return error;
}
