'use strict';
/**
 * Preloaded into a server under test (`node --expose-gc -r ./test/bench/gc-on-signal.js ...`): on
 * SIGUSR2 it runs full garbage collections and writes one line to stderr with the memory left, so the
 * harness reads the resident size after GC at a moment it chooses.
 */
process.on('SIGUSR2', () => {
  if (typeof global.gc !== 'function') {
    process.stderr.write('bench-gc unavailable: start node with --expose-gc\n');
    return;
  }
  // Twice: the first collection can leave work (weak callbacks, finalizers) that the second reclaims.
  global.gc();
  setImmediate(() => {
    global.gc();
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    // V8's young generation grows under load up to its maximum: RSS can rise with no object retained.
    const spaces = Object.fromEntries(require('node:v8').getHeapSpaceStatistics().map((s) => [s.space_name, s.space_size]));
    const heapSpaces = { newSpaceBytes: spaces.new_space, oldSpaceBytes: spaces.old_space };
    process.stderr.write(`bench-gc ${JSON.stringify({ rss, heapUsed, heapTotal, external, arrayBuffers, ...heapSpaces })}\n`);
  });
});
