import { createUnionType } from "type-graphql";
import type { CacheUsersFault } from "../../ports/cache-users";
import { COMMON_MEMBERS, memberByCode } from "../result-members";
import { UpstreamThrottled, UpstreamUnavailable } from "../upstream-errors";
import { InvalidParameterCombination, ServiceLinkedRoleNotFound, UserNotFound } from "../user-groups/result";
import { CacheUserConnection } from "./types";

export const CacheUsersResult = createUnionType({
  name: "CacheUsersResult",
  types: () => [CacheUserConnection, UserNotFound, InvalidParameterCombination, ServiceLinkedRoleNotFound, ...COMMON_MEMBERS] as const,
});
export type CacheUsersResult = typeof CacheUsersResult;

export const cacheUsersFaultMember = memberByCode<CacheUsersFault, CacheUsersResult>({
  UserNotFound: UserNotFound.of,
  InvalidParameterCombination: InvalidParameterCombination.of,
  ServiceLinkedRoleNotFound: ServiceLinkedRoleNotFound.of,
  UpstreamThrottled: UpstreamThrottled.of,
  UpstreamUnavailable: UpstreamUnavailable.of,
});
