import { describe, expect, it } from "vitest";
import { InputValidationError } from "../../src/graphql/input-validation-error";
import { type PageArgs, PageCursor } from "../../src/graphql/page-cursor";
import { type ListField, OPERATIONS } from "../../src/operations";
import type { Page, PageRequest } from "../../src/ports/page";

/** Names in the order AWS lists them (Amazon MQ orders users by name): `count` of them, "r000" on. */
const names = (count: number): string[] => Array.from({ length: count }, (_, i) => `r${String(i).padStart(3, "0")}`);

/**
 * AWS's page of `records` for a request: at most maxRecords from the marker on, and a marker for the rest.
 * The marker names the last record given (as Amazon MQ's NextToken does), so AWS's own pages hold up while
 * records come and go; what is tested is the gateway's paging inside one AWS page.
 */
function awsPage(field: ListField, records: readonly string[], request: PageRequest): Page<string> {
  const { min, max } = OPERATIONS[field].page;
  expect(request.maxRecords).toBeGreaterThanOrEqual(min);
  expect(request.maxRecords).toBeLessThanOrEqual(max);
  const rest = request.marker === undefined ? records : records.filter((r) => r > request.marker!);
  const items = rest.slice(0, request.maxRecords);
  return rest.length > items.length ? { items, nextMarker: items.at(-1)! } : { items };
}

const cursorOf = (field: ListField, scope: string[] = []) => new PageCursor(field, (name: string) => name, scope);

/** One request of a list field: the caller's page of AWS's records as they are now. */
function request(cursor: PageCursor<string>, field: ListField, records: readonly string[], args: PageArgs) {
  const { plan, violations } = cursor.plan(args);
  expect(violations).toEqual([]);
  const page = cursor.connection(plan!, awsPage(field, records, plan!.request));
  expect(page.nodes.length).toBeLessThanOrEqual(args.first ?? 100);
  expect(page.pageInfo.endCursor === null).toBe(!page.pageInfo.hasNextPage);
  return page;
}

/** Every node of the list, page by page, with `change` applied to the records after each page. */
function walk(field: ListField, start: readonly string[], first: number, change: (records: string[], page: number) => void = () => {}): string[] {
  const cursor = cursorOf(field);
  const records = [...start];
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page <= start.length * 2; page++) {
    const { nodes, pageInfo } = request(cursor, field, records, { first, after });
    seen.push(...nodes);
    if (!pageInfo.hasNextPage) return seen;
    after = pageInfo.endCursor;
    change(records, page);
  }
  throw new Error("the list never ended");
}

describe("PageCursor: first and after mapped onto AWS's pages", () => {
  it.each([
    ["brokerUsers", 47, 1],
    ["brokerUsers", 47, 3],
    ["brokerUsers", 47, 7],
    ["brokerUsers", 47, 100],
    ["brokers", 5, 2],
    ["userGroups", 45, 1],
    ["userGroups", 45, 7],
    ["userGroups", 45, 19],
    ["userGroups", 45, 33],
    ["cacheUsers", 250, 100],
    ["cacheUsers", 250, 99],
  ] as const)("%s: every one of %i records once, %i at a time", (field, total, first) => {
    expect(walk(field, names(total), first)).toEqual(names(total));
  });

  it.each([
    ["userGroups", { first: 1 }, 20],
    ["userGroups", { first: 100 }, 100],
    ["brokerUsers", { first: 3 }, 5],
    ["brokerUsers", { first: 7 }, 7],
  ] as const)("%s %o asks AWS for %i records", (field, args, maxRecords) => {
    expect(cursorOf(field).plan(args).plan?.request).toEqual({ maxRecords });
  });

  it("asks for the records before the cursor's place too, within AWS's largest page", () => {
    const cursor = cursorOf("brokerUsers");
    const records = names(30);
    const { pageInfo } = request(cursor, "brokerUsers", records, { first: 3 });
    expect(cursor.plan({ first: 3, after: pageInfo.endCursor }).plan?.request).toEqual({ maxRecords: 6 });
    expect(cursor.plan({ first: 70, after: pageInfo.endCursor }).plan?.request).toEqual({ maxRecords: 73 });
    expect(cursor.plan({ first: 100, after: pageInfo.endCursor }).plan?.request).toEqual({ maxRecords: 100 });
  });

  it("a page that reaches the end of AWS's page goes on at AWS's next marker", () => {
    const cursor = cursorOf("brokerUsers");
    const records = names(12);
    const first = request(cursor, "brokerUsers", records, { first: 3 });
    const second = request(cursor, "brokerUsers", records, { first: 3, after: first.pageInfo.endCursor });
    expect(second.nodes).toEqual(["r003", "r004", "r005"]);
    expect(cursor.plan({ first: 3, after: second.pageInfo.endCursor }).plan?.request).toEqual({ maxRecords: 5, marker: "r005" });
  });
});

