import type { CreateUserGroupRequest } from "../ports/user-groups";
import { firstOf, lengthRule, patternRule, type Violation } from "./violation";

// AWS stores user group ids in lower case, so either case is accepted here.
const USER_GROUP_ID = /^[a-z][a-z0-9-]*$/i;
const USER_ID = /^[a-zA-Z][a-zA-Z0-9-]*$/;
const IDENTIFIER = "must start with a letter and contain only letters, digits and hyphens";
const RESERVED_TAG_PREFIX = /^aws:/i;

/** The documented AWS input rules of ElastiCache CreateUserGroup; every broken rule is reported. */
export function validateCreateUserGroup(request: CreateUserGroupRequest): Violation[] {
  const violations: (Violation | undefined)[] = validateUserGroupId(request.userGroupId);

  if (request.userIds?.length === 0) {
    violations.push({ path: ["userIds"], constraint: "MIN_ITEMS", message: "userIds must list at least 1 user when given." });
  }
  violations.push(...(request.userIds ?? []).map((id, i) => identifier(["userIds", String(i)], id, USER_ID)));

  request.tags?.forEach((tag, i) => {
    const at = (field: string) => ["tags", String(i), field];
    violations.push(
      firstOf(
        () => lengthRule(at("key"), tag.key, 1, 128),
        () =>
          RESERVED_TAG_PREFIX.test(tag.key)
            ? { path: at("key"), constraint: "RESERVED_PREFIX", message: `${at("key").join(".")} must not start with "aws:", which AWS reserves.` }
            : undefined,
      ),
    );
    if (tag.value !== null) violations.push(lengthRule(at("value"), tag.value, 0, 256));
  });

  return violations.filter((v): v is Violation => v !== undefined);
}

/** The rule of a user group id (an argument, or a field of an input): path ["userGroupId"]. */
export const validateUserGroupId = (userGroupId: string): Violation[] =>
  [identifier(["userGroupId"], userGroupId, USER_GROUP_ID)].filter((v): v is Violation => v !== undefined);

function identifier(path: string[], value: string, pattern: RegExp): Violation | undefined {
  return firstOf(
    () => lengthRule(path, value, 1),
    () => patternRule(path, value, pattern, IDENTIFIER),
  );
}
