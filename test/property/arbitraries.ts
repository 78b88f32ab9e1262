import fc from "fast-check";

/**
 * Generators for the two mutation inputs, with validity known by construction: every value comes
 * from a "valid" or a "bad" generator of its field, and a generated case carries the paths of the
 * fields that were made bad. The validation functions are never consulted.
 *
 * Rules (../shared/AWS.md, mirrored by src/validation):
 * - userGroupId, userIds[i]: a letter, then letters, digits and hyphens; userIds: at least 1 when given.
 * - tags[i].key: 1-128 code points, not starting with "aws:" in any case; tags[i].value: null or 0-256.
 * - brokerId: not empty. username, groups[i]: 2-100 of letters, digits and - . _ ~; at most 20 groups.
 * - password: at least 12 code points, at least 4 distinct ones, none of , : =.
 * - consoleAccess and replicationUser: not both true.
 * Lengths are counted in code points, as AWS counts them.
 */

export type Path = readonly string[];

/** A generated value and the paths, relative to it, of the rules it breaks. */
export interface Gen<T> {
  readonly value: T;
  readonly bad: readonly Path[];
}

const good = <T>(value: T): Gen<T> => ({ value, bad: [] });
const broken = <T>(value: T): Gen<T> => ({ value, bad: [[]] });
const under = (segment: string, paths: readonly Path[]): Path[] => paths.map((p) => [segment, ...p]);

/**
 * What a generated case may hold: only valid values; valid and bad ones; or valid, bad and very long
 * bad ones (100,000 code points), kept to a few cases and short lists so bodies stay a few MB at most.
 */
export type Mode = "valid" | "bad" | "huge";

/** A field's valid values and, as the mode allows, its bad ones (one in three) and very long bad ones. */
function field<T>(mode: Mode, valid: fc.Arbitrary<T>, bad: fc.Arbitrary<T>, huge?: fc.Arbitrary<T>): fc.Arbitrary<Gen<T>> {
  const ok = valid.map(good);
  if (mode === "valid") return ok;
  if (mode === "bad" || !huge) return fc.oneof({ weight: 2, arbitrary: ok }, { weight: 1, arbitrary: bad.map(broken) });
  return fc.oneof({ weight: 4, arbitrary: ok }, { weight: 2, arbitrary: bad.map(broken) }, { weight: 1, arbitrary: huge.map(broken) });
}

/** The mode of the items of a long list: never "huge", which would make the body too big. */
const light = (mode: Mode): Mode => (mode === "huge" ? "bad" : mode);

// ---------------------------------------------------------------------------------------------
// Characters. Each generated unit is exactly one code point. Lone LOW surrogates are only ever placed
// where no lone high surrogate precedes them, so concatenation never fuses two units into a pair.

const chars = (s: string): fc.Arbitrary<string> => fc.constantFrom(...[...s]);
const range = (from: number, to: number): fc.Arbitrary<string> => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";
const letter = chars(UPPER + LOWER);
const idChar = chars(UPPER + LOWER + DIGITS + "-");
const mqChar = chars(UPPER + LOWER + DIGITS + "._~-");

export const LONE_HIGH = "\uD83D";
export const LONE_LOW = "\uDE00";

/** Characters that look like letters, separators or nothing, and are none of ASCII's letters/digits. */
const LOOKALIKES = [
  "\u212A", // KELVIN SIGN (lower-cases to "k")
  "\u017F", // LATIN SMALL LETTER LONG S (upper-cases to "S")
  "\u0131", // dotless i (upper-cases to "I")
  "\u0130", // I with dot above
  "\uFF41", // fullwidth a
  "\u0430", // Cyrillic a
  "\u0663", // Arabic-Indic digit three
  "\u00E9", // é
  "\u00DF", // ß
  "\u00A0", // no-break space
  "\u2010", // hyphen
  "\u2011", // non-breaking hyphen
  "\u2212", // minus sign
  "\uFF0D", // fullwidth hyphen-minus
];
const INVISIBLE = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"];
const BIDI = ["\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C"];
const LINE_BREAKS = ["\n", "\r", "\u2028", "\u2029", "\u0085"];

