import { lengthRule, type Violation } from "./violation";

/** The longest idempotency key, in characters: a UUID fits many times over, a payload does not. */
const MAX_KEY_LENGTH = 255;

/** A mutation's idempotency key, when given: 1 to 255 characters. The gateway's own rule: AWS never sees the key. */
export function validateIdempotencyKey(key: string | null | undefined): Violation[] {
  const violation = key == null ? undefined : lengthRule(["idempotencyKey"], key, 1, MAX_KEY_LENGTH);
  return violation ? [violation] : [];
}
