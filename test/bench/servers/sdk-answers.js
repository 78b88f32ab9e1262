"use strict";
/**
 * The sdkCall scenario's upstream: node:http answering every AWS call at once with a fixed answer of the
 * right shape, so that what a client spends on a call is its own work. ElastiCache (AWS Query: a form
 * body posted to /) gets a CreateUserGroup result in XML; Amazon MQ (REST-JSON under /v1/) gets CreateUser's
 * empty JSON object. Both carry a request id, as AWS's answers do.
 */
const { createServer } = require("node:http");

const USER_GROUP_XML = Buffer.from(
  '<CreateUserGroupResponse xmlns="http://elasticache.amazonaws.com/doc/2015-02-02/"><CreateUserGroupResult>' +
    "<UserGroupId>bench-group</UserGroupId><Status>creating</Status><Engine>valkey</Engine>" +
    "<UserIds><member>app-default</member></UserIds><MinimumEngineVersion>7.2</MinimumEngineVersion>" +
    "<ReplicationGroups/><ServerlessCaches/><ARN>arn:aws:elasticache:us-east-1:123456789012:usergroup:bench-group</ARN>" +
    "</CreateUserGroupResult><ResponseMetadata><RequestId>5d1c8e2a-8f3e-4b8a-9c51-2f6d0f7f4a10</RequestId></ResponseMetadata></CreateUserGroupResponse>\n",
);
const EMPTY_JSON = Buffer.from("{}");
const REQUEST_ID = "2f6d0f7f-4a10-4b8a-9c51-5d1c8e2a8f3e";

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const [type, body] = req.url?.startsWith("/v1/") ? ["application/json", EMPTY_JSON] : ["text/xml", USER_GROUP_XML];
    res.writeHead(200, { "content-type": type, "content-length": body.length, "x-amzn-requestid": REQUEST_ID });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  process.stdout.write(`sdk-answers listening on http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}\n`);
});
process.once("SIGTERM", () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