const control = range(0x00, 0x1f);
const combining = range(0x0300, 0x036f);
const astral = fc.oneof(range(0x1f600, 0x1f64f), range(0x1d400, 0x1d7ff), range(0x20000, 0x2a6df), fc.constant("\u{10FFFD}"));
const bmpNonAscii = fc.oneof(range(0x00a0, 0x07ff), range(0x4e00, 0x9fff), range(0xe000, 0xf8ff), range(0xfb00, 0xfffd));
const exotic = fc.constantFrom(...LOOKALIKES, ...INVISIBLE, ...BIDI, ...LINE_BREAKS, "\u007F");

/** Any code point at all, lone HIGH surrogates included (never lone low ones: see above). */
const anyChar: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: range(0x20, 0x7e) },
  { weight: 2, arbitrary: control },
  { weight: 2, arbitrary: combining },
  { weight: 2, arbitrary: astral },
  { weight: 2, arbitrary: bmpNonAscii },
  { weight: 2, arbitrary: exotic },
  { weight: 1, arbitrary: range(0xd800, 0xdbff) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
);

/** What a name pattern forbids: every character but ASCII letters, digits and `allowed`. */
function forbiddenBy(allowed: string): fc.Arbitrary<string> {
  const ascii = [...Array(0x80).keys()].map((c) => String.fromCharCode(c)).filter((c) => !(UPPER + LOWER + DIGITS + allowed).includes(c));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ascii) },
    { weight: 1, arbitrary: control },
    { weight: 1, arbitrary: combining },
    { weight: 1, arbitrary: astral },
    { weight: 1, arbitrary: bmpNonAscii },
    { weight: 2, arbitrary: exotic },
    { weight: 1, arbitrary: fc.constantFrom(LONE_HIGH, LONE_LOW) },
  );
}

/** A string of exactly `length` code points drawn from `unit`. */
const ofLength = (unit: fc.Arbitrary<string>, length: number): fc.Arbitrary<string> =>
  fc.array(unit, { minLength: length, maxLength: length }).map((units) => units.join(""));

/** A string whose length in code points is drawn from `lengths`. */
const text = (unit: fc.Arbitrary<string>, lengths: fc.Arbitrary<number>): fc.Arbitrary<string> => lengths.chain((n) => ofLength(unit, n));

/** Lengths from min to max, biased to both ends, sometimes exactly at a boundary. */
const lengths = (min: number, max: number, typical = Math.min(max, min + 12)): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min, max: typical }) },
    { weight: 2, arbitrary: fc.integer({ min, max }) },
    { weight: 2, arbitrary: fc.constantFrom(min, max) },
  );

/** `s` repeated to exactly `n` code points: cheap very long strings. */
const repeatTo = (s: string, n: number): string => {
  const units = [...s];
  const times = Math.ceil(n / units.length);
  return units.length === 1 ? s.repeat(n) : [...s.repeat(times)].slice(0, n).join("");
};

/** Inserts `insert` into `s` at a code-point position drawn from [from, length]. */
const insertAt = (s: string, insert: string, from = 0): fc.Arbitrary<string> => {
  const units = [...s];
  return fc.integer({ min: Math.min(from, units.length), max: units.length }).map((i) => [...units.slice(0, i), insert, ...units.slice(i)].join(""));
};

/** Replaces the code point at a position drawn from [from, length - 1]. */
const replaceAt = (s: string, replacement: string, from = 0): fc.Arbitrary<string> => {
  const units = [...s];
  return fc.integer({ min: Math.min(from, units.length - 1), max: units.length - 1 }).map((i) => [...units.slice(0, i), replacement, ...units.slice(i + 1)].join(""));
};

/** Free text of the given code-point lengths, sometimes opening with a lone low surrogate. */
const freeText = (lens: fc.Arbitrary<number>): fc.Arbitrary<string> =>
  lens.chain((n) =>
    n === 0 ? fc.constant("") : fc.oneof({ weight: 9, arbitrary: ofLength(anyChar, n) }, { weight: 1, arbitrary: ofLength(anyChar, n - 1).map((s) => LONE_LOW + s) }),
  );

