import "reflect-metadata";

// The AWS SDK's seven-line Node.js support warning, once per test file on Node 20: the gateway turns it
// off the same way at start-up (src/main.ts) and says it in one line of its own.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
