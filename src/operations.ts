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
  /** A list field: the page sizes AWS accepts (ElastiCache MaxRecords, Amazon MQ MaxResults). */
  readonly page?: { readonly min: number; readonly max: number };
}

export type OperationTable = { readonly [field: string]: AwsOperation<"elasticache"> | AwsOperation<"mq"> };

const ELASTICACHE_PAGE = { min: 20, max: 100 } as const;
const MQ_PAGE = { min: 5, max: 100 } as const;
const BROKER_ID = "b-1f5a2c3d-0000-4000-8000-00000000a001";

export const OPERATIONS = {
  createUserGroup: {
    service: "elasticache",
    command: "CreateUserGroup",
    scope: "elasticache:CreateUserGroup",
    example: {
      input: { userGroupId: "my-group", engine: "VALKEY", userIds: ["app-default", "reader"], tags: [{ key: "team", value: "web" }], idempotencyKey: null },
    },
  },
  createBrokerUser: {
    service: "mq",
    command: "CreateUser",
    scope: "mq:CreateUser",
    example: {
      input: {
        brokerId: BROKER_ID,
        username: "app-user",
        password: "choose-a-password-here",
        consoleAccess: false,
        groups: ["apps"],
        replicationUser: false,
        idempotencyKey: null,
      },
    },
  },
  cacheUsers: {
    service: "elasticache",
    command: "DescribeUsers",
    scope: "elasticache:DescribeUsers",
    example: { engine: "VALKEY", first: 10 },
    page: ELASTICACHE_PAGE,
  },
  userGroup: { service: "elasticache", command: "DescribeUserGroups", scope: "elasticache:DescribeUserGroups", example: { userGroupId: "app-group" } },
  userGroups: {
    service: "elasticache",
    command: "DescribeUserGroups",
    scope: "elasticache:DescribeUserGroups",
    example: { first: 10 },
    page: ELASTICACHE_PAGE,
  },
  userGroupStatus: {
    service: "elasticache",
    command: "DescribeUserGroups",
    scope: "elasticache:DescribeUserGroups",
    example: { userGroupId: "my-group" },
  },
  modifyUserGroup: {
    service: "elasticache",
    command: "ModifyUserGroup",
    scope: "elasticache:ModifyUserGroup",
    example: { input: { userGroupId: "app-group", userIdsToAdd: ["writer"], userIdsToRemove: [], idempotencyKey: null } },
  },
  deleteUserGroup: {
    service: "elasticache",
    command: "DeleteUserGroup",
    scope: "elasticache:DeleteUserGroup",
    example: { input: { userGroupId: "my-group", idempotencyKey: null } },
  },
  brokers: { service: "mq", command: "ListBrokers", scope: "mq:ListBrokers", example: { first: 10 }, page: MQ_PAGE },
  brokerUsers: { service: "mq", command: "ListUsers", scope: "mq:ListUsers", example: { brokerId: BROKER_ID, first: 10 }, page: MQ_PAGE },
  brokerUser: { service: "mq", command: "DescribeUser", scope: "mq:DescribeUser", example: { brokerId: BROKER_ID, username: "admin" } },
  updateBrokerUser: {
    service: "mq",
    command: "UpdateUser",
    scope: "mq:UpdateUser",
    example: {
      input: {
        brokerId: BROKER_ID,
        username: "admin",
        password: "a-new-password-here",
        consoleAccess: true,
        groups: ["admins"],
        replicationUser: false,
        idempotencyKey: null,
      },
    },
  },
  deleteBrokerUser: {
    service: "mq",
    command: "DeleteUser",
    scope: "mq:DeleteUser",
    example: { input: { brokerId: BROKER_ID, username: "app-user", idempotencyKey: null } },
  },
} as const satisfies OperationTable;

/** A GraphQL field that calls AWS. */
export type AwsField = keyof typeof OPERATIONS;

/** A field that lists a page of AWS records: it takes `first` and `after`. */
export type ListField = { [F in AwsField]: (typeof OPERATIONS)[F] extends { readonly page: object } ? F : never }[AwsField];

export const AWS_FIELDS: ReadonlySet<string> = new Set(Object.keys(OPERATIONS));

/** Every scope a field of the table needs: what an anonymous caller gets in local development. */
export const AWS_SCOPES: readonly string[] = [...new Set(Object.values(OPERATIONS).map((operation) => operation.scope))];

/** What a field's description says about the AWS call and the scope it needs. */
export const callNote = (field: AwsField): string => `AWS ${OPERATIONS[field].command}. Scope: ${OPERATIONS[field].scope}.`;

/** The list fields: each takes `first` and `after` and answers a page of `first` nodes at most. */
export const LIST_FIELDS: ReadonlySet<string> = new Set(Object.entries(OPERATIONS).flatMap(([field, operation]) => ("page" in operation ? [field] : [])));
