import { Field, ObjectType } from "type-graphql";
import type { Violation } from "../validation/violation";
import { ErrorInterface } from "./error";

@ObjectType("InputViolation", { description: "One broken input rule." })
export class InputViolation {
  @Field(() => [String], { description: 'Where, from the argument down: ["input", "userIds", "2"].' })
  path!: string[];

  @Field(() => String, { description: "The rule, for people. The rejected value is never repeated." })
  message!: string;

  @Field(() => String, {
    description:
      "Stable rule code: MIN_LENGTH, MAX_LENGTH, PATTERN, MIN_ITEMS, MAX_ITEMS, MIN_DISTINCT_CHARACTERS, FORBIDDEN_CHARACTERS, RESERVED_PREFIX, MUTUALLY_EXCLUSIVE.",
  })
  constraint!: string;
}

@ObjectType("InputValidationError", {
  implements: ErrorInterface,
  description: "The input breaks documented AWS rules; nothing was sent to AWS. Fix every violation and retry.",
})
export class InputValidationError extends ErrorInterface {
  @Field(() => [InputViolation])
  violations!: InputViolation[];

  /** Violations come relative to the input object; paths here start at the argument name. */
  static of(argument: string, violations: readonly Violation[]): InputValidationError {
    const error = new InputValidationError();
    error.violations = violations.map((v) => Object.assign(new InputViolation(), { ...v, path: [argument, ...v.path] }));
    error.message = `The input breaks ${violations.length} rule${violations.length === 1 ? "" : "s"}: ${violations.map((v) => v.message).join(" ")}`;
    return error;
  }
}
