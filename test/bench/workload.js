"use strict";
/** What the servers are asked: the operations, the request bodies, and the gateway's key and seed files. */
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const API_KEY = "agk_bench_load_generator_key_0001";

/** One document for the gateway and the bare Apollo baseline (whose schema has these types). */
const CREATE_USER_GROUP = `mutation CreateUserGroup($input: CreateUserGroupInput!) {
  createUserGroup(input: $input) {
    __typename
    ... on CreateUserGroupSuccess { userGroup { userGroupId status engine userIds minimumEngineVersion arn } }
    ... on Error { message }
  }
}`;

const CREATE_BROKER_USER = `mutation CreateBrokerUser($input: CreateBrokerUserInput!) {
  createBrokerUser(input: $input) {
    __typename
    ... on CreateBrokerUserSuccess { brokerUser { brokerId username consoleAccess groups replicationUser pendingChange } }
    ... on Error { message }
  }
}`;

/** The same bytes go to every GraphQL server in scenarios 1, 2, 4 and 5. */
const USER_GROUP_BODY = JSON.stringify({
  operationName: "CreateUserGroup",
  query: CREATE_USER_GROUP,
  variables: { input: { userGroupId: "bench-group", engine: "VALKEY", userIds: ["app-default", "reader"] } },
});

/** The same request by its GraphQL over HTTP persisted-document id, for a gateway that lists the document (scenario 10). */
const USER_GROUP_BY_ID_BODY = JSON.stringify({
  operationName: "CreateUserGroup",
  documentId: `sha256:${createHash("sha256").update(CREATE_USER_GROUP).digest("hex")}`,
  variables: JSON.parse(USER_GROUP_BODY).variables,
});

const HEADERS = { "content-type": "application/json", "x-api-key": API_KEY };

/** A broker id in the shape Amazon MQ gives, numbered. */
const brokerId = (/** @type {number} */ i) => `b-1f5a2c3d-0000-4000-8000-${i.toString(16).padStart(12, "0")}`;

/**
 * Writes the API keys file (one key with both scopes) and returns its path.
 * @param {string} dir
 */
function writeApiKeysFile(dir) {
  const file = path.join(dir, "api-keys.json");
  const sha256 = createHash("sha256").update(API_KEY).digest("hex");
  fs.writeFileSync(file, JSON.stringify([{ id: "bench", sha256, scopes: ["elasticache:CreateUserGroup", "mq:CreateUser"] }]));
  return file;
}

/**
 * Writes a trusted-documents manifest (GATEWAY_TRUSTED_DOCUMENTS) listing CREATE_USER_GROUP and returns its path.
 * @param {string} dir
 */
function writeTrustedDocumentsFile(dir) {
  const file = path.join(dir, "trusted-documents.json");
  fs.writeFileSync(file, JSON.stringify({ [JSON.parse(USER_GROUP_BY_ID_BODY).documentId]: CREATE_USER_GROUP }));
  return file;
}

/**
 * Writes a seed with `brokers` empty ActiveMQ brokers (250 users each) and the given upstream latency,
 * and returns its path and the broker ids.
 * @param {string} dir
 * @param {{ brokers: number, latencyMs: number }} options
 */
function writeSeedFile(dir, { brokers, latencyMs }) {
  const file = path.join(dir, `seed-${brokers}-${latencyMs}ms.json`);
  const ids = Array.from({ length: brokers }, (_, i) => brokerId(i + 1));
  const users = [
    { userId: "default", userName: "default", engine: "redis", authentication: "no-password" },
    { userId: "app-default", userName: "default", engine: "valkey", authentication: "password" },
    { userId: "reader", userName: "reader", engine: "valkey", authentication: "password" },
  ];
  fs.writeFileSync(file, JSON.stringify({ latencyMs, users, brokers: ids.map((id) => ({ brokerId: id, engineType: "ACTIVEMQ", usernames: [] })) }));
  return { file, brokerIds: ids };
}

module.exports = {
  API_KEY,
  CREATE_USER_GROUP,
  CREATE_BROKER_USER,
  USER_GROUP_BODY,
  USER_GROUP_BY_ID_BODY,
  HEADERS,
  writeApiKeysFile,
  writeSeedFile,
  writeTrustedDocumentsFile,
};
