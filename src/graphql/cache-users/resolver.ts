import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { callNote, OPERATIONS } from "../../operations";
import type { CacheUsers } from "../../ports/cache-users";
import type { CallRunner } from "../call-runner";
import { AFTER_DESCRIPTION, FIRST_DESCRIPTION } from "../connection";
import type { GatewayContext } from "../context";
import { PageCursor } from "../page-cursor";
import { Engine } from "../user-groups/types";
import { CacheUsersResult, cacheUsersFaultMember } from "./result";
import { CacheUser, CacheUserConnection } from "./types";

@Resolver()
export class CacheUserResolver {
  constructor(
    private readonly users: CacheUsers,
    private readonly runner: CallRunner,
  ) {}

  @Authorized(OPERATIONS.cacheUsers.scope)
  @Query(() => CacheUsersResult, {
    description: `Lists the account's ElastiCache users, of one engine when given: the ids createUserGroup and modifyUserGroup take. ${callNote("cacheUsers")}`,
  })
  async cacheUsers(
    @Arg("engine", () => Engine, { nullable: true, description: "Only users of this engine." }) engine: Engine | null | undefined,
    @Arg("first", () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first: number | null | undefined,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null | undefined,
    @Ctx() context: GatewayContext,
  ): Promise<CacheUsersResult> {
    // A cursor belongs to the list of one engine (or of all).
    const cursor = new PageCursor("cacheUsers", (user: CacheUser) => user.userId, [engine]);
    const { plan, violations } = cursor.plan({ first, after });
    return this.runner.run(context, {
      field: "cacheUsers",
      violations,
      call: () => this.users.list({ ...plan!.request, ...(engine ? { engine } : {}) }),
      success: (page) => CacheUserConnection.of(cursor.connection(plan!, { ...page, items: page.items.map(CacheUser.of) })),
      fault: cursor.faults(cacheUsersFaultMember),
    });
  }
}
