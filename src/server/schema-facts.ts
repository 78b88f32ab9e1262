import { type GraphQLSchema, isEnumType, isInputObjectType } from "graphql";

/** What error messages may say about the schema: names any client can read in the schema itself. */
export interface SchemaFacts {
  /** Every input field name: the only words a reported path may contain. */
  readonly inputFields: ReadonlySet<string>;
  /** The field names of each input type, by type name. */
  readonly inputTypes: ReadonlyMap<string, readonly string[]>;
  /** The values of each enum, by enum name. */
  readonly enums: ReadonlyMap<string, readonly string[]>;
}

export function schemaFacts(schema: GraphQLSchema): SchemaFacts {
  const inputTypes = new Map<string, readonly string[]>();
  const enums = new Map<string, readonly string[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isInputObjectType(type)) inputTypes.set(type.name, Object.keys(type.getFields()));
    if (isEnumType(type))
      enums.set(
        type.name,
        type.getValues().map((v) => v.name),
      );
  }
  return { inputFields: new Set([...inputTypes.values()].flat()), inputTypes, enums };
}

/** graphql-js's closing suggestion, names only; from its last " Did you mean " (a scan from each would be quadratic). */
const SUGGESTION = /^ Did you mean (the enum value )?("\w+"(?:(?:, or |, | or )"\w+")*)\?$/;

/**
 * graphql-js's closing ` Did you mean ...?`, rebuilt from the names it suggests that are in `allowed`
 * (names of the schema, never a submitted value); "" when there is none.
 */
export function suggestionIn(message: string, allowed: readonly string[] | undefined): string {
  const found = SUGGESTION.exec(message.slice(message.lastIndexOf(" Did you mean ")));
  if (!found || !allowed) return "";
  const names = [...found[2]!.matchAll(/"(\w+)"/g)].map((m) => m[1]!).filter((name) => allowed.includes(name));
  return didYouMean(names, found[1] ?? "");
}

/** As graphql-js words it: "A", "A" or "B", "A", "B", or "C". */
function didYouMean(names: readonly string[], subject: string): string {
  const quoted = names.map((name) => `"${name}"`);
  if (quoted.length === 0) return "";
  const list = quoted.length <= 2 ? quoted.join(" or ") : `${quoted.slice(0, -1).join(", ")}, or ${quoted.at(-1)}`;
  return ` Did you mean ${subject}${list}?`;
}

/** ` (VALKEY, REDIS)`: an enum's values, or "" for a name that is not an enum of the schema. */
export function enumValuesOf(facts: SchemaFacts, name: string | undefined): string {
  const values = name === undefined ? undefined : facts.enums.get(name);
  return values ? ` (${values.join(", ")})` : "";
}
