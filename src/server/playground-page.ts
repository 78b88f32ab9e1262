import type { Example } from "./playground-examples";

/** The GraphiQL page and its two small files of our own; every URL relative, so it works behind a path prefix. */

/** The Authorization header as a template: the page's fetcher leaves out a header that still holds it. */
export const TOKEN_PLACEHOLDER = "<token>";
const HEADERS = JSON.stringify({ Authorization: `Bearer ${TOKEN_PLACEHOLDER}` }, null, 2);

export function pageHtml(assets: (file: string) => string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>access-gateway · GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assets("graphiql.min.css")}">
<link rel="stylesheet" href="${assets("playground.css")}">
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${assets("react.production.min.js")}"></script>
<script src="${assets("react-dom.production.min.js")}"></script>
<script src="${assets("graphiql.min.js")}"></script>
<script src="${assets("playground.js")}"></script>
</body>
</html>
`;
}

/**
 * The editors' column (query, variables, headers: the first child of the session) is kept wide enough
 * for the examples' longest line, a broker id, on a laptop screen; the response takes the rest, and the
 * drag bar still moves above that width.
 */
export const PLAYGROUND_CSS = `html, body { height: 100%; margin: 0; overflow: hidden; }
#graphiql { height: 100vh; }
#graphiql .graphiql-session > div:first-child { min-width: min(38rem, 62%); }
`;

/** Starts GraphiQL against the page's own URL (where the gateway answers GraphQL), one tab per example. */
export const playgroundJs = (examples: readonly Example[]): string => `"use strict";
(function () {
  var tabs = ${JSON.stringify(examples.map((example) => ({ ...example, headers: HEADERS })))};
  var placeholder = ${JSON.stringify(TOKEN_PLACEHOLDER)};
  var base = GraphiQL.createFetcher({ url: window.location.pathname, enableIncrementalDelivery: false });
  function withoutTemplates(headers) {
    var kept = {};
    Object.keys(headers || {}).forEach(function (name) {
      var value = headers[name];
      if (typeof value !== "string" || value.indexOf(placeholder) === -1) kept[name] = value;
    });
    return kept;
  }
  function fetcher(params, options) {
    return base(params, Object.assign({}, options, { headers: withoutTemplates(options && options.headers) }));
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