export const HUGE = 100_000;

// ---------------------------------------------------------------------------------------------
// Identifiers: userGroupId and userIds[i].

const identifierValid: fc.Arbitrary<string> = fc
  .tuple(letter, fc.oneof({ weight: 9, arbitrary: text(idChar, lengths(0, 40)) }, { weight: 1, arbitrary: text(idChar, fc.integer({ min: 41, max: 2_000 })) }))
  .map(([first, rest]) => first + rest);

const identifierBad: fc.Arbitrary<string> = fc.oneof(
  fc.constant(""),
  // A valid identifier behind a bad first character: a digit, a hyphen or anything forbidden.
  fc.tuple(fc.oneof(chars(DIGITS + "-"), forbiddenBy("-")), text(idChar, lengths(0, 30))).map(([first, rest]) => first + rest),
  // A forbidden character inside or at the end.
  fc.tuple(identifierValid, forbiddenBy("-")).chain(([id, bad]) => fc.oneof(insertAt(id, bad, 1), replaceAt(id, bad, 1), fc.constant(id + bad))),
  fc.constantFrom("a\n", "a\r\n", "a b", "a_b", "a.b", "a:b", "a/b", "\u212Aelvin", "\u017Fpace", "a\u0000"),
);

/** Very long: a valid body with one bad character, or nothing but bad characters. */
const identifierHuge: fc.Arbitrary<string> = fc
  .tuple(letter, forbiddenBy("-"))
  .chain(([first, bad]) => fc.constantFrom(first + "a".repeat(HUGE) + bad, first + repeatTo("ab-1", HUGE / 2) + bad + "b", repeatTo(bad, HUGE)));

/** Short valid identifiers, to fill very long lists. */
const identifierShort: fc.Arbitrary<string> = fc.tuple(letter, text(idChar, fc.integer({ min: 0, max: 12 }))).map(([first, rest]) => first + rest);

// ---------------------------------------------------------------------------------------------
// Amazon MQ names: username and groups[i].

const mqNameValid: fc.Arbitrary<string> = text(mqChar, lengths(2, 100));

const mqNameBad: fc.Arbitrary<string> = fc.oneof(
  fc.constant(""),
  mqChar, // one character: too short
  text(mqChar, fc.constant(101)), // too long by exactly one
  fc.tuple(mqChar, fc.integer({ min: 102, max: 1_000 })).map(([c, n]) => c.repeat(n)),
  astral.map((c) => c.repeat(101)), // 202 UTF-16 units, but also too long in code points
  fc.tuple(text(mqChar, lengths(2, 99)), forbiddenBy("._~-")).chain(([name, bad]) => fc.oneof(insertAt(name, bad), replaceAt(name, bad))),
  fc.constantFrom("ab\n", "a b", "a@b", "a/b", "a+b", "a:b", "a,b", "a=b", "\u00E9t\u00E9", "a\u200Bb", "ab\u202E", "\u{1F600}\u{1F600}", "a" + LONE_HIGH, "a" + LONE_LOW),
);

const mqNameHuge: fc.Arbitrary<string> = fc.oneof(fc.constant("a".repeat(HUGE)), forbiddenBy("._~-").map((bad) => repeatTo(bad, HUGE)));

// ---------------------------------------------------------------------------------------------
// Passwords.

const passwordChar: fc.Arbitrary<string> = anyChar.map((c) => (c === "," || c === ":" || c === "=" ? "#" : c));

/** Puts `units` in an order drawn at random. */
const shuffled = (units: string[]): fc.Arbitrary<string> =>
  fc.array(fc.integer(), { minLength: units.length, maxLength: units.length }).map((keys) =>
    units
      .map((u, i) => [keys[i]!, u] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, u]) => u)
      .join(""),
  );

