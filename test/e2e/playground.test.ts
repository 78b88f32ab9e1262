import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { GraphQLObjectType } from "graphql";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLocalBackend } from "../../src/composition";
import { buildGatewaySchema } from "../../src/graphql/schema";
import { OPERATIONS } from "../../src/operations";
import { playgroundExamples } from "../../src/server/playground-examples";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { chromiumLaunch } from "../fixtures/chromium";
import { postStream } from "../fixtures/event-stream";
import { startGateway, type TestGateway } from "../fixtures/gateway";

const BROWSER_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
const OUTPUT = join(__dirname, "..", "output");

const getPage = (gw: TestGateway, path = "/graphql") => fetch(`${gw.origin}${path}`, { headers: { accept: BROWSER_HTML } });
/** The version of the package a served file comes from. */
const packageVersionOf = (path: string) => {
  const name = /^(react-dom|react|graphiql|graphql-sse)\./.exec(basename(path))![1]!;
  return (createRequire(__filename)(`${name}/package.json`) as { version: string }).version;
};
/** Every absolute http(s) URL in a text, as its origin. */
const origins = (text: string) => [...text.matchAll(/https?:\/\/[^\s"'()<>]+/g)].map((m) => new URL(m[0]).origin);
/** The files the page loads: every <script src> and <link href>, resolved against the page's URL. */
const pageAssets = (html: string, base: string) => [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => new URL(m[1]!, base));

describe("GraphiQL playground (development defaults)", () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway();
  });
  afterAll(() => gw.close());

  it("answers a browser's GET /graphql with the page, a same-origin-only CSP and nothing from another host", async () => {
    const response = await getPage(gw);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    for (const directive of csp.split(";").map((d) => d.trim())) {
      expect(directive).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    }
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script: the CSP would block it
    expect(origins(html)).toEqual([]);

    const assets = pageAssets(html, gw.url).filter((url) => url.protocol !== "data:");
    expect(assets.map((url) => url.pathname).sort()).toEqual(
      [
        "graphiql.min.css",
        "graphiql.min.js",
        "graphql-sse.min.js",
        "playground.css",
        "playground.js",
        "react-dom.production.min.js",
        "react.production.min.js",
      ].map((file) => `/playground/assets/${file}`),
    );
    for (const url of assets) {
      expect(url.origin).toBe(gw.origin);
      const asset = await fetch(url);
      expect(asset.status, url.pathname).toBe(200);
      expect(asset.headers.get("cache-control")).toContain("immutable");
      const text = await asset.text();
      // Cached for a year: the URL changes with the file, a package's with its version, ours with the content.
      const own = url.pathname.includes("/playground.");
      const version = own ? createHash("sha256").update(text).digest("hex").slice(0, 16) : packageVersionOf(url.pathname);
      expect(url.searchParams.get("v"), url.pathname).toBe(version);
      if (url.pathname.endsWith(".css")) {
        // Fonts and icons are inlined as data: URLs; nothing is fetched from elsewhere.
        expect(origins(text), url.pathname).toEqual([]);
        const urls = [...text.matchAll(/url\(\s*["']?([^"')\s]+)/g)].map((m) => m[1]!);
        expect(
          urls.filter((u) => !u.startsWith("data:") && !u.startsWith("#")),
          url.pathname,
        ).toEqual([]);
        expect(text).not.toMatch(/@import/);
      }
    }
  });

  it("leaves GraphQL requests to Apollo: a GET with a query, and POST", async () => {
    const get = await getPage(gw, "/graphql?query=%7B__typename%7D");
    expect(get.headers.get("content-type")).toMatch(/^application\/json/);
    const fromClient = await fetch(`${gw.url}?query=%7B__typename%7D`, { headers: { "apollo-require-preflight": "true" } });
    expect(await fromClient.json()).toEqual({ data: { __typename: "Query" } });
    expect((await gw.post({ query: "{ __typename }" }, { accept: BROWSER_HTML })).json).toEqual({ data: { __typename: "Query" } });
  });

  it("has example tabs that each answer a member that is not an Error, run in order with their variables as given", async () => {
    // In the tabs' order, as a user tries them: createUserGroup makes my-group, userGroupStatus watches it
    // become ACTIVE (over the event stream), and then deleteUserGroup may delete it.
    const tabs = await startGateway(undefined, { GATEWAY_LOCAL_SETTLE_MS: "3000", GATEWAY_SUBSCRIPTION_POLL_MS: "50" });
    try {
      const schema = await buildGatewaySchema(createLocalBackend(DEFAULT_SEED, "us-east-1"), "test");
      const isError = (typename: string) => (schema.getType(typename) as GraphQLObjectType).getInterfaces().some((i) => i.name === "Error");
      const fields = Object.keys(OPERATIONS);
      const answers: string[] = [];
      for (const [index, tab] of playgroundExamples(schema).entries()) {
        const field = fields[index]!;
        const variables = JSON.parse(tab.variables);
        if (tab.query.includes("\nsubscription ")) {
          const stream = await postStream(`${tabs.origin}/graphql/stream`, { query: tab.query, variables });
          expect(stream.status, field).toBe(200);
          const events = await stream.events;
          expect(events.at(-1)?.event).toBe("complete");
          const members = events.filter((e) => e.event === "next").map((e) => e.data.data[field]);
          expect(members.map((m) => `${m.__typename} ${m.status}`)).toEqual(["UserGroup CREATING", "UserGroup ACTIVE"]);
          answers.push(...members.map((m) => m.__typename as string));
        } else {
          const response = await tabs.post({ query: tab.query, variables });
          expect(response.status, response.text).toBe(200);
          expect(Object.keys(response.json.data), response.text).toEqual([field]);
          answers.push(response.json.data[field].__typename);
        }
        expect(answers.filter(isError), `${field}: ${answers.at(-1)}`).toEqual([]);
      }
      expect(answers).toContain("DeleteUserGroupSuccess");
    } finally {
      await tabs.close();
    }
  });

  it("does not serve other files of the packages", async () => {
    for (const path of ["/playground/assets/package.json", "/playground/assets/src/index.ts", "/playground/assets/../package.json"]) {
      const response = await fetch(`${gw.origin}${path}`);
      expect(response.status, path).toBe(404);
    }
  });
});

describe("GraphiQL playground in production", () => {
  it("is off under NODE_ENV=production: no page, no assets", async () => {
    const gw = await startGateway(undefined, { NODE_ENV: "production" });
    try {
      const response = await getPage(gw);
      expect(response.status).toBe(400); // Apollo's CSRF refusal of a GET without a preflight header, as before
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.text()).not.toMatch(/<html/i);
      const asset = await fetch(`${gw.origin}/playground/assets/graphiql.min.js`);
      expect(asset.status).toBe(404);
      expect(await asset.json()).toMatchObject({ errors: [{ extensions: { code: "NOT_FOUND" } }] });
    } finally {
      await gw.close();
    }
  });

  it("is on again with GATEWAY_PLAYGROUND=true", async () => {
    const gw = await startGateway(undefined, { NODE_ENV: "production", GATEWAY_PLAYGROUND: "true" });
    try {
      const response = await getPage(gw);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("graphiql.min.js");
    } finally {
      await gw.close();
    }
  });
});

describe("GraphiQL playground in Chromium, offline", () => {
  let gw: TestGateway;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  /** Requests the page tried to send off this machine (aborted), and every request it sent. */
  const blocked: string[] = [];
  const sent: { url: string; authorization: string | undefined }[] = [];
  /** Console errors and warnings (a CSP violation is one), and uncaught exceptions. */
  const problems: string[] = [];
  const watchProblems = (tab: Page) => {
    tab.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
    });
    tab.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  };
  /** Why the browser did not start: then every test below fails with it (a missing browser fails, it never skips). */
  let launchFailure: unknown;

  beforeAll(async () => {
    gw = await startGateway();
    profile = mkdtempSync(join(tmpdir(), "playground-chromium-"));
    try {
      // A fresh, empty profile: Playwright takes it as userDataDir (it refuses a --user-data-dir argument).
      // The package's Chromium finds its own shared libraries and fonts through env (LD_LIBRARY_PATH, FONTCONFIG_PATH).
      const { executablePath, env } = await chromiumLaunch();
      context = await chromium.launchPersistentContext(profile, {
        executablePath,
        env: { ...process.env, ...env },
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
        viewport: { width: 1440, height: 900 },
      });
      await context.route("**/*", (route) => {
        const request = route.request();
        if (!isLoopback(request.url())) {
          blocked.push(request.url());
          return route.abort();
        }
        sent.push({ url: request.url(), authorization: request.headers().authorization });
        return route.continue();
      });
      page = context.pages()[0] ?? (await context.newPage());
      watchProblems(page);
    } catch (error) {
      launchFailure = error;
    }
  }, 60_000);
  beforeEach(() => {
    if (launchFailure) throw launchFailure;
  });
  afterAll(async () => {
    await context?.close();
    await gw?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("runs the createUserGroup example and shows the answer's __typename", { timeout: 60_000 }, async () => {
    await page.goto(gw.url, { waitUntil: "load" });
    await page.locator(".graphiql-query-editor", { hasText: "mutation CreateUserGroup" }).waitFor();
    await page.locator(".graphiql-execute-button").click();
    await responseContains(page, '"__typename": "CreateUserGroupSuccess"');
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, "playground.png") });

    expect(gw.account.userGroups.has("my-group")).toBe(true);
    expect(await visibleToolEditor(page).textContent()).toContain('"Authorization": "Bearer <token>"');
    expect(blocked).toEqual([]);
    expect(sent.map(({ url }) => new URL(url).origin)).toEqual(sent.map(() => gw.origin));
    // The header template is not sent until <token> is replaced: the local gateway takes anonymous callers.
    expect(sent.filter(({ url }) => url === gw.url).map(({ authorization }) => authorization)).not.toContain("Bearer <token>");
    expect(problems).toEqual([]);
  });

  it("runs the createBrokerUser example in the second tab, and sends the Authorization header once filled in", { timeout: 60_000 }, async () => {
    await page.locator(".graphiql-tab", { hasText: "CreateBrokerUser" }).click();
    await page.locator(".graphiql-query-editor", { hasText: "mutation CreateBrokerUser" }).waitFor();
    // GraphiQL takes the tab's operation name from its (debounced) editor-change handler, which also stores it.
    // (A function, not a string: the page's CSP refuses string evaluation.)
    await page.waitForFunction(() => (globalThis as unknown as BrowserGlobals).localStorage.getItem("graphiql:operationName") === "CreateBrokerUser");
    await page.locator(".graphiql-execute-button").click();
    await responseContains(page, '"__typename": "CreateBrokerUserSuccess"');

    await visibleToolEditor(page).locator(".CodeMirror").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText('{ "Authorization": "ApiKey not-a-configured-key" }');
    await page.locator(".graphiql-execute-button").click();
    await responseContains(page, '"code": "UNAUTHENTICATED"');
    expect(sent.at(-1)).toEqual({ url: gw.url, authorization: "ApiKey not-a-configured-key" });
    expect(blocked).toEqual([]);
    expect(problems.filter((p) => !p.includes("status of 401"))).toEqual([]);
  });

  it("creates a group, watches it become ACTIVE in the userGroupStatus tab's event stream, and deletes it", { timeout: 60_000 }, async () => {
    // Its own gateway, whose groups settle soon and whose subscriptions poll often, and its own origin,
    // so GraphiQL starts with fresh tabs. The settling time leaves the test time to open the second tab.
    const lifecycle = await startGateway(undefined, { GATEWAY_LOCAL_SETTLE_MS: "4000", GATEWAY_SUBSCRIPTION_POLL_MS: "100" });
    const tab = await context.newPage();
    watchProblems(tab);
    const [blockedBefore, problemsBefore] = [blocked.length, problems.length];
    try {
      await tab.goto(lifecycle.url, { waitUntil: "load" });
      await tab.locator(".graphiql-query-editor", { hasText: "mutation CreateUserGroup" }).waitFor();
      await tab.locator(".graphiql-execute-button").click();
      await responseContains(tab, '"__typename": "CreateUserGroupSuccess"');
      expect(await tab.locator(".graphiql-response").textContent()).toContain('"status": "CREATING"');

      // Running a tab empties the response pane first: CREATING is the stream's first event.
      await runTab(tab, "UserGroupStatus");
      await responseContains(tab, '"status": "CREATING"');
      // The stream is open: GraphiQL offers to stop it.
      await tab.getByRole("button", { name: "Stop query (Ctrl-Enter)" }).waitFor();
      await responseContains(tab, '"status": "ACTIVE"');
      // The gateway completed the subscription after the final state: GraphiQL offers to run again.
      await tab.getByRole("button", { name: "Execute query (Ctrl-Enter)" }).waitFor();
      expect(await tab.locator(".graphiql-response").textContent()).toContain('"__typename": "UserGroup"');
      await tab.screenshot({ path: join(OUTPUT, "playground-subscription.png") });
      expect(sent.filter(({ url }) => url === `${lifecycle.origin}/graphql/stream`)).toEqual([
        { url: `${lifecycle.origin}/graphql/stream`, authorization: undefined },
      ]);

      await runTab(tab, "DeleteUserGroup");
      await responseContains(tab, '"__typename": "DeleteUserGroupSuccess"');
      expect(await tab.locator(".graphiql-response").textContent()).toContain('"status": "DELETING"');
      expect(lifecycle.account.userGroups.get("my-group")?.status).toBe("DELETING");
      expect(blocked.slice(blockedBefore)).toEqual([]);
      expect(problems.slice(problemsBefore)).toEqual([]);
    } finally {
      await tab.close();
      await lifecycle.close();
    }
  });

  it("shows the examples' longest line, the broker id, whole in the variables editor, down to a 1200-pixel-wide window", async () => {
    // The editors' column is kept wide enough by PLAYGROUND_CSS; CodeMirror does not wrap lines, it scrolls.
    // At 1440 pixels the column is wide enough without that rule too: 1200 is where the rule decides.
    await page.locator(".graphiql-tab", { hasText: "CreateBrokerUser" }).click();
    await page.getByRole("button", { name: "Variables" }).click();
    try {
      for (const width of [1440, 1200]) {
        await page.setViewportSize({ width, height: 900 });
        const editor = visibleToolEditor(page);
        expect(await editor.textContent()).toContain('"brokerId": "b-1f5a2c3d-0000-4000-8000-00000000a001"');
        await page.screenshot({ path: join(OUTPUT, `playground-variables-${width}.png`) });
        const { content, shown } = await editor
          .locator(".CodeMirror-scroll")
          .evaluate((scroll: { scrollWidth: number; clientWidth: number }) => ({ content: scroll.scrollWidth, shown: scroll.clientWidth }));
        expect(content, `the variables editor at ${width} pixels`).toBeLessThanOrEqual(shown);
      }
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.getByRole("button", { name: "Headers" }).click();
    }
  });
});

/** What the test uses of the page's globals (the test is compiled without the DOM library). */
type BrowserGlobals = { localStorage: { getItem(key: string): string | null } };

/** Opens the tab of an example and runs it, once GraphiQL has taken the tab's operation name from its editor. */
async function runTab(page: Page, operationName: string): Promise<void> {
  await page.locator(".graphiql-tab", { hasText: operationName }).click();
  await page.locator(".graphiql-query-editor", { hasText: ` ${operationName}(` }).waitFor();
  await page.waitForFunction((name) => (globalThis as unknown as BrowserGlobals).localStorage.getItem("graphiql:operationName") === name, operationName);
  await page.locator(".graphiql-execute-button").click();
}

/** The editor of the open tool pane (variables or headers) under the query editor. */
const visibleToolEditor = (page: Page) => page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden)");

const responseContains = (page: Page, text: string) => page.locator(".graphiql-response").filter({ hasText: text }).waitFor({ timeout: 20_000 });

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:") return true;
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}
