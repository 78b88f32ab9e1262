import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact";

describe("redact: ARNs", () => {
  it.each([
    ["Role arn:aws:iam::123456789012:role/x is invalid", "Role [arn] is invalid"],
    ["arn:aws:iam::123456789012:role/x", "[arn]"],
    ["Role arn:aws-us-gov:iam::123456789012:role/x is invalid", "Role [arn] is invalid"],
    ["Broker arn:aws-cn:mq:cn-north-1:123456789012:broker:b-1 failed", "Broker [arn] failed"],
    ['Role "arn:aws:iam::123456789012:role/x" denied', 'Role "[arn]" denied'],
    ["Role 'arn:aws:iam::123456789012:role/x' denied", "Role '[arn]' denied"],
    ["roles (arn:aws:iam::123456789012:role/a, arn:aws:iam::123456789012:role/b)", "roles ([arn], [arn])"],
    ["<Arn>arn:aws:elasticache:us-east-1:123456789012:usergroup:g</Arn>", "<Arn>[arn]</Arn>"],
    ["ARN:AWS:IAM::123456789012:ROLE/X", "[arn]"],
  ])("%j becomes %j", (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe("redact: account ids", () => {
  it.each([
    ["account 123456789012 is suspended", "account [account] is suspended"],
    ["123456789012", "[account]"],
    ["accounts 123456789012,210987654321.", "accounts [account],[account]."],
    ["id=123456789012;", "id=[account];"],
  ])("%j becomes %j", (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    ["11 digits", "order 12345678901 shipped"],
    ["13 digits", "order 1234567890123 shipped"],
    ["24 digits", "order 123456789012123456789012 shipped"],
  ])("keeps a number of %s", (_label, text) => {
    expect(redact(text)).toBe(text);
  });
});

describe("redact: secrets", () => {
  it("replaces a secret everywhere it appears", () => {
    expect(redact("password hunter2 rejected; hunter2 is too short (hunter2hunter2)", ["hunter2"])).toBe(
      "password [redacted] rejected; [redacted] is too short ([redacted][redacted])",
    );
  });

  it("replaces each of several secrets", () => {
    expect(redact("user alice:s3cret token tok-9", ["s3cret", "tok-9"])).toBe("user alice:[redacted] token [redacted]");
  });

  it("treats a secret literally, not as a pattern", () => {
    expect(redact("pw a.b*c(d) and axbbbc(d)", ["a.b*c(d)"])).toBe("pw [redacted] and axbbbc(d)");
  });

  it("redacts secrets and ARNs and account ids together", () => {
    expect(redact("arn:aws:iam::123456789012:role/x used pw Pa55word in 123456789012", ["Pa55word"])).toBe("[arn] used pw [redacted] in [account]");
  });

  it("redacts a secret that is made of 12 digits as a secret", () => {
    expect(redact("pin 123456789012 wrong", ["123456789012"])).toBe("pin [redacted] wrong");
  });

  it("ignores an empty secret", () => {
    expect(redact("nothing to see", [""])).toBe("nothing to see");
    expect(redact("still hunter2", ["", "hunter2"])).toBe("still [redacted]");
  });

  it("leaves the text alone when a secret does not appear", () => {
    expect(redact("nothing to see", ["hunter2"])).toBe("nothing to see");
  });
});

describe("redact: plain text", () => {
  it.each(["", "User reader-2 not found.", "Broker b-1234 is rebooting; try again in 42 seconds.", "harness:aws and arn without a colon and arnold:awsome"])(
    "leaves %j unchanged",
    (text) => {
      expect(redact(text)).toBe(text);
      expect(redact(text, ["zzz"])).toBe(text);
    },
  );
});