/** At least 12 code points, at least 4 distinct ones, none of , : =. */
export const passwordValid: fc.Arbitrary<string> = fc
  .tuple(
    fc.uniqueArray(passwordChar, { minLength: 4, maxLength: 8 }),
    fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 12, max: 40 }) },
      { weight: 2, arbitrary: fc.integer({ min: 41, max: 400 }) },
      { weight: 1, arbitrary: fc.constant(12) },
    ),
  )
  .chain(([distinct, n]) => fc.array(passwordChar, { minLength: Math.max(0, n - distinct.length), maxLength: Math.max(0, n - distinct.length) }).map((fill) => [...distinct, ...fill]))
  .chain(shuffled);

const passwordBad: fc.Arbitrary<string> = fc.oneof(
  fc.constant(""),
  // Too short, whatever else.
  text(passwordChar, fc.integer({ min: 1, max: 11 })),
  fc.uniqueArray(astral, { minLength: 4, maxLength: 11 }).chain((units) => shuffled(units)), // 8-22 UTF-16 units
  fc.constant("\u{1F600}\u{1F601}\u{1F602}\u{1F603}\u{1F604}\u{1F605}\u{1F606}\u{1F607}\u{1F608}\u{1F609}\u{1F60A}"), // 11 code points, 22 units
  fc.constant("e\u0301a\u0301o\u0301u\u0301i\u0301x"), // 11 code points that show as 6 letters
  // At most 3 distinct code points, however long.
  fc
    .tuple(fc.uniqueArray(passwordChar, { minLength: 1, maxLength: 3 }), fc.integer({ min: 12, max: 300 }))
    .chain(([pool, n]) => fc.array(fc.constantFrom(...pool), { minLength: n, maxLength: n }).map((u) => u.join(""))),
  fc.constant("\u{1F600}\u{1F601}\u{1F602}".repeat(5)), // 3 code points, 4 distinct UTF-16 units
  fc.constant("e\u0301".repeat(10)),
  // Otherwise valid, with a forbidden character.
  fc.tuple(passwordValid, fc.constantFrom(",", ":", "="), fc.boolean()).chain(([pw, bad, replace]) => (replace ? replaceAt(pw, bad) : insertAt(pw, bad))),
  fc.constantFrom("correct,horse-battery", "user:password-1234", "key=value-1234567", "a=b:c,d-1234567890"),
);

const passwordHuge: fc.Arbitrary<string> = fc.constantFrom("a".repeat(HUGE), "\u{1F600}\u{1F601}\u{1F602}".repeat(HUGE / 3), "Abc1-".repeat(HUGE / 5) + "=");

// ---------------------------------------------------------------------------------------------
// Tags.

/** Keys that begin like the reserved prefix and are not it. */
const NEAR_MISS_PREFIXES = ["aws-", "aws_", "aws ", "aw:", "awss:", " aws:", "aws\uFF1A", "\uFF41ws:", "\u200Baws:", "a ws:", "aws\u037E", "Aws.", "aws\u003B"];

/** The reserved prefix in some mix of cases. */
const reservedPrefix: fc.Arbitrary<string> = fc.tuple(chars("aA"), chars("wW"), chars("sS")).map(([a, w, s]) => `${a}${w}${s}:`);

/** Free text not starting with "a" or "A", so it cannot start with the reserved prefix. */
const notA = passwordChar.map((c) => (c === "a" || c === "A" ? "b" : c));

const tagKeyValid: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: lengths(1, 128).chain((n) => fc.tuple(notA, freeText(fc.constant(n - 1))).map(([first, rest]) => (rest.startsWith(LONE_LOW) ? first + "x" + rest.slice(1) : first + rest))) },
  { weight: 2, arbitrary: fc.constantFrom(...NEAR_MISS_PREFIXES).chain((p) => freeText(fc.integer({ min: 0, max: 128 - [...p].length })).map((rest) => p + rest.replace(/^\uDE00/, "x"))) },
  { weight: 1, arbitrary: astral.map((c) => c.repeat(128)) }, // 256 UTF-16 units, 128 code points
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(127) + "\u0301", "aws", "AWS", "aws\u200B:", "aw") },
);

