import { DescribeUsersCommand, type ElastiCacheClient } from "@aws-sdk/client-elasticache";
import type { CacheUser, CacheUsers, CacheUsersFault, ListCacheUsersRequest } from "../../ports/cache-users";
import type { InvalidMarker, Page } from "../../ports/page";
import type { Result } from "../../ports/result";
import { withDeadline } from "./call-deadline";
import type { Deadline } from "./deadline";
import { toCacheUser, toPage } from "./elasticache-answers";
import { elastiCacheCall, pageFaults } from "./elasticache-call";
import type { UpstreamGate } from "./upstream-gate";

/** DescribeUsers' documented exceptions: SDK exception name to domain fault code. */
export const DESCRIBE_USERS_FAULTS = {
  InvalidParameterCombinationException: "InvalidParameterCombination",
  ServiceLinkedRoleNotFoundFault: "ServiceLinkedRoleNotFound",
  UserNotFoundFault: "UserNotFound",
} as const satisfies Record<string, CacheUsersFault["code"]>;

/** ElastiCache DescribeUsers through the AWS SDK v3. */
export class ElastiCacheCacheUsers implements CacheUsers {
  constructor(
    private readonly client: ElastiCacheClient,
    private readonly gate: UpstreamGate,
  ) {}

  get(userId: string): Promise<Result<CacheUser, CacheUsersFault>> {
    const command = new DescribeUsersCommand({ UserId: userId });
    const send = (deadline: Deadline) => this.client.send(withDeadline(command, deadline));
    return elastiCacheCall(
      this.gate,
      send,
      DESCRIBE_USERS_FAULTS,
      (output) => {
        const user = output.Users?.[0];
        // AWS answers the user or UserNotFoundFault: an empty list is a broken answer, not a fault of the call.
        if (!user) throw new Error("DescribeUsers answered an empty list for one user id");
        return toCacheUser(user);
      },
      [userId],
    );
  }

  list(request: ListCacheUsersRequest): Promise<Result<Page<CacheUser>, CacheUsersFault | InvalidMarker>> {
    const command = new DescribeUsersCommand({ Engine: request.engine?.toLowerCase(), MaxRecords: request.maxRecords, Marker: request.marker });
    const send = (deadline: Deadline) => this.client.send(withDeadline(command, deadline));
    return elastiCacheCall(this.gate, send, pageFaults(DESCRIBE_USERS_FAULTS, request), (output) =>
      toPage(output.Users, output.Marker, (u) => toCacheUser(u, request)),
    );
  }
}
