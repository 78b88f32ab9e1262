import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { ACTIVEMQ_BROKER, CREATE_BROKER_USER, CREATE_USER_GROUP } from "../fixtures/documents";
import { startGateway, type TestGateway } from "../fixtures/gateway";

const PASSWORD = "CANARY-Pa55word-client-errors";

/** Schema facts in error messages, as each mode answers them; submitted values in neither. */
describe.each([
  ["development (field suggestions on)", {}, true],
  ["production (field suggestions off)", { NODE_ENV: "production" }, false],
])("error messages in %s", (_, env, suggestions) => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway(DEFAULT_SEED, env);
  });
  afterAll(() => gw.close());
  const messages = async (query: string, input: unknown) => {
    const response = await gw.post({ query, variables: { input } });
    expect(response.status).toBe(400);
    return response.json.errors.map((e: { message: string }) => e.message) as string[];
  };

  it("a misspelt enum value: the enum's values always, the suggestion when on", async () => {
    const [message] = await messages(CREATE_USER_GROUP, { userGroupId: "g", engine: "valky", userIds: ["default"] });
    const said = 'Variable "$input" got an invalid value at "input.engine"; the value is not a member of enum "Engine" (VALKEY, REDIS).';
    expect(message).toBe(suggestions ? `${said} Did you mean the enum value "VALKEY"?` : said);
    expect(message).not.toContain("valky");
  });

  it("a misspelt input field: its name, and the suggestion when on", async () => {
    const found = await messages(CREATE_USER_GROUP, { userGroupID: "g", engine: "REDIS" });
    const said = 'Variable "$input" got an invalid value; field "userGroupID" is not defined by type "CreateUserGroupInput".';
    expect(found).toContain(suggestions ? `${said} Did you mean "userGroupId"?` : said);
  });

  it("a password of the wrong type and a misspelt field: the password is never repeated", async () => {
    const response = await gw.post({ query: CREATE_BROKER_USER, variables: { input: { brokerId: ACTIVEMQ_BROKER, usernam: "u", password: [PASSWORD] } } });
    expect(response.status).toBe(400);
    expect(response.text).not.toContain(PASSWORD);
    expect(response.text).not.toContain("CANARY");
  });
});