const tagKeyBad: fc.Arbitrary<string> = fc.oneof(
  fc.constant(""),
  freeText(fc.constant(129)).map((s) => s.replace(/^\uDE00/, "x")),
  astral.map((c) => c.repeat(129)),
  fc.constant("\u0301".repeat(129)),
  fc.tuple(reservedPrefix, freeText(fc.integer({ min: 0, max: 124 }))).map(([p, rest]) => p + rest.replace(/^\uDE00/, "x")),
  fc.tuple(reservedPrefix, fc.integer({ min: 125, max: 2_000 })).map(([p, n]) => p + "x".repeat(n)),
);

const tagKeyHuge: fc.Arbitrary<string> = fc.oneof(fc.constant("k".repeat(HUGE)), reservedPrefix.map((p) => p + "\u{1F600}".repeat(HUGE)));

const tagValueValid: fc.Arbitrary<string | null | undefined> = fc.oneof(
  fc.constant(undefined), // the field is left out
  fc.constant(null),
  fc.constant(""),
  freeText(lengths(1, 256)),
  astral.map((c) => c.repeat(256)),
  combining.map((c) => "e" + c.repeat(255)),
);

const tagValueBad: fc.Arbitrary<string | null | undefined> = fc.oneof(
  freeText(fc.constant(257)),
  astral.map((c) => c.repeat(257)),
  fc.integer({ min: 258, max: 5_000 }).map((n) => "v".repeat(n)),
);

const tagValueHuge: fc.Arbitrary<string | null | undefined> = fc.constantFrom("\u0000".repeat(HUGE), LONE_HIGH.repeat(HUGE), "v".repeat(HUGE));

export interface TagJson {
  key: string;
  value?: string | null;
}

const tag = (mode: Mode): fc.Arbitrary<Gen<TagJson>> =>
  fc.tuple(field(mode, tagKeyValid, tagKeyBad, tagKeyHuge), field(mode, tagValueValid, tagValueBad, tagValueHuge)).map(([key, value]) => ({
    value: value.value === undefined ? { key: key.value } : { key: key.value, value: value.value },
    bad: [...under("key", key.bad), ...under("value", value.bad)],
  }));

// ---------------------------------------------------------------------------------------------
// Lists.

/** A list of generated items; an item's bad paths get its index in front. */
const listOf = <T>(items: Gen<T>[]): Gen<T[]> => ({ value: items.map((i) => i.value), bad: items.flatMap((item, i) => under(String(i), item.bad)) });

/**
 * A very long list, cheaply: `pool` cycled to `length` items, with bad items put at a few positions.
 */
const hugeList = <T>(mode: Mode, pool: fc.Arbitrary<T>, item: (mode: Mode) => fc.Arbitrary<Gen<T>>, length: number): fc.Arbitrary<Gen<T[]>> =>
  fc
    .tuple(
      fc.array(pool.map(good), { minLength: 1, maxLength: 5 }),
      mode === "valid" ? fc.constant([]) : fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: length - 1 }), item("bad")), { maxLength: 5, selector: ([i]) => i }),
    )
    .map(([pool, replacements]) => {
      const items = Array.from({ length }, (_, i) => pool[i % pool.length]!);
      for (const [i, replacement] of replacements) items[i] = replacement;
      return listOf(items);
    });

// ---------------------------------------------------------------------------------------------
// CreateUserGroupInput.

export interface UserGroupJson {
  userGroupId: string;
  engine: "VALKEY" | "REDIS";
  userIds?: string[] | null;
  tags?: TagJson[] | null;
}

const absent = <T>(mode: Mode, present: fc.Arbitrary<Gen<T>>): fc.Arbitrary<Gen<T | null | undefined>> =>
  fc.oneof({ weight: 1, arbitrary: fc.constantFrom(good(undefined), good(null)) }, { weight: mode === "valid" ? 4 : 6, arbitrary: present });

/** How long an ordinary list may be: short in a "huge" case. */
const shortList = (mode: Mode, max: number): number => (mode === "huge" ? Math.min(max, 3) : max);

