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

  list(request: ListCacheUsersRequest): Promise<Result<Page<CacheUser>, CacheUsersFault | InvalidMarker>> {
    const command = new DescribeUsersCommand({ Engine: request.engine?.toLowerCase(), MaxRecords: request.maxRecords, Marker: request.marker });
    const send = (deadline: Deadline) => this.client.send(withDeadline(command, deadline));
    return elastiCacheCall(this.gate, send, pageFaults(DESCRIBE_USERS_FAULTS, request), (output) =>
      toPage(output.Users, output.Marker, (u) => toCacheUser(u, request)),
    );
  }
}
