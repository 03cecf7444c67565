// Sign-in checks against a real database: right and wrong passwords, unknown
// and disabled accounts, and the audit trail each attempt leaves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { freshDatabase, type TestDb } from "../support/db";

let t: TestDb;
const PASSWORD = "correct horse battery";

beforeAll(async () => {
  t = freshDatabase();
  const passwordHash = await hashPassword(PASSWORD);
  await t.db.user.createMany({
    data: [
      { email: "reporter@example.com", displayName: "Hoa", role: "REPORTER", passwordHash },
      { email: "gone@example.com", displayName: "Gone", role: "EDITOR", passwordHash, disabledAt: new Date() },
    ],
  });
});
afterAll(() => t.db.$disconnect());

describe("verifyCredentials", () => {
  it("accepts the right password, ignoring case and spaces in the email", async () => {
    const user = await verifyCredentials(t.db, "  Reporter@Example.com ", PASSWORD, "127.0.0.1");
    expect(user).toMatchObject({ email: "reporter@example.com", name: "Hoa", role: "REPORTER", sessionVersion: 0 });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in" } });
    expect(event).toMatchObject({ actorId: user!.id, ip: "127.0.0.1" });
  });

  it("refuses a wrong password, an unknown email, a disabled account and junk input", async () => {
    expect(await verifyCredentials(t.db, "reporter@example.com", "wrong password!")).toBeNull();
    expect(await verifyCredentials(t.db, "nobody@example.com", PASSWORD)).toBeNull();
    expect(await verifyCredentials(t.db, "gone@example.com", PASSWORD)).toBeNull();
    expect(await verifyCredentials(t.db, { email: 1 }, PASSWORD)).toBeNull();
    expect(await verifyCredentials(t.db, "reporter@example.com", "x".repeat(10_000))).toBeNull();
    const reasons = (await t.db.auditEvent.findMany({ where: { action: "auth.sign_in_failed" }, orderBy: { createdAt: "asc" } })).map(
      (e) => JSON.parse(e.detail).reason,
    );
    expect(reasons).toEqual(["wrong_password", "unknown_email", "disabled", "malformed", "malformed"]);
  });
});