const userIds = (mode: Mode): fc.Arbitrary<Gen<string[] | null | undefined>> => {
  const id = (m: Mode) => field(m, identifierValid, identifierBad, identifierHuge);
  return absent(
    mode,
    fc.oneof(
      { weight: 12, arbitrary: fc.array(id(mode), { minLength: 1, maxLength: shortList(mode, 8) }).map(listOf) },
      { weight: 2, arbitrary: fc.array(id(light(mode)), { minLength: 9, maxLength: 120 }).map(listOf) },
      { weight: 1, arbitrary: hugeList(mode, identifierShort, id, 5_000) },
      { weight: mode === "valid" ? 0 : 2, arbitrary: fc.constant<Gen<string[]>>({ value: [], bad: [[]] }) },
    ),
  );
};

const tags = (mode: Mode): fc.Arbitrary<Gen<TagJson[] | null | undefined>> =>
  absent(
    mode,
    fc.oneof(
      { weight: 12, arbitrary: fc.array(tag(mode), { maxLength: shortList(mode, 6) }).map(listOf) },
      { weight: 1, arbitrary: fc.array(tag(light(mode)), { minLength: 50, maxLength: 50 }).map(listOf) },
    ),
  );

const withOptional = <T extends object>(base: T, key: string, gen: Gen<unknown>): T => (gen.value === undefined ? base : { ...base, [key]: gen.value });

/** A CreateUserGroupInput and the paths (from "input") of the rules it breaks: none in mode "valid". */
export const userGroupCase = (mode: Mode): fc.Arbitrary<Gen<UserGroupJson>> =>
  fc
    .record({
      userGroupId: field(mode, identifierValid, identifierBad, identifierHuge),
      engine: fc.constantFrom("VALKEY" as const, "REDIS" as const),
      userIds: userIds(mode),
      tags: tags(mode),
    })
    .map(({ userGroupId, engine, userIds, tags }) => ({
      value: withOptional(withOptional({ userGroupId: userGroupId.value, engine }, "userIds", userIds), "tags", tags),
      bad: under("input", [...under("userGroupId", userGroupId.bad), ...under("userIds", userIds.bad), ...under("tags", tags.bad)]),
    }));

// ---------------------------------------------------------------------------------------------
// CreateBrokerUserInput.

export interface BrokerUserJson {
  brokerId: string;
  username: string;
  password: string;
  consoleAccess?: boolean;
  groups?: string[] | null;
  replicationUser?: boolean;
}

const brokerIdValid: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.uuid().map((u) => `b-${u}`) },
  { weight: 4, arbitrary: freeText(lengths(1, 60)) },
  { weight: 1, arbitrary: freeText(fc.integer({ min: 61, max: 3_000 })) },
);

const groups = (mode: Mode): fc.Arbitrary<Gen<string[] | null | undefined>> => {
  const group = (m: Mode) => field(m, mqNameValid, mqNameBad, mqNameHuge);
  const tooMany = (length: number) => hugeList(mode, mqNameValid, group, length).map((g) => ({ value: g.value, bad: [[], ...g.bad] }));
  return absent(
    mode,
    fc.oneof(
      { weight: 10, arbitrary: fc.array(group(mode), { maxLength: shortList(mode, 6) }).map(listOf) },
      { weight: 2, arbitrary: fc.array(group(light(mode)), { minLength: 20, maxLength: 20 }).map(listOf) },
      { weight: mode === "valid" ? 0 : 2, arbitrary: fc.integer({ min: 21, max: 60 }).chain(tooMany) },
      { weight: mode === "valid" ? 0 : 1, arbitrary: tooMany(5_000) },
    ),
  );
};

/** consoleAccess and replicationUser, each left out, false or true; both true is the bad pair. */
const access = (mode: Mode): fc.Arbitrary<Gen<{ consoleAccess?: boolean; replicationUser?: boolean }>> => {
  const flag = fc.constantFrom(undefined, false, true);
  const pick = (consoleAccess: boolean | undefined, replicationUser: boolean | undefined) => ({
    ...(consoleAccess === undefined ? {} : { consoleAccess }),
    ...(replicationUser === undefined ? {} : { replicationUser }),
  });
  const valid = fc
    .tuple(flag, flag)
    .filter(([c, r]) => !(c === true && r === true))
    .map(([c, r]) => good(pick(c, r)));
  return mode !== "valid" ? fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: fc.constant({ value: pick(true, true), bad: [["replicationUser"]] }) }) : valid;
};

