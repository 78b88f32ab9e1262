import type { Page } from "../../ports/page";
import { mapOk, type Result } from "../../ports/result";
import type { Engine } from "../../ports/user-groups";
import { AccessDenied, type SimulatedAccount } from "../account";
import { InvalidPageRequest } from "../elasticache/record-pages";
import { type Authentication, type CacheEngine, createCacheUser, describeCacheUsers } from "../elasticache/simulated-cache-users";
import { deleteUserGroup, modifyUserGroup } from "../elasticache/simulated-user-group-changes";
import { describeUserGroups } from "../elasticache/simulated-user-group-reads";
import { createUserGroup } from "../elasticache/simulated-user-groups";
import { simulateCall } from "../simulate-call";
import { type ElastiCacheDomainFault, elastiCacheActOut, elastiCacheFaultAnswer } from "./elasticache-faults";
import { cacheUserXml, userGroupXml } from "./elasticache-shapes";
import { ELASTICACHE_VERSION, QueryForm, queryError, queryResult } from "./query-protocol";
import type { WireAnswer } from "./wire-answer";
import type { Xml } from "./xml";

/** A request the protocol layer refuses before any rule runs (a missing or unreadable parameter). */
class Refused {
  constructor(
    readonly code: "MissingParameter" | "InvalidParameterValue",
    readonly message: string,
  ) {}
}

const DOMAIN_ENGINES = { valkey: "VALKEY", redis: "REDIS" } as const satisfies Record<CacheEngine, Engine>;

type Action = (account: SimulatedAccount, form: QueryForm) => Result<{ readonly [name: string]: Xml }, ElastiCacheDomainFault>;

const ACTIONS: Readonly<Record<string, Action>> = {
  CreateUserGroup: (account, form) =>
    mapOk(
      createUserGroup(account, {
        userGroupId: required(form, "UserGroupId"),
        engine: DOMAIN_ENGINES[engine(required(form, "Engine"))],
        userIds: form.list("UserIds"),
        tags: form.tags(),
      }),
      userGroupXml,
    ),
  CreateUser: (account, form) => {
    const { authentication, passwords } = credentials(form);
    const request = { userId: required(form, "UserId"), userName: required(form, "UserName"), engine: engine(required(form, "Engine")) };
    return mapOk(createCacheUser(account, { ...request, accessString: required(form, "AccessString"), authentication, passwords }), cacheUserXml);
  },
  DescribeUsers: (account, form) => {
    const engineName = form.string("Engine");
    const filter = { userId: form.string("UserId"), engine: engineName === undefined ? undefined : engine(engineName) };
    return mapOk(describeCacheUsers(account, { ...filter, ...page(form) }), (users) => paged("Users", users, cacheUserXml));
  },
  DescribeUserGroups: (account, form) =>
    mapOk(describeUserGroups(account, { userGroupId: form.string("UserGroupId"), ...page(form) }), (groups) => paged("UserGroups", groups, userGroupXml)),
  ModifyUserGroup: (account, form) =>
    mapOk(
      modifyUserGroup(account, {
        userGroupId: required(form, "UserGroupId"),
        userIdsToAdd: form.list("UserIdsToAdd") ?? [],
        userIdsToRemove: form.list("UserIdsToRemove") ?? [],
      }),
      userGroupXml,
    ),
  DeleteUserGroup: (account, form) => mapOk(deleteUserGroup(account, required(form, "UserGroupId")), userGroupXml),
};

/** One ElastiCache call (AWS Query protocol): the action named in the form, on the shared rules, answered in XML. */
export async function handleElastiCache(account: SimulatedAccount, body: string, requestId: string): Promise<WireAnswer> {
  const form = new QueryForm(body);
  const action = form.string("Action") ?? "";
  const version = form.string("Version") ?? "";
  if (!Object.hasOwn(ACTIONS, action) || version !== ELASTICACHE_VERSION) {
    return queryError(400, "InvalidAction", `Could not find operation ${action} for version ${version}`, requestId);
  }
  try {
    const call = await simulateCall(account, `elasticache:${action}`, () => ACTIONS[action]!(account, form));
    if (call.fault) return elastiCacheActOut(call.fault, requestId, action);
    if (call.answer.ok) return queryResult(action, call.answer.value, requestId);
    return elastiCacheFaultAnswer(call.answer.fault, requestId);
  } catch (error) {
    if (error instanceof Refused) return queryError(400, error.code, error.message, requestId);
    if (error instanceof InvalidPageRequest) return queryError(400, "InvalidParameterValue", error.message, requestId);
    if (error instanceof AccessDenied) return queryError(403, "AccessDenied", error.message, requestId);
    throw error;
  }
}

/** A Describe answer's list and, when more records follow, its Marker. */
const paged = <T>(name: string, page: Page<T>, toXml: (item: T) => Xml): { readonly [name: string]: Xml } => ({
  [name]: page.items.map(toXml),
  Marker: page.nextMarker,
});

/** MaxRecords (a whole number; its range is the rules' business) and Marker, when given. */
function page(form: QueryForm): { maxRecords?: number; marker?: string } {
  const text = form.string("MaxRecords");
  if (text !== undefined && !/^\d{1,9}$/.test(text)) throw new Refused("InvalidParameterValue", "MaxRecords must be a whole number.");
  const marker = form.string("Marker");
  return { ...(text === undefined ? {} : { maxRecords: Number(text) }), ...(marker === undefined ? {} : { marker }) };
}

function required(form: QueryForm, name: string): string {
  const value = form.string(name);
  if (value === undefined) throw new Refused("MissingParameter", `The request must contain the parameter ${name}.`);
  return value;
}

/** Engine names are case-insensitive on the way in. */
function engine(value: string): CacheEngine {
  const name = value.toLowerCase();
  if (name !== "valkey" && name !== "redis") throw new Refused("InvalidParameterValue", "Engine must be valkey or redis.");
  return name;
}

const AUTHENTICATION_TYPES: Readonly<Record<string, Authentication>> = { password: "password", "no-password-required": "no-password", iam: "iam" };

/** CreateUser's credentials: AuthenticationMode when given, else Passwords / NoPasswordRequired. */
function credentials(form: QueryForm): { authentication: Authentication; passwords: string[] } {
  const mode = form.string("AuthenticationMode.Type");
  if (mode !== undefined) {
    const authentication = Object.hasOwn(AUTHENTICATION_TYPES, mode) ? AUTHENTICATION_TYPES[mode] : undefined;
    if (!authentication) throw new Refused("InvalidParameterValue", "AuthenticationMode.Type must be password, no-password-required or iam.");
    return { authentication, passwords: form.list("AuthenticationMode.Passwords") ?? [] };
  }
  return { authentication: form.boolean("NoPasswordRequired") ? "no-password" : "password", passwords: form.list("Passwords") ?? [] };
}
