// Sign-in checks against a real database: right and wrong passwords, unknown
// and disabled accounts, and the audit trail each attempt leaves.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
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
  const MINUTE = 60_000;
  afterEach(() => vi.useRealTimers());

  /** A fresh account with the right password PASSWORD. */
  async function account(email: string) {
    await t.db.user.create({ data: { email, displayName: email, role: "EDITOR", passwordHash: await hashPassword(PASSWORD) } });
    return email;
  }
  async function reasons(email: string) {
    const events = await t.db.auditEvent.findMany({ where: { action: "auth.sign_in_failed", targetId: email } });
    return events.map((e) => JSON.parse(e.detail).reason as string);
  }

  it("locks an account at one address after 5 failures in 15 minutes, even for the right password, and frees it later", async () => {
    const { signInRetryAfter } = await import("@/lib/auth/throttle");
    const email = await account("target@example.com");
    for (let i = 0; i < 5; i++) expect(await verifyCredentials(t.db, email, `guess number ${i}`, "198.51.100.7")).toBeNull();
    const wait = await signInRetryAfter(t.db, email, "198.51.100.7");
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(await verifyCredentials(t.db, email, PASSWORD, "198.51.100.7")).toBeNull();
    // Unknown emails are throttled the same way: nothing tells them apart.
    for (let i = 0; i < 5; i++) await verifyCredentials(t.db, "ghost@example.com", `guess ${i}`, "198.51.100.8");
    expect(await signInRetryAfter(t.db, "ghost@example.com", "198.51.100.8")).toBeGreaterThan(0);
    // Fifteen minutes later the account is free again.
    expect(await signInRetryAfter(t.db, email, "198.51.100.7", new Date(Date.now() + 15 * MINUTE + 1000))).toBe(0);
  });

  it("an attacker elsewhere cannot lock out the person at their desk", async () => {
    const email = await account("desk@example.com");
    for (let i = 0; i < 5; i++) expect(await verifyCredentials(t.db, email, `guess ${i}`, "203.0.113.50")).toBeNull();
    expect(await verifyCredentials(t.db, email, PASSWORD, "203.0.113.50")).toBeNull();
    expect(await verifyCredentials(t.db, email, PASSWORD, "192.0.2.10")).toMatchObject({ email });
  });

  it("locks an account for every address after 50 failures from many addresses", async () => {
    const { signInRetryAfter } = await import("@/lib/auth/throttle");
    const email = await account("popular@example.com");
    // Spread thinly, 2 failures per address: no address reaches its own limit.
    for (let i = 0; i < 20; i++) expect(await verifyCredentials(t.db, email, `wrong ${i}`, `198.18.0.${Math.floor(i / 2)}`)).toBeNull();
    expect(await verifyCredentials(t.db, email, PASSWORD, "192.0.2.20")).toMatchObject({ email });
    for (let i = 20; i < 50; i++) expect(await verifyCredentials(t.db, email, `wrong ${i}`, `198.18.0.${Math.floor(i / 2)}`)).toBeNull();
    expect(await signInRetryAfter(t.db, email, "192.0.2.21")).toBeGreaterThan(14 * 60);
    expect(await verifyCredentials(t.db, email, PASSWORD, "192.0.2.21")).toBeNull();
  });

  it("blocks an address after 20 failures across accounts", async () => {
    const { signInRetryAfter } = await import("@/lib/auth/throttle");
    for (let i = 0; i < 20; i++) await verifyCredentials(t.db, `spray${i}@example.com`, "Summer2026!!", "203.0.113.77");
    expect(await signInRetryAfter(t.db, "reporter@example.com", "203.0.113.77")).toBeGreaterThan(0);
    expect(await verifyCredentials(t.db, "reporter@example.com", PASSWORD, "203.0.113.77")).toBeNull();
    expect(await verifyCredentials(t.db, "reporter@example.com", PASSWORD, "203.0.113.78")).not.toBeNull();
  });

  it("a refused attempt does not extend the lock: one try every few minutes does not keep an account locked", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2026-03-02T08:00:00Z").getTime();
    vi.setSystemTime(start);
    const email = await account("chief@example.com");
    for (let i = 0; i < 5; i++) expect(await verifyCredentials(t.db, email, `guess ${i}`, "203.0.113.90")).toBeNull();
    for (const minutes of [3, 6, 9, 12, 14]) {
      vi.setSystemTime(start + minutes * MINUTE);
      expect(await verifyCredentials(t.db, email, `guess at ${minutes}`, "203.0.113.90")).toBeNull();
    }
    expect(await reasons(email)).toEqual([...Array(5).fill("wrong_password"), ...Array(5).fill("throttled")]);
    // The five failures leave the window after 15 minutes; the refusals never counted.
    vi.setSystemTime(start + 15 * MINUTE + 1000);
    expect(await verifyCredentials(t.db, email, PASSWORD, "203.0.113.90")).toMatchObject({ email });
  });

  it("20 wrong passwords at once: at most 5 are checked", async () => {
    const email = await account("parallel@example.com");
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => verifyCredentials(t.db, email, `parallel guess ${i}`, "203.0.113.120")));
    expect(results.every((r) => r === null)).toBe(true);
    const outcomes = await reasons(email);
    expect(outcomes.filter((r) => r === "wrong_password")).toHaveLength(5);
    expect(outcomes.filter((r) => r === "throttled")).toHaveLength(15);
  });
});
