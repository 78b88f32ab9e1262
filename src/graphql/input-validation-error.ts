import { Field, ObjectType, registerEnumType } from "type-graphql";
import { CONSTRAINTS, type Constraint, type Violation } from "../validation/violation";
import { ErrorInterface } from "./error";

/** The rule set's constraint names, as GraphQL enum values named after themselves. */
const InputConstraint = Object.fromEntries(Object.keys(CONSTRAINTS).map((name) => [name, name])) as { readonly [C in Constraint]: C };
registerEnumType(InputConstraint, {
  name: "InputConstraint",
  description: "Which input rule a violation breaks.",
  valuesConfig: Object.fromEntries(Object.entries(CONSTRAINTS).map(([name, description]) => [name, { description }])),
});

/** Violations of an `input` argument's rules (which are relative to the input object), from the argument down. */
export const inInput = (violations: readonly Violation[]): Violation[] => violations.map((v) => ({ ...v, path: ["input", ...v.path] }));

@ObjectType("InputViolation", { description: "One broken input rule." })
export class InputViolation {
  @Field(() => [String], { description: 'Where, from the argument down: ["input", "userIds", "2"].' })
  path!: string[];

  @Field(() => String, { description: "The rule, for people. The rejected value is never repeated." })
  message!: string;

  @Field(() => InputConstraint, { description: "The rule, for programs: stable across releases." })
  constraint!: Constraint;
}

@ObjectType("InputValidationError", {
  implements: ErrorInterface,
  description: "The input breaks documented AWS rules; nothing was sent to AWS. Fix every violation and retry.",
})
export class InputValidationError extends ErrorInterface {
  @Field(() => [InputViolation])
  violations!: InputViolation[];

  /** Each violation's path starts at the argument name. */
  static of(violations: readonly Violation[]): InputValidationError {
    const error = new InputValidationError();
    error.violations = violations.map((v) => Object.assign(new InputViolation(), v));
    error.message = `The input breaks ${violations.length} rule${violations.length === 1 ? "" : "s"}: ${violations.map((v) => v.message).join(" ")}`;
    return error;
  }
}