describe("PageCursor: a list that changes between two requests", () => {
  const field = "brokerUsers";
  const records = names(12);

  it("a record deleted before the cursor's place leaves no gap", () => {
    expect(walk(field, records, 2, (now, page) => page === 0 && now.splice(0, 1))).toEqual(records);
  });

  it("a record inserted before the cursor's place is not a repeat", () => {
    expect(walk(field, records, 2, (now, page) => page === 0 && now.splice(1, 0, "r000a"))).toEqual(records);
  });

  it("several records deleted and inserted before it", () => {
    const walked = walk(field, records, 3, (now, page) => page === 0 && now.splice(0, 2, "r000a", "r000b", "r000c"));
    expect(walked).toEqual(records);
  });

  it("the last node given gone (deleted): the next page starts at its place, which the record after it took", () => {
    expect(walk(field, records, 2, (now, page) => page === 0 && now.splice(now.indexOf("r001"), 1))).toEqual(records);
  });

  it("the last node given and all after it gone: an empty last page", () => {
    const cursor = cursorOf(field);
    const first = request(cursor, field, ["a", "b", "c", "d", "e", "f", "g"], { first: 3 });
    expect(first.nodes).toEqual(["a", "b", "c"]);
    const second = request(cursor, field, ["a", "b"], { first: 3, after: first.pageInfo.endCursor });
    expect(second).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});

describe("PageCursor: cursors are opaque and checked", () => {
  const cursor = cursorOf("brokerUsers", ["b-1"]);
  const { pageInfo } = request(cursor, "brokerUsers", names(12), { first: 2 });
  const endCursor = pageInfo.endCursor!;
  const [payload, check] = endCursor.split(".") as [string, string];
  const refused = { violations: [{ path: ["after"], constraint: "CURSOR", message: expect.any(String) }] };

  /** The payload with its JSON changed by `change`, under the original check. */
  const altered = (change: (fields: unknown[]) => unknown[]): string =>
    `${Buffer.from(JSON.stringify(change(JSON.parse(Buffer.from(payload, "base64url").toString())))).toString("base64url")}.${check}`;

  it.each([
    ["a changed key", altered(([marker, offset]) => [marker, offset, "r005"])],
    ["a changed offset", altered(([marker, , key]) => [marker, 1, key])],
    ["a changed marker", altered(([, offset, key]) => ["r009", offset, key])],
    ["a changed check", `${payload}.${check.replace(/^./, (c) => (c === "A" ? "B" : "A"))}`],
    ["no check", payload],
    ["an extra part", `${endCursor}.x`],
    ["not a cursor", "not-a-cursor"],
    ["an empty string", ""],
  ])("refuses %s", (_, after) => {
    expect(cursor.plan({ first: 2, after })).toEqual({ ...refused });
  });

  it("refuses a cursor of the same list with other arguments, or of another list", () => {
    expect(cursorOf("brokerUsers", ["b-2"]).plan({ first: 2, after: endCursor })).toEqual(refused);
    expect(cursorOf("brokers").plan({ first: 2, after: endCursor })).toEqual(refused);
  });

  it("refuses a first out of range along with the cursor", () => {
    expect(cursor.plan({ first: 0, after: "x" }).violations.map((v) => [v.path, v.constraint])).toEqual([
      [["first"], "RANGE"],
      [["after"], "CURSOR"],
    ]);
  });

  it("answers AWS refusing the marker as a refused cursor, and other faults as the list's members", () => {
    const faults = cursor.faults((fault: { code: "BrokerNotFound" }) => fault.code);
    const member = faults({ code: "InvalidMarker" });
    expect(member).toBeInstanceOf(InputValidationError);
    expect(member).toMatchObject(refused);
    expect(faults({ code: "BrokerNotFound" })).toBe("BrokerNotFound");
  });
});