/** A CreateBrokerUserInput and the paths (from "input") of the rules it breaks: none in mode "valid". */
export const brokerUserCase = (mode: Mode): fc.Arbitrary<Gen<BrokerUserJson>> =>
  fc
    .record({
      brokerId: field(mode, brokerIdValid, fc.constant("")),
      username: field(mode, mqNameValid, mqNameBad, mqNameHuge),
      password: field(mode, passwordValid, passwordBad, passwordHuge),
      groups: groups(mode),
      access: access(mode),
    })
    .map(({ brokerId, username, password, groups, access }) => ({
      value: withOptional({ brokerId: brokerId.value, username: username.value, password: password.value, ...access.value }, "groups", groups),
      bad: under("input", [
        ...under("brokerId", brokerId.bad),
        ...under("username", username.bad),
        ...under("password", password.bad),
        ...under("groups", groups.bad),
        ...access.bad,
      ]),
    }));

/**
 * About half the cases break nothing; the others break a random subset of fields (possibly none), one
 * in twelve of them with very long values.
 */
export const mixed = <T>(make: (mode: Mode) => fc.Arbitrary<Gen<T>>): fc.Arbitrary<Gen<T>> =>
  fc.oneof({ weight: 12, arbitrary: make("valid") }, { weight: 11, arbitrary: make("bad") }, { weight: 1, arbitrary: make("huge") });

// ---------------------------------------------------------------------------------------------
// Unicode that must pass untouched: tag values and passwords.

/** Tag values of 1-256 code points full of astral characters, combining marks and other unicode. */
export const unicodeTagValue: fc.Arbitrary<string> = fc.oneof(
  text(fc.oneof(astral, combining, bmpNonAscii, exotic), lengths(1, 256)),
  fc.tuple(astral, combining).chain(([a, c]) => fc.integer({ min: 1, max: 128 }).map((n) => (a + c).repeat(n))),
  astral.map((c) => c.repeat(256)),
);

/** Valid passwords made mostly of non-ASCII code points. */
export const unicodePassword: fc.Arbitrary<string> = fc
  .tuple(fc.uniqueArray(fc.oneof(astral, combining, bmpNonAscii), { minLength: 4, maxLength: 6 }), fc.array(fc.oneof(astral, combining, bmpNonAscii, exotic), { minLength: 8, maxLength: 60 }))
  .chain(([distinct, rest]) => shuffled([...distinct, ...rest]));

// ---------------------------------------------------------------------------------------------
// Hostile JSON: values that are not of the GraphQL input type at all.

/** A rarer alternative: one in ten, for values that make the body about a megabyte. */
const rare = <T>(arbitrary: fc.Arbitrary<T>) => ({ weight: 1, arbitrary });
const usual = <T>(arbitrary: fc.Arbitrary<T>) => ({ weight: 9, arbitrary });

/** A string of about 1 MB. */
export const megabyteString: fc.Arbitrary<string> = fc
  .constantFrom("x", "\u00E9", "\u{1F600}", "\u0000", "{", "\\", "\"", LONE_HIGH + "a", " at \"input.engine\"; ")
  .map((s) => s.repeat(Math.ceil(1_000_000 / (Buffer.byteLength(JSON.stringify(s)) - 2))));

/** JSON values of the wrong type for a String! field. */
export const notAString: fc.Arbitrary<unknown> = fc.oneof(
  usual(
    fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.dictionary(fc.string({ maxLength: 5 }).filter((k) => k !== "__proto__" && k !== "constructor"), fc.string(), { maxKeys: 3 }),
      fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
      fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
    ),
  ),
  rare(megabyteString.map((s) => [s])),
);

/** JSON values of the wrong type for a Boolean (or Boolean!) field; null is excluded. */
export const notABoolean: fc.Arbitrary<unknown> = fc.oneof(usual(fc.constantFrom("true", "false", "", 0, 1, [], {}, [true])), rare(megabyteString));

