import type { Page, PageRequest } from "../../ports/page";
import { fail, ok, type Result, type UpstreamFault } from "../../ports/result";
import type { DescribeUserGroupsFault, UserGroup } from "../../ports/user-groups";
import type { SimulatedAccount } from "../account";
import { scriptedFault } from "../documented-faults";
import { recordPage } from "./record-pages";
import { described, settleUserGroups } from "./user-group-lifecycle";

/** DescribeUserGroups' faults; UserGroupNotFound names the id, as AWS's message does. */
export type DescribeUserGroupsRuleFault = Exclude<DescribeUserGroupsFault, UpstreamFault> & { readonly userGroupId?: string };

const FAULTS: readonly DescribeUserGroupsRuleFault["code"][] = ["UserGroupNotFound", "InvalidParameterCombination", "ServiceLinkedRoleNotFound"];

/**
 * ElastiCache DescribeUserGroups: the group named (UserGroupNotFound when there is none), or a page of
 * every group in the order they were made, with each status as it stands now.
 */
export function describeUserGroups(
  account: SimulatedAccount,
  request: { readonly userGroupId?: string } & Partial<PageRequest>,
): Result<Page<UserGroup>, DescribeUserGroupsRuleFault> {
  account.allow("elasticache:DescribeUserGroups");
  settleUserGroups(account);
  const scripted = scriptedFault<DescribeUserGroupsRuleFault>(account, "elasticache:DescribeUserGroups", FAULTS);
  if (scripted) return fail(scripted);
  if (!account.serviceLinkedRole) return fail({ code: "ServiceLinkedRoleNotFound" });
  const groups = [...account.userGroups.values()].filter((g) => request.userGroupId === undefined || g.userGroupId === request.userGroupId.toLowerCase());
  if (request.userGroupId !== undefined && groups.length === 0) return fail({ code: "UserGroupNotFound", userGroupId: request.userGroupId });
  return ok(
    recordPage(
      groups.map((g) => ({ position: g.position, value: described(g) })),
      request,
    ),
  );
}
