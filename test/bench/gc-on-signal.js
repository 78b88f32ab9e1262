"use strict";
/**
 * Preloaded into a server under test (`node --expose-gc -r ./test/bench/gc-on-signal.js ...`): on
 * SIGUSR2 it runs full garbage collections and writes one line to stderr with the memory left, so the
 * harness reads the resident size after GC at a moment it chooses.
 *
 * On V8 12 and later (Node 22+) the collections are memory-reducing ('last-resort': what V8 runs when the
 * system is short of memory), so V8 also gives back the pages it keeps for reuse: on Node 24 a plain
 * gc() left RSS at 254 MB where this leaves 124 MB. Node 20's V8 11 has no such option, and given an
 * options object it collects less (40 of 48 MB of garbage left, checked), so it gets a plain gc().
 * Either way V8 shrinks its young generation only once the allocation rate has dropped, which is why
 * the harness lets the server go idle first (memoryPoint in scenarios.js).
 */
const v8 = require("node:v8");

const MEMORY_REDUCING = Number(process.versions.v8.split(".")[0]) >= 12;
/** global.gc, there under --expose-gc (checked before each use). */
const gc = () => /** @type {NonNullable<typeof global.gc>} */ (global.gc);
const collect = () => (MEMORY_REDUCING ? gc()({ type: "major", execution: "sync", flavor: "last-resort" }) : gc()());

process.on("SIGUSR2", () => {
  if (typeof global.gc !== "function") {
    process.stderr.write("bench-gc unavailable: start node with --expose-gc\n");
    return;
  }
  // Twice: the first collection can leave work (weak callbacks, finalizers) that the second reclaims.
  collect();
  setImmediate(() => {
    collect();
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_size]));
    const heapSpaces = { newSpaceBytes: spaces.new_space, oldSpaceBytes: spaces.old_space };
    process.stderr.write(`bench-gc ${JSON.stringify({ rss, heapUsed, heapTotal, external, arrayBuffers, ...heapSpaces })}\n`);
  });
});
