import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { GraphQLSchema } from "graphql";
import { playgroundExamples } from "./playground-examples";
import { PLAYGROUND_CSS, pageHtml, playgroundJs } from "./playground-page";

/** Where the page's files are served; the page refers to them relative to /graphql. */
export const PLAYGROUND_ASSETS = "/playground/assets/";

/**
 * Everything from this origin, nothing inline, no eval: GraphiQL 3's browser build and React 18's UMD
 * files need none. Fonts and GraphiQL's icons are data: URLs inside graphiql.min.css.
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
/** The files of the installed packages that the page loads, by the name it uses for them. */
const PACKAGE_FILES = new Map(
  [
    join(packageDir("graphiql"), "graphiql.min.js"),
    join(packageDir("graphiql"), "graphiql.min.css"),
    join(packageDir("react"), "umd", "react.production.min.js"),
    join(packageDir("react-dom"), "umd", "react-dom.production.min.js"),
  ].map((file) => [basename(file), file]),
);
/** In the asset URLs, so that a new GraphiQL version is fetched again despite the long cache lifetime. */
const VERSION = (require_("graphiql/package.json") as { version: string }).version;
const CACHE = { maxAge: "365d", immutable: true } as const;
const CACHE_CONTROL = "public, max-age=31536000, immutable";
const PAGE = pageHtml((file) => `${PLAYGROUND_ASSETS.slice(1)}${file}?v=${VERSION}`);

/**
 * GraphiQL at GET /graphql for browsers (Accept includes text/html, no `query` parameter), with its
 * files under /playground/assets/. Disabled: nothing is registered, and /graphql answers as before.
 */
export function registerPlayground(app: FastifyInstance, schema: GraphQLSchema): void {
  const ownFiles = new Map([
    ["playground.js", { type: "text/javascript; charset=utf-8", body: playgroundJs(playgroundExamples(schema)) }],
    ["playground.css", { type: "text/css; charset=utf-8", body: PLAYGROUND_CSS }],
  ]);
  app.addHook("onRequest", (request, reply, done) => {
    if (wantsPage(request)) sendPage(reply);
    else done();
  });
  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin (register returns a thenable instance)
  void app.register(async (scope) => {
    // serve: false: no wildcard route, only the files listed here; sendFile stays inside this scope.
    await scope.register(fastifyStatic, { root: dirname(PACKAGE_FILES.get("graphiql.min.js")!), serve: false });
    for (const [name, file] of PACKAGE_FILES) {
      scope.get(`${PLAYGROUND_ASSETS}${name}`, (_request, reply) => reply.sendFile(basename(file), dirname(file), CACHE));
    }
    for (const [name, { type, body }] of ownFiles) {
      scope.get(`${PLAYGROUND_ASSETS}${name}`, async (_request, reply) => reply.header("cache-control", CACHE_CONTROL).type(type).send(body));
    }
  });
}

function wantsPage(request: FastifyRequest): boolean {
  if (request.method !== "GET" || request.routeOptions.url !== "/graphql") return false;
  const accept = request.headers.accept ?? "";
  const query = request.query as Record<string, unknown> | undefined;
  return accept.toLowerCase().includes("text/html") && query?.query === undefined;
}

function sendPage(reply: FastifyReply): FastifyReply {
  return reply
    .code(200)
    .type("text/html; charset=utf-8")
    .header("content-security-policy", PLAYGROUND_CSP)
    .header("x-content-type-options", "nosniff")
    .header("referrer-policy", "no-referrer")
    .header("cache-control", "no-cache")
    .send(PAGE);
}
