import type { CreateBrokerUserRequest } from "../ports/broker-users";
import { firstOf, lengthRule, patternRule, type Violation } from "./violation";

const MQ_NAME = /^[A-Za-z0-9._~-]+$/;
const MQ_NAME_RULE = "must contain only letters, digits and the characters - . _ ~";
const MAX_GROUPS = 20;

/** The documented AWS input rules of Amazon MQ CreateUser; every broken rule is reported. */
export function validateCreateBrokerUser(request: CreateBrokerUserRequest): Violation[] {
  const violations: (Violation | undefined)[] = [
    lengthRule(["brokerId"], request.brokerId, 1),
    mqName(["username"], request.username),
    ...passwordRules(request.password),
  ];

  if (request.groups.length > MAX_GROUPS) {
    violations.push({ path: ["groups"], constraint: "MAX_ITEMS", message: `groups must list at most ${MAX_GROUPS} groups.` });
  }
  violations.push(...request.groups.map((group, i) => mqName(["groups", String(i)], group)));

  if (request.consoleAccess && request.replicationUser) {
    violations.push({
      path: ["replicationUser"],
      constraint: "MUTUALLY_EXCLUSIVE",
      message: "replicationUser cannot be true together with consoleAccess.",
    });
  }
  return violations.filter((v): v is Violation => v !== undefined);
}

function mqName(path: string[], value: string): Violation | undefined {
  return firstOf(
    () => lengthRule(path, value, 2, 100),
    () => patternRule(path, value, MQ_NAME, MQ_NAME_RULE),
  );
}

/** Password rules. Their messages describe the rule only: a password is never echoed. */
function passwordRules(password: string): (Violation | undefined)[] {
  const path = ["password"];
  return [
    lengthRule(path, password, 12),
    new Set(password).size < 4 ? { path, constraint: "MIN_DISTINCT_CHARACTERS", message: "password must contain at least 4 different characters." } : undefined,
    /[,:=]/.test(password)
      ? { path, constraint: "FORBIDDEN_CHARACTERS", message: "password must not contain commas, colons or equal signs (, : =)." }
      : undefined,
  ];
}
