"use strict";
/*
 * graphql-inspector's `--onComplete` handler for schema-diff.js: names each change's level (BREAKING,
 * DANGEROUS, NON_BREAKING) with inspector's reason, says what a new union member means for clients,
 * and exits 1 when anything breaks.
 */

/** What is read of one of graphql-inspector's changes. @typedef {{ type: string, message: string, criticality: { reason?: string } }} Change */

/**
 * What some dangerous changes mean for clients written the way the README tells them to.
 * @type {Record<string, string | undefined>}
 */
const CLIENT_NOTES = {
  UNION_MEMBER_ADDED:
    "exhaustive clients (a switch on __typename that fails to compile when a member is missing) must handle the new member; " +
    "until they regenerate their types and add a case, it reaches them only through `... on Error { message }`.",
  ENUM_VALUE_ADDED: "Clients that switch exhaustively on this enum must handle the new value.",
  OBJECT_TYPE_INTERFACE_ADDED: "Clients that switch on __typename within this interface may see the type in a new place.",
};

/** @param {{ breakingChanges: Change[], dangerousChanges: Change[], nonBreakingChanges: Change[] }} changes */
module.exports = function report({ breakingChanges, dangerousChanges, nonBreakingChanges }) {
  const section = (/** @type {string} */ label, /** @type {Change[]} */ changes) => {
    if (changes.length === 0) return;
    console.log(`\n${label} (${changes.length}):`);
    for (const change of changes) {
      console.log(`  ${label}: ${change.message}`);
      if (change.criticality.reason) console.log(`    why: ${change.criticality.reason}`);
      const note = CLIENT_NOTES[change.type];
      if (note && label !== "NON_BREAKING") console.log(`    clients: ${note}`);
    }
  };
  section("BREAKING", breakingChanges);
  section("DANGEROUS", dangerousChanges);
  section("NON_BREAKING", nonBreakingChanges);

  const counts = `${breakingChanges.length} breaking, ${dangerousChanges.length} dangerous, ${nonBreakingChanges.length} non-breaking`;
  if (breakingChanges.length > 0) {
    console.log(`\nschema-diff: ${counts}. Existing clients break: FAIL.`);
    process.exit(1);
  }
  console.log(`\nschema-diff: ${counts}. Nothing breaks${dangerousChanges.length > 0 ? "; announce the dangerous changes to clients" : ""}: OK.`);
};
