/** The Node.js line access-gateway recommends: the current LTS. */
export const RECOMMENDED_NODE = 24;
/** The oldest Node.js line still maintained upstream; older lines are past their end of life. */
const OLDEST_MAINTAINED_NODE = 22;

/**
 * The one line to print at start-up on a Node.js past its end of life, else undefined. Such a Node still
 * runs the gateway as long as the pinned AWS SDK supports it (its releases after early January 2027 need
 * Node 22 or later).
 */
export function nodeSupportNotice(version: string): string | undefined {
  const major = Number(/^v(\d+)\./.exec(version)?.[1]);
  if (!(major < OLDEST_MAINTAINED_NODE)) return undefined;
  return `Node ${major} is past its end of life; access-gateway recommends Node ${RECOMMENDED_NODE} (the current LTS)`;
}

/**
 * The AWS SDK's documented switch for its own Node.js support warning (seven lines on standard error,
 * once per process): nodeSupportNotice says the same in one line.
 */
export const SDK_NODE_WARNING_SWITCH = "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED";
