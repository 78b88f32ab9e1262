/**
 * Every GraphQL field that calls AWS, declared once. The AWS-calls-per-operation rule, the metrics
 * labels, the scope each field needs, the anonymous caller's scopes and the playground's examples all
 * derive from this table. Adding an operation: its port method and adapters, its folder under
 * src/graphql/ (the resolver listed in graphql/schema.ts), and one row here.
 */

/** An AWS service, as IAM names it (and the metrics label `service`). */
export type AwsService = "elasticache" | "mq";

export interface AwsOperation<S extends AwsService = AwsService> {
  readonly service: S;
  /** The AWS API action the field performs (the metrics label `command`). */
  readonly command: string;
  /** The scope a caller needs: the IAM action, `service:Command`. */
  readonly scope: `${S}:${string}`;
  /** Variables of the playground's example, valid against the local backend's seed. */
  readonly example: { readonly [argument: string]: unknown };
}

export type OperationTable = { readonly [field: string]: AwsOperation<"elasticache"> | AwsOperation<"mq"> };

export const OPERATIONS = {
  createUserGroup: {
    service: "elasticache",
    command: "CreateUserGroup",
    scope: "elasticache:CreateUserGroup",
    example: { input: { userGroupId: "my-group", engine: "VALKEY", userIds: ["app-default", "reader"], tags: [{ key: "team", value: "web" }] } },
  },
  createBrokerUser: {
    service: "mq",
    command: "CreateUser",
    scope: "mq:CreateUser",
    example: {
      input: {
        brokerId: "b-1f5a2c3d-0000-4000-8000-00000000a001",
        username: "app-user",
        password: "choose-a-password-here",
        consoleAccess: false,
        groups: ["apps"],
        replicationUser: false,
      },
    },
  },
} as const satisfies OperationTable;

/** A GraphQL field that calls AWS. */
export type AwsField = keyof typeof OPERATIONS;

export const AWS_FIELDS: ReadonlySet<string> = new Set(Object.keys(OPERATIONS));

/** Every scope a field of the table needs: what an anonymous caller gets in local development. */
export const AWS_SCOPES: readonly string[] = Object.values(OPERATIONS).map((operation) => operation.scope);

/** What a field's description says about the AWS call and the scope it needs. */
export const callNote = (field: AwsField): string => `AWS ${OPERATIONS[field].command}. Scope: ${OPERATIONS[field].scope}.`;
