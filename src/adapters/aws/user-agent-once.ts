type Headers = Record<string, string>;
type Args = { readonly input: object; readonly request?: unknown };
type Middleware = (next: (args: Args) => Promise<unknown>, context: object) => (args: Args) => Promise<unknown>;
interface Options {
  readonly name?: string;
}

/** The part of a client's middleware stack used here, as any client's stack has it. */
interface Stack {
  add(middleware: Middleware, options: Options & { override: boolean }): void;
  applyToStack(stack: never): void;
}

const USER_AGENT = "getUserAgentMiddleware";

/**
 * The SDK's user-agent middleware, run on a command's first call only: later calls get the headers it
 * set then. It builds the same strings on every call (the SDK's version, the OS, Node, and the features
 * in use, which a cached middleware stack records in one shared context), formatting and escaping each
 * part anew: a sizeable share of a call's work on the JS thread, for the same bytes. Replaces the SDK's
 * entry under its own name, step and priority; without that entry, changes nothing.
 */
export function userAgentOnce(stack: Stack): void {
  const sdk = entryNamed(stack, USER_AGENT);
  if (!sdk) return;
  const userAgent = sdk.middleware;
  stack.add(
    (next, context) => {
      let set: [string, string][] | undefined;
      // Each first call's headers before the SDK's middleware ran, by request: what it changed is what it set.
      const before = new WeakMap<object, Headers>();
      const first = userAgent((args: Args) => {
        const headers = headersOf(args.request);
        const was = headers && before.get(headers);
        if (was) set = Object.entries(headers).filter(([name, value]) => was[name] !== value);
        return next(args);
      }, context);
      return (args) => {
        const headers = headersOf(args.request);
        if (set === undefined || headers === undefined) {
          if (headers) before.set(headers, { ...headers });
          return first(args);
        }
        for (const [name, value] of set) headers[name] = value;
        return next(args);
      };
    },
    { ...sdk.options, override: true },
  );
}

/** The HTTP request's headers, once the serializer has built the request. */
const headersOf = (request: unknown): Headers | undefined => (request as { headers?: Headers } | undefined)?.headers;

/**
 * The middleware `stack` holds under `name`, with its options: the stack lists its entries to any stack
 * it is applied to (its `applyToStack`), here one that only records them.
 */
function entryNamed(stack: Stack, name: string): { middleware: Middleware; options: Options } | undefined {
  let found: { middleware: Middleware; options: Options } | undefined;
  const recorder = {
    // The options it lists are the whole entry, the middleware included: that one stays out of the options.
    add: (middleware: Middleware, { middleware: _, ...options }: Options & { middleware?: unknown }) => {
      if (options.name === name) found = { middleware, options };
    },
    addRelativeTo: () => {},
    applyToStack: () => {},
  };
  stack.applyToStack(recorder as never);
  return found;
}
