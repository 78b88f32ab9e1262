import { type Audit, type AuditResult, serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway, type TestGateway } from "../fixtures/gateway";

/**
 * SHOULD audits the gateway knowingly fails, by audit id. Each test below asserts the audit still fails
 * exactly this way, so an entry that stops applying fails the run instead of lingering.
 *
 * None of them is caused by Apollo's CSRF prevention: the audits that POST send `content-type:
 * application/json`, which the prevention lets through. Its only effect is on the GET audits, all MAY-level
 * (5A70, 6A70, D6D5 fail with 400 because they send no `apollo-require-preflight`; 9C48 passes because that
 * same 400 is a 4xx), and those are recorded below, not asserted.
 */
const KNOWN_SHOULD_DEVIATIONS: Readonly<Record<string, KnownDeviation>> = {
  // Apollo Server answers 400 for a document that does not parse, whatever the Accept header; README "Top-level errors" documents it.
  "572B": { auditReason: "Response status code is not 200", httpStatus: 400, codes: ["GRAPHQL_PARSE_FAILED"] },
  // Same 400 rule for invalid documents; the audit's `{ 8f31... }` does not even parse, a real validation failure is 400 as well.
  FDE2: { auditReason: "Response status code is not 200", httpStatus: 400, codes: ["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"] },
  // Same 400 rule: the audit's `$id: ID!` is unused and this schema has no ID type (validation failure); true coercion failures are 400 too.
  "7B9B": { auditReason: "Response status code is not 200", httpStatus: 400, codes: ["GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"] },
};

interface KnownDeviation {
  /** The `reason` graphql-http gives for the failure. */
  readonly auditReason: string;
  /** The HTTP status the gateway answers. */
  readonly httpStatus: number;
  /** Accepted `errors[0].extensions.code` values of the gateway's answer. */
  readonly codes: readonly string[];
}

type Level = "MUST" | "SHOULD" | "MAY";
const levelOf = (audit: Audit): Level => audit.name.split(" ", 1)[0] as Level;

interface Answer {
  /** One line for a failure message: audit id, status, graphql-http's reason, and what the gateway answered. */
  readonly description: string;
  /** The gateway's body, parsed when it is JSON. */
  readonly json: any;
}

/** What the gateway answered to a failing audit; its response body is read here, once. */
async function answerOf(result: AuditResult): Promise<Answer> {
  if (result.status === "ok") return { description: `${result.id} ok`, json: undefined };
  let body: string;
  try {
    body = await result.response.text();
  } catch {
    body = "(body already read)";
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  const { status, headers } = result.response;
  const contentType = headers.get("content-type") ?? "(no content-type)";
  return { description: `${result.id} ${result.status}: ${result.reason} | HTTP ${status} ${contentType} ${body}`, json };
}

describe("GraphQL over HTTP conformance (graphql-http server audits)", () => {
  let gw: TestGateway | undefined;
  beforeAll(async () => {
    gw = await startGateway();
  });
  afterAll(() => gw?.close());

  const audits = serverAudits({ url: () => gw!.url });

  it("allow-lists only SHOULD audits that exist in this graphql-http version", () => {
    const byId = new Map(audits.map((audit) => [audit.id, audit]));
    for (const id of Object.keys(KNOWN_SHOULD_DEVIATIONS)) {
      expect(byId.get(id) && levelOf(byId.get(id)!), `allow-listed audit ${id}`).toBe("SHOULD");
    }
  });

  for (const audit of audits) {
    it(`${audit.name} [${audit.id}]`, async ({ annotate }) => {
      const level = levelOf(audit);
      const result = await audit.fn();
      const known = KNOWN_SHOULD_DEVIATIONS[audit.id];

      if (level === "MUST" || (level === "SHOULD" && !known)) {
        expect(result.status, (await answerOf(result)).description).toBe("ok");
      } else if (level === "SHOULD") {
        expect(result.status, `${audit.id} is allow-listed but now passes: remove it from KNOWN_SHOULD_DEVIATIONS`).toBe("warn");
        if (result.status === "ok") return;
        const { description, json } = await answerOf(result);
        expect(result.reason, description).toBe(known!.auditReason);
        expect(result.response.status, description).toBe(known!.httpStatus);
        expect(known!.codes, description).toContain(json?.errors?.[0]?.extensions?.code);
        await annotate(`known deviation: ${description}`, "notice");
      } else {
        expect(level, `audit name "${audit.name}" has no MUST/SHOULD/MAY prefix`).toBe("MAY");
        // Recorded only: optional behaviour, asserted nowhere.
        if (result.status !== "ok") await annotate((await answerOf(result)).description, "notice");
      }
    });
  }
});
