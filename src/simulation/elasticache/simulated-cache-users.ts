import type { CacheUsersFault } from "../../ports/cache-users";
import type { Page, PageRequest } from "../../ports/page";
import { type Fault, fail, ok, type Result, type UpstreamFault } from "../../ports/result";
import type { SimulatedAccount } from "../account";
import { scriptedFault } from "../documented-faults";
import type { SeedUser } from "../seed";
import { recordPage } from "./record-pages";
import { settleUserGroups } from "./user-group-lifecycle";

const USER_ID = /^[a-zA-Z][a-zA-Z0-9-]*$/;
const PASSWORD_LENGTH = { min: 16, max: 128 } as const;
const MINIMUM_ENGINE_VERSION = { redis: "6.0", valkey: "7.2" } as const;
/** What AWS answers for a user whose access string it was never told (seeded users). */
const DEFAULT_ACCESS_STRING = "on ~* +@all";

export type CacheEngine = SeedUser["engine"];
export type Authentication = SeedUser["authentication"];

/** ElastiCache CreateUser. Passwords are checked and counted, never kept. */
export interface CreateCacheUserRequest {
  readonly userId: string;
  readonly userName: string;
  readonly engine: CacheEngine;
  readonly accessString: string;
  readonly authentication: Authentication;
  readonly passwords: readonly string[];
}

/** A user as ElastiCache describes it. */
export interface CacheUser {
  readonly userId: string;
  readonly userName: string;
  readonly status: "active";
  readonly engine: CacheEngine;
  readonly minimumEngineVersion: string;
  readonly accessString: string;
  readonly userGroupIds: readonly string[];
  readonly authentication: { readonly type: Authentication; readonly passwordCount: number };
  readonly arn: string;
}

/** The faults of CreateUser this simulation models. */
export type CacheUserFault = Fault<"UserAlreadyExists"> | Fault<"InvalidParameterValue", { readonly reason: string }>;

/** The faults AWS documents for DescribeUsers. */
export type DescribeUsersRuleFault = Exclude<CacheUsersFault, UpstreamFault>;

const DESCRIBE_FAULTS: readonly DescribeUsersRuleFault["code"][] = ["UserNotFound", "InvalidParameterCombination", "ServiceLinkedRoleNotFound"];

/** What the account keeps of a user made by CreateUser: a seed user plus what Describe answers. */
interface StoredUser extends SeedUser {
  readonly accessString?: string;
  readonly passwordCount?: number;
}

/**
 * ElastiCache CreateUser, kept simple: user ids are unique (case-insensitively, as AWS stores them in
 * lower case); user names may repeat, as in AWS, where only a user group insists on distinct names.
 */
export function createCacheUser(account: SimulatedAccount, request: CreateCacheUserRequest): Result<CacheUser, CacheUserFault> {
  account.allow("elasticache:CreateUser");
  const reason = invalid(request);
  if (reason) return fail({ code: "InvalidParameterValue", reason });
  const userId = request.userId.toLowerCase();
  if (account.users.has(userId)) return fail({ code: "UserAlreadyExists" });
  const passwordCount = request.authentication === "password" ? request.passwords.length : 0;
  const { userName, engine, authentication, accessString } = request;
  const user: StoredUser = { userId, userName, engine, authentication, accessString, passwordCount };
  account.users.set(userId, user);
  return ok(describe(account, user));
}

/**
 * ElastiCache DescribeUsers: a page of every user (or the one named: UserNotFound when there is none), of
 * an engine if given, in the order they were made.
 */
export function describeCacheUsers(
  account: SimulatedAccount,
  request: { readonly userId?: string; readonly engine?: CacheEngine } & Partial<PageRequest>,
): Result<Page<CacheUser>, DescribeUsersRuleFault> {
  account.allow("elasticache:DescribeUsers");
  settleUserGroups(account);
  const scripted = scriptedFault<DescribeUsersRuleFault>(account, "elasticache:DescribeUsers", DESCRIBE_FAULTS);
  if (scripted) return fail(scripted);
  if (!account.serviceLinkedRole) return fail({ code: "ServiceLinkedRoleNotFound" });
  const { userId, engine } = request;
  const users = [...account.users.values()]
    .map((user, position) => ({ position, value: user }))
    .filter(({ value: u }) => (userId === undefined || u.userId.toLowerCase() === userId.toLowerCase()) && (!engine || u.engine === engine));
  if (userId !== undefined && users.length === 0) return fail({ code: "UserNotFound", userIds: [userId] });
  return ok(
    recordPage(
      users.map(({ position, value }) => ({ position, value: describe(account, value) })),
      request,
    ),
  );
}

function invalid(request: CreateCacheUserRequest): string | undefined {
  if (!USER_ID.test(request.userId)) return "UserId must start with a letter and contain only letters, digits and hyphens.";
  if (request.userName === "") return "UserName must not be empty.";
  if (request.accessString === "") return "AccessString must not be empty.";
  if (request.authentication !== "password") {
    return request.passwords.length > 0 ? "Passwords cannot be given unless the authentication type is password." : undefined;
  }
  if (request.passwords.length === 0) return "At least one password is required for password authentication.";
  if (request.passwords.length > 2) return "A user can have at most 2 passwords.";
  const { min, max } = PASSWORD_LENGTH;
  if (request.passwords.some((p) => p.length < min || p.length > max)) return `Passwords must be ${min} to ${max} characters long.`;
  return undefined;
}

function describe(account: SimulatedAccount, user: StoredUser): CacheUser {
  const userId = user.userId.toLowerCase();
  return {
    userId,
    userName: user.userName,
    status: "active",
    engine: user.engine,
    minimumEngineVersion: MINIMUM_ENGINE_VERSION[user.engine],
    accessString: user.accessString ?? DEFAULT_ACCESS_STRING,
    userGroupIds: [...account.userGroups.values()].filter((g) => g.userIds.includes(userId)).map((g) => g.userGroupId),
    authentication: { type: user.authentication, passwordCount: user.passwordCount ?? (user.authentication === "password" ? 1 : 0) },
    arn: account.arn("elasticache", `user:${userId}`),
  };
}
