/**
 * The GraphiQL page and its style sheet of our own (its script: playground-script.ts); every URL
 * relative, so it works behind a path prefix.
 */
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
<script src="${assets("graphql-sse.min.js")}"></script>
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
