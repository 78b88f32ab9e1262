import { Field, ObjectType } from "type-graphql";
import { PAGE_SIZE } from "./page-cursor";

@ObjectType("PageInfo", { description: "Where a page of a list ends, and how to get the next one." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether another page follows. A page may hold fewer nodes than `first` asked for and still have one." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Pass it as `after` for the next page. Opaque: do not build or change it." })
  endCursor!: string | null;
}

/** What a list field's `first` says, for its description. */
export const FIRST_DESCRIPTION = `How many nodes, from ${PAGE_SIZE.min} to ${PAGE_SIZE.max} (default ${PAGE_SIZE.default}).`;
export const AFTER_DESCRIPTION = "The endCursor of the previous page; the first page when left out.";

/** A page of `node`s: the connection type named `name` (`{ nodes, pageInfo }`). */
export function connectionType<T>(name: string, node: new () => T, description: string) {
  @ObjectType(name, { description })
  class Connection {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    static of(page: { readonly nodes: readonly T[]; readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null } }): Connection {
      return Object.assign(new Connection(), { nodes: [...page.nodes], pageInfo: Object.assign(new PageInfo(), page.pageInfo) });
    }
  }
  return Connection;
}
