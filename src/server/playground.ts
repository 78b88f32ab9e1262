import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { GraphQLSchema } from "graphql";
import { playgroundExamples } from "./playground-examples";
import { PLAYGROUND_CSS, pageHtml } from "./playground-page";
import { playgroundJs } from "./playground-script";

/** Where the page's files are served; the page refers to them relative to /graphql. */
export const PLAYGROUND_ASSETS = "/playground/assets/";

/**
 * Everything from this origin, nothing inline, no eval: GraphiQL 3's browser build and the UMD files
 * of React 18 and graphql-sse need none; subscriptions are fetches to this origin too. Fonts and
 * GraphiQL's icons are data: URLs inside graphiql.min.css.
 */
export const PLAYGROUND_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const require_ = createRequire(__filename);
const packageDir = (name: string) => dirname(require_.resolve(`${name}/package.json`));
const packageVersion = (name: string) => (require_(`${name}/package.json`) as { version: string }).version;

/** A file the page loads: where it is on disk (a package's) or its body (our own), and its version. */
type Asset = { readonly file: string; readonly version: string } | { readonly type: string; readonly body: string; readonly version: string };

/** The files of the installed packages that the page loads, by the name it uses for them. */
const PACKAGE_FILES = (
  [
    ["graphiql", "graphiql.min.js"],
    ["graphiql", "graphiql.min.css"],
    ["react", "umd/react.production.min.js"],
    ["react-dom", "umd/react-dom.production.min.js"],
    ["graphql-sse", "umd/graphql-sse.min.js"],
  ] as const
).map(([name, path]): [string, Asset] => [basename(path), { file: join(packageDir(name), path), version: packageVersion(name) }]);
/** Our own files change with the schema and the gateway, not with a package: their version is their content's. */
const ownFile = (type: string, body: string): Asset => ({ type, body, version: createHash("sha256").update(body).digest("hex").slice(0, 16) });
const CACHE = { maxAge: "365d", immutable: true } as const;
const CACHE_CONTROL = "public, max-age=31536000, immutable";

/**
 * GraphiQL at GET /graphql for browsers (Accept includes text/html, no `query` parameter), with its
 * files under /playground/assets/. Disabled: nothing is registered, and /graphql answers as before.
 */
export function registerPlayground(app: FastifyInstance, schema: GraphQLSchema): void {
  const assets = new Map<string, Asset>([
    ...PACKAGE_FILES,
    ["playground.js", ownFile("text/javascript; charset=utf-8", playgroundJs(playgroundExamples(schema)))],
    ["playground.css", ownFile("text/css; charset=utf-8", PLAYGROUND_CSS)],
  ]);
  // The version is in each asset's URL, so that a changed file is fetched again despite the long cache lifetime.
  const page = pageHtml((name) => `${PLAYGROUND_ASSETS.slice(1)}${name}?v=${assets.get(name)!.version}`);
  app.addHook("onRequest", (request, reply, done) => {
    if (wantsPage(request)) sendPage(reply, page);
    else done();
  });
  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin (register returns a thenable instance)
  void app.register(async (scope) => {
    // serve: false: no wildcard route, only the files listed here; sendFile stays inside this scope.
    await scope.register(fastifyStatic, { root: packageDir("graphiql"), serve: false });
    for (const [name, asset] of assets) {
      if ("file" in asset) scope.get(`${PLAYGROUND_ASSETS}${name}`, (_request, reply) => reply.sendFile(basename(asset.file), dirname(asset.file), CACHE));
      else scope.get(`${PLAYGROUND_ASSETS}${name}`, async (_request, reply) => reply.header("cache-control", CACHE_CONTROL).type(asset.type).send(asset.body));
    }
  });
}

function wantsPage(request: FastifyRequest): boolean {
  if (request.method !== "GET" || request.routeOptions.url !== "/graphql") return false;
  const accept = request.headers.accept ?? "";
  const query = request.query as Record<string, unknown> | undefined;
  return accept.toLowerCase().includes("text/html") && query?.query === undefined;
}

function sendPage(reply: FastifyReply, page: string): FastifyReply {
  return reply
    .code(200)
    .type("text/html; charset=utf-8")
    .header("content-security-policy", PLAYGROUND_CSP)
    .header("x-content-type-options", "nosniff")
    .header("referrer-policy", "no-referrer")
    .header("cache-control", "no-cache")
    .send(page);
}
