
      export interface PossibleTypesResultData {
        possibleTypes: {
          [key: string]: string[]
        }
      }
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AwsError": [
      "BadRequest",
      "BrokerNotFound",
      "BrokerUserAlreadyExists",
      "BrokerUserNotFound",
      "Conflict",
      "DefaultUserRequired",
      "DuplicateUserName",
      "Forbidden",
      "InvalidParameterCombination",
      "InvalidParameterValue",
      "InvalidUserGroupState",
      "ServiceLinkedRoleNotFound",
      "TagQuotaPerResourceExceeded",
      "UpstreamThrottled",
      "UpstreamUnavailable",
      "UserGroupAlreadyExists",
      "UserGroupNotFound",
      "UserGroupQuotaExceeded",
      "UserNotFound"
    ],
    "BrokersResult": [
      "BadRequest",
      "BrokerConnection",
      "Forbidden",
      "InputValidationError",
      "RateLimited",
      "UpstreamThrottled",
      "UpstreamUnavailable"
    ],
    "BrokerUserResult": [
      "BadRequest",
      "BrokerUser",
      "BrokerUserNotFound",
      "Forbidden",
      "InputValidationError",
      "RateLimited",
      "UpstreamThrottled",
      "UpstreamUnavailable"
    ],
    "BrokerUsersResult": [
      "BadRequest",
      "BrokerNotFound",
      "BrokerUserConnection",
      "Forbidden",
      "InputValidationError",
      "RateLimited",
      "UpstreamThrottled",
      "UpstreamUnavailable"
    ],
    "CacheUsersResult": [
      "CacheUserConnection",
      "InputValidationError",
      "InvalidParameterCombination",
      "RateLimited",
      "ServiceLinkedRoleNotFound",
      "UpstreamThrottled",
      "UpstreamUnavailable",
      "UserNotFound"
    ],
    "CreateBrokerUserResult": [
      "BadRequest",
      "BrokerNotFound",
      "BrokerUserAlreadyExists",
      "CreateBrokerUserSuccess",
      "Forbidden",
      "IdempotencyInProgress",
      "IdempotencyKeyReused",
      "IdempotencyUnavailable",
      "InputValidationError",
      "RateLimited",
      "UpstreamThrottled",
      "UpstreamUnavailable"
    ],
    "CreateUserGroupResult": [
      "CreateUserGroupSuccess",
      "DefaultUserRequired",
      "DuplicateUserName",
      "IdempotencyInProgress",
      "IdempotencyKeyReused",
      "IdempotencyUnavailable",
      "InputValidationError",
      "InvalidParameterValue",
      "RateLimited",
      "ServiceLinkedRoleNotFound",
      "TagQuotaPerResourceExceeded",
      "UpstreamThrottled",
      "UpstreamUnavailable",
      "UserGroupAlreadyExists",
      "UserGroupQuotaExceeded",
      "UserNotFound"
    ],
    "DeleteBrokerUserResult": [
      "BadRequest",
      "BrokerUserNotFound",
      "DeleteBrokerUserSuccess",
      "Forbidden",
      "IdempotencyInProgress",
      "IdempotencyKeyReused",
      "IdempotencyUnavailable",
      "InputValidationError",
      "RateLimited",
      "UpstreamThrottled",
      "UpstreamUnavailable"
    ],
    "DeleteUserGroupResult": [
      "DeleteUserGroupSuccess",
      "IdempotencyInProgress",
      "IdempotencyKeyReused",
      "IdempotencyUnavailable",
      "InputValidationError",
      "InvalidParameterValue",
      "InvalidUserGroupState",
      "RateLimited",
      "ServiceLinkedRoleNotFound",
      "UpstreamThrottled",
      "UpstreamUnavailable",
      "UserGroupNotFound"
    ],
    "Error": [
      "BadRequest",
      "BrokerNotFound",
      "BrokerUserAlreadyExists",
      "BrokerUserNotFound",
      "Conflict",
      "DefaultUserRequired",
      "DuplicateUserName",
      "Forbidden",
      "IdempotencyInProgress",
      "IdempotencyKeyReused",
      "IdempotencyUnavailable",
      "InputValidationError",
      "InvalidParameterCombination",
      "InvalidParameterValue",
      "InvalidUserGroupState",
      "RateLimited",
      "ServiceLinkedRoleNotFound",
      "TagQuotaPerResourceExceeded",
      "UpstreamThrottled",
      "UpstreamUnavailable",
      "UserGroupAlreadyExists",
      "UserGroupNotFound",
      "UserGroupQuotaExceeded",
      "UserNotFound"
    ],
    "ModifyUserGroupResult": [
      "DefaultUserRequired",
      "DuplicateUserName",
      "IdempotencyInProgress",
      "IdempotencyKeyReused",
      "IdempotencyUnavailable",
      "InputValidationError",
      "InvalidParameterCombination",
      "InvalidParameterValue",
      "InvalidUserGroupState",
      "ModifyUserGroupSuccess",
      "RateLimited",
      "ServiceLinkedRoleNotFound",
      "UpstreamThrottled",
      "UpstreamUnavailable",
      "UserGroupNotFound",
      "UserNotFound"
    ],
    "UpdateBrokerUserResult": [
      "BadRequest",
      "BrokerUserNotFound",
      "Conflict",
      "Forbidden",
      "IdempotencyInProgress",
      "IdempotencyKeyReused",
      "IdempotencyUnavailable",
      "InputValidationError",
      "RateLimited",
      "UpdateBrokerUserSuccess",
      "UpstreamThrottled",
      "UpstreamUnavailable"
    ],
    "UserGroupResult": [
      "InputValidationError",
      "InvalidParameterCombination",
      "RateLimited",
      "ServiceLinkedRoleNotFound",
      "UpstreamThrottled",
      "UpstreamUnavailable",
      "UserGroup",
      "UserGroupNotFound"
    ],
    "UserGroupsResult": [
      "InputValidationError",
      "InvalidParameterCombination",
      "RateLimited",
      "ServiceLinkedRoleNotFound",
      "UpstreamThrottled",
      "UpstreamUnavailable",
      "UserGroupConnection",
      "UserGroupNotFound"
    ]
  }
};
      export default result;
    
export const { possibleTypes } = result;