// Sign-in checks against a real database: right and wrong passwords, unknown
// and disabled accounts, and the audit trail each attempt leaves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
const PASSWORD = "correct horse battery";

beforeAll(async () => {
  t = await freshDatabase();
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

describe("throttling", () => {
  it("locks an account after 5 failures in 15 minutes, even for the right password, and frees it later", async () => {
    const { signInRetryAfter, THROTTLE } = await import("@/lib/auth/throttle");
    const passwordHash = await hashPassword(PASSWORD);
    await t.db.user.create({ data: { email: "target@example.com", displayName: "Target", role: "EDITOR", passwordHash } });
    for (let i = 0; i < THROTTLE.perAccount; i++) expect(await verifyCredentials(t.db, "target@example.com", `guess number ${i}`, `198.51.100.${i}`)).toBeNull();
    const wait = await signInRetryAfter(t.db, "target@example.com", "192.0.2.200");
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(await verifyCredentials(t.db, "target@example.com", PASSWORD, "192.0.2.200")).toBeNull();
    // Unknown emails are throttled the same way: nothing tells them apart.
    for (let i = 0; i < THROTTLE.perAccount; i++) await verifyCredentials(t.db, "ghost@example.com", `guess ${i}`, `198.51.100.${50 + i}`);
    expect(await signInRetryAfter(t.db, "ghost@example.com", "192.0.2.201")).toBeGreaterThan(0);
    // Fifteen minutes later the account is free again.
    expect(await signInRetryAfter(t.db, "target@example.com", "192.0.2.200", new Date(Date.now() + THROTTLE.windowMs + 1000))).toBe(0);
  });

  it("blocks an address after 20 failures across accounts", async () => {
    const { signInRetryAfter, THROTTLE } = await import("@/lib/auth/throttle");
    for (let i = 0; i < THROTTLE.perAddress; i++) await verifyCredentials(t.db, `spray${i}@example.com`, "Summer2026!!", "203.0.113.77");
    expect(await signInRetryAfter(t.db, "reporter@example.com", "203.0.113.77")).toBeGreaterThan(0);
    expect(await verifyCredentials(t.db, "reporter@example.com", PASSWORD, "203.0.113.77")).toBeNull();
    expect(await verifyCredentials(t.db, "reporter@example.com", PASSWORD, "203.0.113.78")).not.toBeNull();
  });
});
