import type { CreateUserGroupRequest, ModifyUserGroupRequest } from "../ports/user-groups";
import { firstOf, lengthRule, patternRule, type Violation } from "./violation";

// AWS stores user group ids in lower case, so either case is accepted here.
const USER_GROUP_ID = /^[a-z][a-z0-9-]*$/i;
const USER_ID = /^[a-zA-Z][a-zA-Z0-9-]*$/;
const IDENTIFIER = "must start with a letter and contain only letters, digits and hyphens";
const RESERVED_TAG_PREFIX = /^aws:/i;
/** A group holds at most 100 users (the per-group quota), so no change names more. */
const MAX_IDS_PER_CHANGE = 100;

/** The documented AWS input rules of ElastiCache CreateUserGroup; every broken rule is reported. */
export function validateCreateUserGroup(request: CreateUserGroupRequest): Violation[] {
  const violations: (Violation | undefined)[] = validateUserGroupId(["userGroupId"], request.userGroupId);

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

/** The id of an existing user group (DescribeUserGroups, DeleteUserGroup), at `path`. */
export const validateUserGroupId = (path: readonly string[], userGroupId: string): Violation[] =>
  [identifier([...path], userGroupId, USER_GROUP_ID)].filter((v): v is Violation => v !== undefined);

/** The id of an existing ElastiCache user (DescribeUsers), at `path`. */
export const validateUserId = (path: readonly string[], userId: string): Violation[] =>
  [identifier([...path], userId, USER_ID)].filter((v): v is Violation => v !== undefined);

/**
 * The input rules of ElastiCache ModifyUserGroup: the ids' patterns, at most 100 ids per list, at least
 * one id to add or remove (an empty list is no list), and no id in both lists (ids compare in any case,
 * as AWS stores them in lower case).
 */
export function validateModifyUserGroup(request: ModifyUserGroupRequest): Violation[] {
  const violations: (Violation | undefined)[] = [identifier(["userGroupId"], request.userGroupId, USER_GROUP_ID)];
  const lists = { userIdsToAdd: request.userIdsToAdd, userIdsToRemove: request.userIdsToRemove };
  for (const [name, ids] of Object.entries(lists)) {
    if (ids.length > MAX_IDS_PER_CHANGE) {
      violations.push({ path: [name], constraint: "MAX_ITEMS", message: `${name} must list at most ${MAX_IDS_PER_CHANGE} user ids.` });
    }
    violations.push(...ids.map((id, i) => identifier([name, String(i)], id, USER_ID)));
  }
  if (request.userIdsToAdd.length === 0 && request.userIdsToRemove.length === 0) {
    violations.push({ path: ["userIdsToAdd"], constraint: "REQUIRED_ONE_OF", message: "userIdsToAdd or userIdsToRemove must list at least one user id." });
  }
  const added = new Set(request.userIdsToAdd.map((id) => id.toLowerCase()));
  request.userIdsToRemove.forEach((id, i) => {
    if (added.has(id.toLowerCase())) {
      const message = `userIdsToRemove.${i} is also in userIdsToAdd; a user is either added or removed.`;
      violations.push({ path: ["userIdsToRemove", String(i)], constraint: "MUTUALLY_EXCLUSIVE", message });
    }
  });
  return violations.filter((v): v is Violation => v !== undefined);
}

function identifier(path: string[], value: string, pattern: RegExp): Violation | undefined {
  return firstOf(
    () => lengthRule(path, value, 1),
    () => patternRule(path, value, pattern, IDENTIFIER),
  );
}
