import type { ElastiCacheClient } from "@aws-sdk/client-elasticache";
import type { MqClient } from "@aws-sdk/client-mq";
import toFastProperties from "to-fast-properties";
import { carryDeadlines } from "./call-deadline";
import { userAgentOnce } from "./user-agent-once";

/**
 * What the gateway's SDK clients leave out of each call, through the SDK's configuration and middleware
 * stack; the bytes each call sends are unchanged. Applied once, right after the client is built.
 */
export function tuneClient(client: ElastiCacheClient | MqClient): void {
  // The SDK's logger middleware formats every call's input and output for its logger, a no-op one by
  // default: a measurable share of each call's CPU, for nothing. The gateway logs each call itself, and
  // an SDK logger would be handed broker passwords.
  client.middlewareStack.remove("loggerMiddleware");
  userAgentOnce(client.middlewareStack);
  // The recursion-detection middleware forwards an AWS Lambda invocation's trace id; the gateway is a
  // server, never a Lambda function, and the middleware looks for one on every call.
  client.middlewareStack.remove("recursionDetectionMiddleware");
  signerOnce(client.config);
  carryDeadlines(client.middlewareStack);
  // The SDK builds its client configuration with Object.assign, which leaves V8 keeping its properties in
  // a hash table ("dictionary mode"), and copies it with {...config} on each call (endpoint, serializer,
  // deserializer), which is many times slower than once V8 keeps them in its fast layout;
  // to-fast-properties makes it do that (the same object).
  toFastProperties(client.config);
}

type SignerOf = ElastiCacheClient["config"]["signer"];

/**
 * The SDK builds a SigV4 signer for every call, copying the whole client configuration into it; the
 * signer it builds is the same each time (it keeps the signing region and name of the first call), and it
 * asks the credentials provider for the current credentials whenever it signs. So one is built, on the
 * first call, and built again only if that failed.
 */
function signerOnce(config: { signer: SignerOf }): void {
  const build = config.signer;
  let built: ReturnType<SignerOf> | undefined;
  config.signer = (authScheme) => {
    built ??= build(authScheme).catch((error: unknown) => {
      built = undefined;
      throw error;
    });
    return built;
  };
}
