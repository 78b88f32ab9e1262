import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { Deadline } from "./deadline";

/**
 * Each call's deadline, carried past the SDK's cached middleware. With `cacheMiddleware: true` the
 * SDK resolves a command's middleware stack once instead of on every call (a sizeable share of a call's
 * work on the JS thread), but a cached handler takes no per-call options, so
 * `send(command, { abortSignal })` is not available. The deadline rides on the command's input under a
 * symbol, which no serializer reads; a middleware copies it onto each attempt's signed HTTP request, and
 * tells it how each attempt ended; the HTTP handler takes its signal from there.
 */
const DEADLINE = Symbol("call deadline");

interface Marked {
  [DEADLINE]?: Deadline;
}

type HandleArgs = Parameters<NodeHttpHandler["handle"]>;

/** The SDK's Node HTTP handler, aborting each attempt with its call's deadline signal. */
export class DeadlineHttpHandler extends NodeHttpHandler {
  override handle(request: HandleArgs[0], options: HandleArgs[1] = {}): ReturnType<NodeHttpHandler["handle"]> {
    const deadline = (request as Marked)[DEADLINE];
    return super.handle(request, deadline ? { ...options, abortSignal: deadline.attemptSignal() } : options);
  }
}

/** `command`, marked with the deadline of the call that sends it (not enumerable: not part of the input). */
export function withDeadline<C extends { input: object }>(command: C, deadline: Deadline): C {
  Object.defineProperty(command.input, DEADLINE, { value: deadline, configurable: true });
  return command;
}

/**
 * Adds to `stack` the middleware that copies the deadline onto each attempt's request and reports the
 * attempt's failure to it: in the finalizeRequest step at low priority, so inside the retry loop (which
 * reads the failure next) and after signing, which copies the request.
 */
export function carryDeadlines(stack: {
  add(middleware: (next: (args: never) => Promise<unknown>) => (args: { input: object; request: unknown }) => Promise<unknown>, options: object): void;
}): void {
  stack.add(
    (next) => (args) => {
      const deadline = (args.input as Marked)[DEADLINE];
      if (!deadline) return next(args as never);
      if (typeof args.request === "object" && args.request !== null) (args.request as Marked)[DEADLINE] = deadline;
      deadline.attemptStarted();
      return next(args as never).catch((error: unknown) => {
        deadline.attemptFailed(error);
        throw error;
      });
    },
    { step: "finalizeRequest", priority: "low", name: "callDeadlineMiddleware" },
  );
}
