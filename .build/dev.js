// @ts-check
"use strict";
/**
 * `npm run dev`: Node's watch mode (`node --watch-path=src`) restarts this file whenever a file under
 * src/ changes. Each run rebuilds dist/gateway.js when it is stale, then runs the gateway in this
 * process, which watch mode stops with SIGTERM (a graceful shutdown) before the next run. A build that
 * fails leaves nothing running until the next change.
 */
const { buildIfStale } = require("./build-if-stale");

if (!buildIfStale()) process.exit(1);
process.setSourceMapsEnabled(true);
require("../dist/gateway.js");
