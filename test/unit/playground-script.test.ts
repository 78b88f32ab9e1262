import { runInNewContext } from "node:vm";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { playgroundJs, TOKEN_PLACEHOLDER } from "../../src/server/playground-script";

/** What the page script gives graphql-sse's createClient, and what it does with the client. */
class FakeClient {
  request: unknown;
  sink!: { next(value: unknown): void; error(error: unknown): void; complete(): void };
  disposed = false;

  constructor(readonly options: unknown) {}

  subscribe(request: unknown, sink: FakeClient["sink"]): () => void {
    this.request = request;
    this.sink = sink;
    return () => this.dispose();
  }

  dispose(): void {
    this.disposed = true;
  }
}

type Fetcher = (params: { query: string; operationName?: string }, options?: { headers?: Record<string, string>; documentAST?: unknown }) => any;

/**
 * Runs the page script in a context of its own with stand-ins for the browser and the UMD globals
 * (React, ReactDOM, GraphiQL, graphqlSse), and hands back the fetcher it gives GraphiQL.
 */
function load(pathname = "/graphql") {
  const base: unknown[][] = [];
  const clients: FakeClient[] = [];
  const created: { fetcherOptions?: unknown; props?: { fetcher: Fetcher } } = {};
  const graphiql = Object.assign(() => null, {
    createFetcher: (options: unknown) => {
      created.fetcherOptions = options;
      return (...args: unknown[]) => {
        base.push(args);
        return "answered by /graphql";
      };
    },
  });
  runInNewContext(playgroundJs([{ query: "query A { a }", variables: "{}" }]), {
    window: { location: { pathname }, localStorage: { getItem: () => null } },
    document: { getElementById: () => ({}) },
    React: { createElement: (_component: unknown, props: { fetcher: Fetcher }) => (created.props = props) },
    ReactDOM: { createRoot: () => ({ render: () => undefined }) },
    GraphiQL: graphiql,
    graphqlSse: {
      createClient: (options: unknown) => {
        const client = new FakeClient(options);
        clients.push(client);
        return client;
      },
    },
  });
  return { fetcher: created.props!.fetcher, fetcherOptions: created.fetcherOptions, base, clients };
}

/** What GraphiQL sees of an Observable: every call on its observer, in order. */
function observe(observable: { subscribe(observer: object): { unsubscribe(): void } }) {
  const seen: unknown[] = [];
  const subscription = observable.subscribe({
    next: (value: unknown) => seen.push(["next", value]),
    error: (error: unknown) => seen.push(["error", error]),
    complete: () => seen.push(["complete"]),
  });
  return { seen, subscription };
}

const WATCH = "subscription Watch($id: String!) { userGroupStatus(userGroupId: $id) { __typename } }";
const watchParams = { query: WATCH, variables: { id: "my-group" }, operationName: "Watch" };
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the playground page's fetcher", () => {
  it("sends queries and mutations to the page's own path, leaving out a header that still holds the template", () => {
    const { fetcher, fetcherOptions, base, clients } = load("/behind/a/proxy/graphql");
    expect(fetcherOptions).toMatchObject({ url: "/behind/a/proxy/graphql" });
    const query = "mutation Make { make }";
    const headers = { Authorization: `Bearer ${TOKEN_PLACEHOLDER}`, "X-Trace": "1" };
    expect(fetcher({ query, operationName: "Make" }, { headers, documentAST: parse(query) })).toBe("answered by /graphql");
    expect(base).toHaveLength(1);
    expect(base[0]![1]).toMatchObject({ headers: { "X-Trace": "1" } });
    expect(Object.keys((base[0]![1] as { headers: object }).headers)).toEqual(["X-Trace"]);
    expect(clients).toEqual([]);
  });

  it("sends a subscription to the event stream below the page's path, through graphql-sse without retries", async () => {
    const { fetcher, base, clients } = load("/behind/a/proxy/graphql");
    const headers = { Authorization: "Bearer a-token", Other: `x ${TOKEN_PLACEHOLDER}` };
    const { seen } = observe(fetcher(watchParams, { headers, documentAST: parse(WATCH) }));
    expect(base).toEqual([]);
    expect(clients).toHaveLength(1);
    const [client] = clients;
    expect(client!.options).toEqual({ url: "/behind/a/proxy/graphql/stream", headers: { Authorization: "Bearer a-token" }, retryAttempts: 0 });
    expect(client!.request).toEqual(watchParams);

    const creating = { data: { userGroupStatus: { status: "CREATING" } } };
    const active = { data: { userGroupStatus: { status: "ACTIVE" } } };
    client!.sink.next(creating);
    client!.sink.next(active);
    expect(seen).toEqual([
      ["next", creating],
      ["next", active],
    ]);
    client!.sink.complete();
    await settled();
    expect(seen.at(-1)).toEqual(["complete"]);
    expect(client!.disposed).toBe(true);
  });

  it("runs the operation GraphiQL names in a document of several, and leaves a document it could not parse to /graphql", () => {
    const { fetcher, base, clients } = load();
    const query = `query Look { a }\n${WATCH}`;
    observe(fetcher({ query, operationName: "Watch" }, { documentAST: parse(query) }));
    expect(clients).toHaveLength(1);
    fetcher({ query, operationName: "Look" }, { documentAST: parse(query) });
    fetcher({ query: "subscription {", operationName: undefined }, {});
    expect(base).toHaveLength(2);
    expect(clients).toHaveLength(1);
  });

  it("shows a refused stream as the gateway's JSON answer, and a broken one by its message, then ends", async () => {
    const refusal = { errors: [{ message: "Authentication required.", extensions: { code: "UNAUTHENTICATED" } }] };
    const cases = [
      { error: { message: "Server responded with 401: Unauthorized", response: { json: async () => refusal } }, shown: refusal },
      {
        error: { message: "Server responded with 502: Bad Gateway", response: { json: async () => Promise.reject(new SyntaxError("not JSON")) } },
        shown: { errors: [{ message: "Server responded with 502: Bad Gateway" }] },
      },
      { error: new Error("Connection closed while having active streams"), shown: { errors: [{ message: "Connection closed while having active streams" }] } },
    ];
    for (const { error, shown } of cases) {
      const { fetcher, clients } = load();
      const { seen } = observe(fetcher(watchParams, { documentAST: parse(WATCH) }));
      clients[0]!.sink.error(error);
      await settled();
      expect(seen).toEqual([["next", shown], ["complete"]]);
      expect(clients[0]!.disposed).toBe(true);
    }
  });

  it("closes the stream when GraphiQL stops it, and shows nothing after", async () => {
    const { fetcher, clients } = load();
    const { seen, subscription } = observe(fetcher(watchParams, { documentAST: parse(WATCH) }));
    subscription.unsubscribe();
    expect(clients[0]!.disposed).toBe(true);
    clients[0]!.sink.next({ data: { userGroupStatus: { status: "ACTIVE" } } });
    clients[0]!.sink.complete();
    await settled();
    expect(seen).toEqual([]);
  });
});
