import type { CacheUserFault, DescribeUsersRuleFault } from "../elasticache/simulated-cache-users";
import type { DeleteRuleFault, ModifyRuleFault } from "../elasticache/simulated-user-group-changes";
import type { DescribeUserGroupsRuleFault } from "../elasticache/simulated-user-group-reads";
import type { UserGroupRuleFault } from "../elasticache/simulated-user-groups";
import type { AnswerFault } from "../fault-script";
import { queryError } from "./query-protocol";
import { answer, htmlErrorPage, type WireAnswer, XML } from "./wire-answer";

/** A fault the shared ElastiCache rules answer. */
export type ElastiCacheDomainFault =
  | UserGroupRuleFault
  | CacheUserFault
  | DescribeUsersRuleFault
  | DescribeUserGroupsRuleFault
  | ((ModifyRuleFault | DeleteRuleFault) & { readonly userGroupId?: string });

/** Domain fault code to the wire code and HTTP status AWS answers (its API reference for each fault); the SDK maps the code back to its class. */
export const ELASTICACHE_WIRE_FAULTS = {
  UserNotFound: { code: "UserNotFound", status: 404 },
  DuplicateUserName: { code: "DuplicateUserName", status: 400 },
  UserGroupAlreadyExists: { code: "UserGroupAlreadyExists", status: 400 },
  ServiceLinkedRoleNotFound: { code: "ServiceLinkedRoleNotFoundFault", status: 400 },
  DefaultUserRequired: { code: "DefaultUserRequired", status: 400 },
  UserGroupQuotaExceeded: { code: "UserGroupQuotaExceeded", status: 400 },
  InvalidParameterValue: { code: "InvalidParameterValue", status: 400 },
  TagQuotaPerResourceExceeded: { code: "TagQuotaPerResourceExceeded", status: 400 },
  UserAlreadyExists: { code: "UserAlreadyExists", status: 400 },
  UserGroupNotFound: { code: "UserGroupNotFound", status: 404 },
  InvalidUserGroupState: { code: "InvalidUserGroupState", status: 400 },
  InvalidParameterCombination: { code: "InvalidParameterCombination", status: 400 },
} as const satisfies Record<ElastiCacheDomainFault["code"], { readonly code: string; readonly status: number }>;

/** The wire answer for a domain fault. Messages name ids (AWS does, and the adapter reads them), never secrets. */
export function elastiCacheFaultAnswer(fault: ElastiCacheDomainFault, requestId: string): WireAnswer {
  const { code, status } = ELASTICACHE_WIRE_FAULTS[fault.code];
  return queryError(status, code, message(fault), requestId);
}

function message(fault: ElastiCacheDomainFault): string {
  switch (fault.code) {
    case "UserNotFound":
      return `User${fault.userIds.length > 1 ? "s" : ""} ${fault.userIds.join(", ")} not found.`;
    case "UserGroupNotFound":
      return fault.userGroupId === undefined ? "User group not found." : `User group ${fault.userGroupId} not found.`;
    case "InvalidParameterValue":
    case "InvalidParameterCombination":
      return fault.reason;
    case "InvalidUserGroupState":
      return "The user group is not in the active state, or a cache uses it.";
    case "DuplicateUserName":
      return "Two or more of the listed users have the same user name.";
    case "UserGroupAlreadyExists":
      return "A user group with this id already exists.";
    case "ServiceLinkedRoleNotFound":
      return "The ElastiCache service-linked role does not exist in this account.";
    case "DefaultUserRequired":
      return "A user group must contain a user with the user name default.";
    case "UserGroupQuotaExceeded":
      return "The quota of user groups (or of users per group) has been reached.";
    case "TagQuotaPerResourceExceeded":
      return "A resource can have at most 50 tags.";
    case "UserAlreadyExists":
      return "A user with this id already exists.";
  }
}

/** How ElastiCache (AWS Query, XML) acts out each scripted fault. */
const ACTED_OUT = {
  throttling: (id) => queryError(400, "Throttling", "Rate exceeded", id),
  unavailable: (id) => queryError(503, "ServiceUnavailable", "The service is unavailable. Please try again later.", id, "Receiver"),
  internal: (id) => queryError(500, "InternalFailure", "The request processing has failed because of an unknown error.", id, "Receiver"),
  reset: () => ({ kind: "reset" }),
  // Carried out first (simulateCall), then no answer: the connection is reset.
  lost: () => ({ kind: "reset" }),
  hang: () => ({ kind: "hang" }),
  // A 200 whose XML stops mid-element: what a connection cut mid-answer leaves behind.
  malformed: (_, action) => answer(200, XML, `<${action}Response xmlns="http://elasticache.amazonaws.com/doc/2015-02-02/"><${action}Result><Us`),
  html: () => htmlErrorPage(),
} as const satisfies Record<AnswerFault["kind"], (requestId: string, action: string) => WireAnswer>;

export const elastiCacheActOut = (fault: AnswerFault, requestId: string, action: string): WireAnswer => ACTED_OUT[fault.kind](requestId, action);