/** Values that are not a member of the Engine enum. */
export const notAnEngine: fc.Arbitrary<unknown> = fc.oneof(
  usual(fc.constantFrom("valkey", "redis", "Valkey", " VALKEY", "VALKEY\n", "", "MEMCACHED", "VALKEY\u200B", "\u212AEY", 1, true, {}, ["VALKEY"], null)),
  usual(fc.string({ unit: "binary", maxLength: 20 }).filter((s) => s !== "VALKEY" && s !== "REDIS")),
  rare(megabyteString),
);

/** One change that makes an input unrepresentable in its GraphQL type: a field set to `value`, or removed. */
export type Breakage = { readonly field: string; readonly value: unknown } | { readonly field: string; readonly remove: true };

const set = (field: string) => (value: unknown): Breakage => ({ field, value });
const remove = (field: string): fc.Arbitrary<Breakage> => fc.constant({ field, remove: true as const });

/** A list type accepts a single item for a list of one: none of these is a single valid item. */
const notAStringList: fc.Arbitrary<unknown> = fc.oneof(
  usual(fc.constantFrom(1, true, {}, [null], ["ok", null], [1], [["nested"]], [{}], ["ok", 2.5])),
  // A huge list with one item of the wrong type.
  rare(fc.tuple(fc.integer({ min: 0, max: 4_999 }), fc.constantFrom(null, 7, {}, ["u"])).map(([at, odd]) => Array.from({ length: 5_000 }, (_, i) => (i === at ? odd : `u${i}`)))),
  rare(megabyteString.map((s) => [s.length, s])),
);

/** An extra field no input type defines. */
const unknownField: fc.Arbitrary<Breakage> = fc
  .constantFrom("extra", "userGroupID", "user_group_id", "Password", "tags2", "constructor2", "\u00E9", "a".repeat(10_000))
  .chain((field) =>
    fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.boolean(), fc.array(fc.integer(), { maxLength: 3 })).map((value) => ({ field, value })),
  );

const brokenTags: fc.Arbitrary<unknown> = fc.oneof(
  usual(fc.constantFrom(5, true, "k=v", [null], ["k=v"], [[{ key: "k" }]], [{ value: "v" }], [{ key: null }], [{ key: 1, value: "v" }], [{ key: "k", value: 1 }])),
  usual(fc.constantFrom([{ key: "k", value: {} }], [{ key: "k", value: ["v"] }], [{ key: "k", extra: 1 }], [{ key: "k" }, 7])),
  rare(megabyteString.map((s) => [{ key: "k", value: [s] }])),
  rare(megabyteString.map((s) => [{ key: "k", [s.slice(0, 1000)]: "v" }])),
);

export const userGroupBreakage: fc.Arbitrary<Breakage> = fc.oneof(
  notAString.map(set("userGroupId")),
  remove("userGroupId"),
  notAnEngine.map(set("engine")),
  remove("engine"),
  notAStringList.map(set("userIds")),
  brokenTags.map(set("tags")),
  unknownField,
);

export const brokerUserBreakage: fc.Arbitrary<Breakage> = fc.oneof(
  fc.constantFrom("brokerId", "username", "password").chain((field) => fc.oneof(notAString.map(set(field)), remove(field))),
  fc.constantFrom("consoleAccess", "replicationUser").chain((field) => fc.oneof(notABoolean, fc.constant(null)).map(set(field))),
  notAStringList.map(set("groups")),
  unknownField,
);

export const applyBreakages = (input: object, breakages: readonly Breakage[]): Record<string, unknown> => {
  const out: Record<string, unknown> = { ...input };
  for (const b of breakages) {
    if ("remove" in b) delete out[b.field];
    else out[b.field] = b.value;
  }
  return out;
};

/** Variables whose `input` is not an input object at all, or is missing. */
export const brokenVariables: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  usual(fc.constantFrom({}, { input: null }, { input: "input" }, { input: 42 }, { input: [] }, { input: true }, { Input: {} })),
  rare(megabyteString.map((s) => ({ input: s }))),
);
