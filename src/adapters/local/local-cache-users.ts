import type { AuthenticationType, CacheUser, CacheUsers, CacheUsersFault, ListCacheUsersRequest } from "../../ports/cache-users";
import type { InvalidMarker, Page } from "../../ports/page";
import { mapOk, type Result } from "../../ports/result";
import type { SimulatedAccount } from "../../simulation/account";
import { type Authentication, describeCacheUsers, type CacheUser as SimulatedCacheUser } from "../../simulation/elasticache/simulated-cache-users";
import { elastiCachePage, localCall } from "./local-call";

const AUTHENTICATION_TYPES = { password: "PASSWORD", "no-password": "NO_PASSWORD", iam: "IAM" } as const satisfies Record<Authentication, AuthenticationType>;
const ENGINES = { redis: "REDIS", valkey: "VALKEY" } as const;
const SIMULATED_ENGINES = { REDIS: "redis", VALKEY: "valkey" } as const;

/** The CacheUsers port on the simulated account. */
export class LocalCacheUsers implements CacheUsers {
  constructor(private readonly account: SimulatedAccount) {}

  get(userId: string): Promise<Result<CacheUser, CacheUsersFault>> {
    return localCall(this.account, "elasticache:DescribeUsers", () =>
      mapOk(describeCacheUsers(this.account, { userId }), (users) => toCacheUser(users.items[0]!)),
    );
  }

  list(request: ListCacheUsersRequest): Promise<Result<Page<CacheUser>, CacheUsersFault | InvalidMarker>> {
    const { engine, ...page } = request;
    return localCall(this.account, "elasticache:DescribeUsers", () =>
      elastiCachePage(page, () =>
        mapOk(describeCacheUsers(this.account, { ...page, engine: engine && SIMULATED_ENGINES[engine] }), (users) => ({
          ...users,
          items: users.items.map(toCacheUser),
        })),
      ),
    );
  }
}

/** A simulated user in the port's terms, as the AWS adapter maps DescribeUsers' answer. */
const toCacheUser = (user: SimulatedCacheUser): CacheUser => ({
  userId: user.userId,
  userName: user.userName,
  engine: ENGINES[user.engine],
  status: "ACTIVE",
  accessString: user.accessString,
  authenticationType: AUTHENTICATION_TYPES[user.authentication.type],
  minimumEngineVersion: user.minimumEngineVersion,
  userGroupIds: [...user.userGroupIds],
  arn: user.arn,
});
