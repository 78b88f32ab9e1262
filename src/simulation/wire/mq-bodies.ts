import type { MqPageRequest } from "../mq/mq-pages";

/** A request the REST-JSON layer cannot read: AWS answers BadRequestException naming the attribute. */
export class UnreadableInput {
  constructor(
    readonly message: string,
    readonly attribute: string | null,
  ) {}
}

interface UserSettingsBody {
  readonly password?: string;
  readonly consoleAccess?: boolean;
  readonly groups?: string[];
  readonly replicationUser?: boolean;
}

/** The CreateUser body: password required, the rest optional with AWS's defaults. The password is never echoed. */
export function createUserBody(body: string): { password: string; consoleAccess: boolean; groups: string[]; replicationUser: boolean } {
  const { password, consoleAccess = false, groups = [], replicationUser = false } = userSettingsBody(body);
  if (password === undefined) throw new UnreadableInput("password is required and must be a string.", "password");
  return { password, consoleAccess, groups, replicationUser };
}

/** The UpdateUser body: every field optional; one left out keeps its value. */
export function updateUserBody(body: string): UserSettingsBody {
  const { password, consoleAccess, groups, replicationUser } = userSettingsBody(body);
  return {
    ...(password === undefined ? {} : { password }),
    ...(consoleAccess === undefined ? {} : { consoleAccess }),
    ...(groups === undefined ? {} : { groups }),
    ...(replicationUser === undefined ? {} : { replicationUser }),
  };
}

function userSettingsBody(body: string): UserSettingsBody {
  let json: unknown;
  try {
    json = body === "" ? {} : JSON.parse(body);
  } catch {
    throw new UnreadableInput("The request body is not valid JSON.", null);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new UnreadableInput("The request body must be a JSON object.", null);
  const { password, consoleAccess, groups, replicationUser } = json as Record<string, unknown>;
  if (password !== undefined && typeof password !== "string") throw new UnreadableInput("password must be a string.", "password");
  if (consoleAccess !== undefined && typeof consoleAccess !== "boolean") throw new UnreadableInput("consoleAccess must be true or false.", "consoleAccess");
  if (replicationUser !== undefined && typeof replicationUser !== "boolean") {
    throw new UnreadableInput("replicationUser must be true or false.", "replicationUser");
  }
  if (groups !== undefined && !(Array.isArray(groups) && groups.every((g): g is string => typeof g === "string"))) {
    throw new UnreadableInput("groups must be a list of strings.", "groups");
  }
  return { password, consoleAccess, groups, replicationUser } as UserSettingsBody;
}

/** A list call's `maxResults` and `nextToken` query parameters. */
export function pageQuery(query: URLSearchParams): MqPageRequest {
  const maxResults = query.get("maxResults");
  const nextToken = query.get("nextToken");
  if (maxResults !== null && !/^\d{1,9}$/.test(maxResults)) throw new UnreadableInput("maxResults must be a whole number.", "maxResults");
  return { ...(maxResults === null ? {} : { maxResults: Number(maxResults) }), ...(nextToken === null ? {} : { nextToken }) };
}
