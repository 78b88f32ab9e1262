import { STREAM_URL } from "./graphql-methods";
import type { Example } from "./playground-examples";

/** The Authorization header as a template: the page's fetcher leaves out a header that still holds it. */
export const TOKEN_PLACEHOLDER = "<token>";
const HEADERS = JSON.stringify({ Authorization: `Bearer ${TOKEN_PLACEHOLDER}` }, null, 2);
/** Where subscriptions go, after the page's own path (/graphql, or a proxy's path for it). */
const STREAM_SUFFIX = STREAM_URL.slice("/graphql".length);

/**
 * Starts GraphiQL against the page's own URL (where the gateway answers GraphQL), one tab per example.
 * Queries and mutations go there; subscriptions go to the event stream through graphql-sse's browser
 * client (one connection each), as an Observable whose events GraphiQL shows one after the other.
 * The client does not retry: a refusal (401, 400) is shown at once, as /graphql's are, instead of being
 * retried with back-off for a minute; a stream that breaks off shows why, and ▶ starts it again.
 */
export const playgroundJs = (examples: readonly Example[]): string => `"use strict";
(function () {
  var tabs = ${JSON.stringify(examples.map((example) => ({ ...example, headers: HEADERS })))};
  var placeholder = ${JSON.stringify(TOKEN_PLACEHOLDER)};
  var url = window.location.pathname;
  var streamUrl = url + ${JSON.stringify(STREAM_SUFFIX)};
  var base = GraphiQL.createFetcher({ url: url, enableIncrementalDelivery: false });
  function withoutTemplates(headers) {
    var kept = {};
    Object.keys(headers || {}).forEach(function (name) {
      var value = headers[name];
      if (typeof value !== "string" || value.indexOf(placeholder) === -1) kept[name] = value;
    });
    return kept;
  }
  // The operation GraphiQL runs: the document's only one, or the one it names.
  function isSubscription(document, operationName) {
    var operations = ((document && document.definitions) || []).filter(function (d) { return d.kind === "OperationDefinition"; });
    var chosen = operations.length === 1 ? operations[0] : operations.filter(function (d) { return d.name && d.name.value === operationName; })[0];
    return Boolean(chosen) && chosen.operation === "subscription";
  }
  // What a stream that failed shows: the gateway's own JSON answer to a refused request, else the error's message.
  function failure(error) {
    var response = error && error.response;
    var body = response ? response.json().catch(function () { return null; }) : Promise.resolve(null);
    return body.then(function (json) {
      return json && Array.isArray(json.errors) ? json : { errors: [{ message: String((error && error.message) || error) }] };
    });
  }
  function stream(params, headers) {
    return {
      subscribe: function (sink) {
        var client = graphqlSse.createClient({ url: streamUrl, headers: headers, retryAttempts: 0 });
        var closed = false;
        function close() {
          closed = true;
          client.dispose();
        }
        function end(last) {
          if (closed) return;
          if (last) sink.next(last);
          close();
          sink.complete();
        }
        client.subscribe(params, {
          next: function (result) { if (!closed) sink.next(result); },
          error: function (error) { failure(error).then(end); },
          complete: function () { end(null); }
        });
        return { unsubscribe: close };
      }
    };
  }
  function fetcher(params, options) {
    var headers = withoutTemplates(options && options.headers);
    if (isSubscription(options && options.documentAST, params.operationName)) return stream(params, headers);
    return base(params, Object.assign({}, options, { headers: headers }));
  }
  // GraphiQL 3.8 fills the variables editor from defaultTabs only when switching tabs: give the first tab's on a first visit.
  function firstVisit() {
    try { return window.localStorage.getItem("graphiql:tabState") === null; } catch (e) { return true; }
  }
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultTabs: tabs,
    variables: firstVisit() ? tabs[0].variables : undefined,
    defaultHeaders: ${JSON.stringify(HEADERS)},
    defaultEditorToolsVisibility: "headers",
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false
  }));
})();
`;
