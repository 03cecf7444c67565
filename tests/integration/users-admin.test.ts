// Staff administration against a real database: creating users, one-time
// set-password links, role changes, disabling, and the rule that the last
// admin who can sign in cannot be disabled or demoted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/audit/queries";
import { verifyCredentials } from "@/lib/auth/credentials";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { UserError } from "@/lib/errors/user-error";
import { changeRole, createUser, issuePasswordToken, listUsers, setDisabled } from "@/lib/users/admin";
import { hashToken, passwordTokenStatus, setPasswordUrl, setPasswordWithToken } from "@/lib/users/password-links";
import { changeOwnPassword } from "@/lib/users/profile";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let admin: Pick<Actor, "id" | "ip">;
const GOOD_PASSWORD = "a long enough password";

beforeAll(async () => {
  t = await freshDatabase();
  const row = await t.db.user.create({
    data: { email: "admin@example.com", displayName: "Admin", role: "ADMIN", passwordHash: await hashPassword(GOOD_PASSWORD) },
  });
  admin = { id: row.id, ip: "203.0.113.9" };
});
afterAll(() => t.db.$disconnect());

const user = (id: string) => t.db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
const lastAudit = (action: string) => t.db.auditEvent.findFirstOrThrow({ where: { action }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

describe("creating users and setting passwords", () => {
  it("creates a user without a password, with a link that works once", async () => {
    const { user: created, setPasswordToken } = await createUser(t.db, admin, {
      email: "  Hoa@Example.COM ",
      displayName: " Hoa ",
      role: "REPORTER",
    });
    expect(created).toMatchObject({ email: "hoa@example.com", displayName: "Hoa", role: "REPORTER" });
    expect((await user(created.id)).passwordHash).toBeNull();
    expect(await lastAudit("user.created")).toMatchObject({ actorId: admin.id, targetId: created.id, ip: "203.0.113.9" });

    // Only the hash of the token is stored.
    const stored = await t.db.passwordToken.findFirstOrThrow({ where: { userId: created.id } });
    expect(stored.tokenHash).toBe(hashToken(setPasswordToken));
    expect(stored.tokenHash).not.toContain(setPasswordToken);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(24 * 3600 * 1000, -4);
    expect(setPasswordUrl(setPasswordToken, "https://news.example")).toBe(`https://news.example/set-password/${setPasswordToken}`);

    await expect(setPasswordWithToken(t.db, setPasswordToken, "short")).rejects.toThrow(/at least 10 characters/);
    // The one rule for new passwords, judged for the link's owner (Hoa, hoa@example.com).
    await expect(setPasswordWithToken(t.db, setPasswordToken, "hoa@example.com2024")).rejects.toThrow(/name or email/);
    await expect(setPasswordWithToken(t.db, setPasswordToken, "password1234")).rejects.toThrow(/most common/);
    // A refusal does not use it up; the page and the action speak the owner's language (null: the site's).
    expect(await passwordTokenStatus(t.db, setPasswordToken)).toMatchObject({ status: "valid", email: "hoa@example.com", language: null });

    const before = (await user(created.id)).sessionVersion;
    await expect(setPasswordWithToken(t.db, setPasswordToken, GOOD_PASSWORD, "198.51.100.1")).resolves.toEqual({ email: "hoa@example.com" });
    expect((await user(created.id)).sessionVersion).toBe(before + 1);
    expect(await verifyCredentials(t.db, "hoa@example.com", GOOD_PASSWORD)).not.toBeNull();
    expect(await lastAudit("user.password_set")).toMatchObject({ actorId: created.id, targetId: created.id, ip: "198.51.100.1" });

    await expect(setPasswordWithToken(t.db, setPasswordToken, "another good password")).rejects.toThrow(/already been used/);
    expect(await verifyCredentials(t.db, "hoa@example.com", GOOD_PASSWORD)).not.toBeNull();

    // The users page sees whether a password is set, never the hash.
    const listed = (await listUsers(t.db)).find((u) => u.id === created.id)!;
    expect(listed).toMatchObject({ hasPassword: true });
    expect(listed).not.toHaveProperty("passwordHash");
  });

  it("refuses expired and unknown links", async () => {
    const { user: created, setPasswordToken } = await createUser(t.db, admin, { email: "late@example.com", displayName: "Late", role: "EDITOR" });
    await t.db.passwordToken.updateMany({ where: { userId: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(setPasswordWithToken(t.db, setPasswordToken, GOOD_PASSWORD)).rejects.toThrow(/expired/);
    await expect(setPasswordWithToken(t.db, "x".repeat(43), GOOD_PASSWORD)).rejects.toThrow(/not valid/);
    await expect(setPasswordWithToken(t.db, "../../etc", GOOD_PASSWORD)).rejects.toThrow(UserError);
    expect((await user(created.id)).passwordHash).toBeNull();
  });

  it("refuses a duplicate email, whatever its case", async () => {
    await createUser(t.db, admin, { email: "twice@example.com", displayName: "One", role: "REPORTER" });
    await expect(createUser(t.db, admin, { email: "TWICE@example.com", displayName: "Two", role: "EDITOR" })).rejects.toThrow(
      /already a user with the email twice@example.com/,
    );
    expect(await t.db.user.count({ where: { email: "twice@example.com" } })).toBe(1);
  });

  it("a reset stops the old password at once, ends sessions, and only the newest link works", async () => {
    const { user: created, setPasswordToken } = await createUser(t.db, admin, { email: "reset@example.com", displayName: "Reset", role: "REPORTER" });
    await setPasswordWithToken(t.db, setPasswordToken, GOOD_PASSWORD);
    const before = (await user(created.id)).sessionVersion;

    const first = await issuePasswordToken(t.db, admin, created.id);
    const second = await issuePasswordToken(t.db, admin, created.id);
    const after = await user(created.id);
    expect(after.passwordHash).toBeNull();
    expect(after.sessionVersion).toBe(before + 2);
    expect(await verifyCredentials(t.db, "reset@example.com", GOOD_PASSWORD)).toBeNull();
    expect(await lastAudit("user.password_link_issued")).toMatchObject({ actorId: admin.id, targetId: created.id });

    await expect(setPasswordWithToken(t.db, first.setPasswordToken, "the new password")).rejects.toThrow(/expired/);
    await setPasswordWithToken(t.db, second.setPasswordToken, "the new password");
    expect(await verifyCredentials(t.db, "reset@example.com", "the new password")).not.toBeNull();
  });
});

describe("roles and disabling", () => {
  it("disabling bumps the session version, is audited, and blocks sign-in and links; enabling undoes it", async () => {
    const { user: created, setPasswordToken } = await createUser(t.db, admin, { email: "gone@example.com", displayName: "Gone", role: "EDITOR" });
    const before = (await user(created.id)).sessionVersion;
    expect(await setDisabled(t.db, admin, created.id, true)).toEqual({ changed: true });
    const after = await user(created.id);
    expect(after.disabledAt).not.toBeNull();
    expect(after.sessionVersion).toBe(before + 1);
    expect(await lastAudit("user.disabled")).toMatchObject({ actorId: admin.id, targetId: created.id, ip: admin.ip });
    await expect(setPasswordWithToken(t.db, setPasswordToken, GOOD_PASSWORD)).rejects.toThrow(/disabled/);

    expect(await setDisabled(t.db, admin, created.id, true)).toEqual({ changed: false }); // already disabled: nothing happens
    expect(await setDisabled(t.db, admin, created.id, false)).toEqual({ changed: true });
    expect((await user(created.id)).disabledAt).toBeNull();
    expect(await lastAudit("user.enabled")).toMatchObject({ targetId: created.id });
  });

  it("a role change bumps the session version and is audited", async () => {
    const { user: created } = await createUser(t.db, admin, { email: "promoted@example.com", displayName: "Promoted", role: "REPORTER" });
    expect(await changeRole(t.db, admin, created.id, "EDITOR")).toEqual({ changed: true });
    const after = await user(created.id);
    expect(after).toMatchObject({ role: "EDITOR", sessionVersion: 1 });
    const event = await lastAudit("user.role_changed");
    expect(event).toMatchObject({ actorId: admin.id, targetId: created.id });
    expect(JSON.parse(event.detail)).toMatchObject({ role: { from: "REPORTER", to: "EDITOR" } });
    expect(await changeRole(t.db, admin, created.id, "EDITOR")).toEqual({ changed: false });
  });

  it("the last active admin can be neither disabled nor demoted, until another admin can sign in", async () => {
    await expect(setDisabled(t.db, admin, admin.id, true)).rejects.toThrow(/last active admin/);
    await expect(changeRole(t.db, admin, admin.id, "EDITOR")).rejects.toThrow(/last active admin/);
    expect(await user(admin.id)).toMatchObject({ role: "ADMIN", disabledAt: null, sessionVersion: 0 });

    // An invited admin who has not set a password yet does not count…
    const { user: second, setPasswordToken } = await createUser(t.db, admin, { email: "admin2@example.com", displayName: "Second", role: "ADMIN" });
    await expect(changeRole(t.db, admin, admin.id, "EDITOR")).rejects.toThrow(/last active admin/);
    // …one who has does; and a disabled admin does not.
    await setPasswordWithToken(t.db, setPasswordToken, GOOD_PASSWORD);
    await setDisabled(t.db, admin, second.id, true);
    await expect(changeRole(t.db, admin, admin.id, "EDITOR")).rejects.toThrow(/last active admin/);
    await setDisabled(t.db, admin, second.id, false);

    expect(await changeRole(t.db, admin, admin.id, "EDITOR")).toEqual({ changed: true });
    // Now the second admin is the last one.
    await expect(setDisabled(t.db, admin, second.id, true)).rejects.toThrow(/Second is the last active admin/);
    await expect(changeRole(t.db, admin, second.id, "REPORTER")).rejects.toThrow(/last active admin/);
    expect(await setDisabled(t.db, admin, admin.id, true)).toEqual({ changed: true }); // no longer an admin: no guard
  });
});

describe("reading the audit log", () => {
  const TZ = "Asia/Ho_Chi_Minh";
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: TZ }).format(new Date()); // YYYY-MM-DD
  const dayOffset = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  it("filters by action, kind of action, actor and days, newest first", async () => {
    await verifyCredentials(t.db, "intruder@example.com", "guess guess guess");
    const byAction = await listAuditEvents(t.db, { action: "user.role_changed" }, 1, TZ);
    expect(byAction.total).toBeGreaterThan(0);
    expect(byAction.events.every((e) => e.action === "user.role_changed")).toBe(true);

    const byKind = await listAuditEvents(t.db, { action: "user.*" }, 1, TZ);
    expect(new Set(byKind.events.map((e) => e.action.split(".")[0]))).toEqual(new Set(["user"]));
    const times = byKind.events.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const byActor = await listAuditEvents(t.db, { actor: "ADMIN@example" }, 1, TZ);
    expect(byActor.total).toBeGreaterThan(0);
    expect(byActor.events.every((e) => e.actor?.email.startsWith("admin"))).toBe(true);
    const byName = await listAuditEvents(t.db, { actor: "Second" }, 1, TZ);
    expect(byName.events.map((e) => e.action)).toContain("user.password_set");
    const intruder = await listAuditEvents(t.db, { actor: "intruder" }, 1, TZ);
    expect(intruder.events).toHaveLength(1);
    expect(intruder.events[0]).toMatchObject({ action: "auth.sign_in_failed", actor: null, detail: { email: "intruder@example.com" } });

    const all = (await listAuditEvents(t.db, {}, 1, TZ)).total;
    expect((await listAuditEvents(t.db, { from: today, to: today }, 1, TZ)).total).toBe(all);
    expect((await listAuditEvents(t.db, { from: dayOffset(1) }, 1, TZ)).total).toBe(0);
    expect((await listAuditEvents(t.db, { to: dayOffset(-1) }, 1, TZ)).total).toBe(0);
  });

  it("pages by 50 without overlaps or gaps", async () => {
    await t.db.auditEvent.createMany({
      data: Array.from({ length: 70 }, (_, i) => ({ action: "test.bulk", detail: JSON.stringify({ i }), createdAt: new Date(2024, 0, 1) })),
    });
    const first = await listAuditEvents(t.db, { action: "test.bulk" }, 1, TZ);
    const second = await listAuditEvents(t.db, { action: "test.bulk" }, 2, TZ);
    expect(first).toMatchObject({ total: 70, pages: 2, page: 1 });
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(second.events).toHaveLength(20);
    const ids = new Set([...first.events, ...second.events].map((e) => e.id));
    expect(ids.size).toBe(70);
  });
});

describe("sign out everywhere", () => {
  it("bumps the session version and is audited", async () => {
    const { revokeSessions } = await import("@/lib/users/admin");
    const { freshDatabase } = await import("@/tests/support/db");
    const t2 = await freshDatabase();
    const u = await t2.db.user.create({ data: { email: "s@example.com", displayName: "S", role: "REPORTER" } });
    await revokeSessions(t2.db, { id: u.id, ip: "192.0.2.1" }, u.id);
    expect((await t2.db.user.findUniqueOrThrow({ where: { id: u.id } })).sessionVersion).toBe(1);
    expect(await t2.db.auditEvent.findFirstOrThrow({ where: { action: "user.sessions_revoked" } })).toMatchObject({ targetId: u.id, ip: "192.0.2.1" });
    await t2.db.$disconnect();
  });
});

describe("the last admin resetting their own password", () => {
  it("gets a link; their sessions end, and the current password keeps working until the link is used", async () => {
    const t4 = await freshDatabase();
    const sole = await t4.db.user.create({
      data: { email: "sole@example.com", displayName: "Sole", role: "ADMIN", passwordHash: await hashPassword(GOOD_PASSWORD) },
    });
    const reset = await issuePasswordToken(t4.db, { id: sole.id, ip: "192.0.2.7" }, sole.id);
    expect(reset.email).toBe("sole@example.com");
    const after = await t4.db.user.findUniqueOrThrow({ where: { id: sole.id }, omit: { passwordHash: false } });
    expect(after.sessionVersion).toBe(1);
    // Clearing the password would leave nobody able to sign in should the link be lost.
    expect(after.passwordHash).not.toBeNull();
    expect(await verifyCredentials(t4.db, "sole@example.com", GOOD_PASSWORD)).not.toBeNull();
    const event = await t4.db.auditEvent.findFirstOrThrow({ where: { action: "user.password_link_issued" } });
    expect(event).toMatchObject({ actorId: sole.id, targetId: sole.id, ip: "192.0.2.7" });
    expect(JSON.parse(event.detail)).toMatchObject({ passwordKept: true });

    await setPasswordWithToken(t4.db, reset.setPasswordToken, "river ferry at dawn 42");
    expect(await verifyCredentials(t4.db, "sole@example.com", "river ferry at dawn 42")).not.toBeNull();
    expect(await verifyCredentials(t4.db, "sole@example.com", GOOD_PASSWORD)).toBeNull();
    await t4.db.$disconnect();
  });
});

describe("changing one's own password", () => {
  let t3: TestDb;
  let me: { id: string; ip: string };
  const CURRENT = "river ferry at dawn 42";
  const row = () => t3.db.user.findUniqueOrThrow({ where: { id: me.id } });

  beforeAll(async () => {
    t3 = await freshDatabase();
    // The only admin: changing one's own password is not a reset and needs no other admin.
    const created = await t3.db.user.create({
      data: { email: "hoa.nguyen@example.com", displayName: "Nguyễn Thị Hoa", penName: "Hoa Mai", role: "ADMIN", passwordHash: await hashPassword(CURRENT) },
    });
    me = { id: created.id, ip: "198.51.100.20" };
  });
  afterAll(() => t3.db.$disconnect());

  it("refuses a wrong current password, changes nothing, and records the attempt", async () => {
    await expect(changeOwnPassword(t3.db, me, { currentPassword: "not my password", newPassword: "lanterns over the perfume river" })).rejects.toThrow(
      /current password is not right/,
    );
    expect((await row()).sessionVersion).toBe(0);
    expect(await verifyCredentials(t3.db, "hoa.nguyen@example.com", CURRENT)).not.toBeNull();
    expect(await t3.db.auditEvent.findFirstOrThrow({ where: { action: "user.password_change_failed" } })).toMatchObject({
      actorId: me.id,
      targetId: me.id,
      ip: me.ip,
    });
  });

  it("refuses a weak new password, or one made from the person's name", async () => {
    await expect(changeOwnPassword(t3.db, me, { currentPassword: CURRENT, newPassword: "password1234" })).rejects.toThrow(/most common/);
    await expect(changeOwnPassword(t3.db, me, { currentPassword: CURRENT, newPassword: "nguyenthihoa2024" })).rejects.toThrow(/name/);
    await expect(changeOwnPassword(t3.db, me, { currentPassword: CURRENT, newPassword: "short" })).rejects.toThrow(/at least 10/);
    expect((await row()).sessionVersion).toBe(0);
    expect(await verifyCredentials(t3.db, "hoa.nguyen@example.com", CURRENT)).not.toBeNull();
  });

  it("with the right current password: sets the new one, ends the other sessions and is audited", async () => {
    const NEW = "lanterns over the perfume river";
    const result = await changeOwnPassword(t3.db, me, { currentPassword: CURRENT, newPassword: NEW });
    // The version moves, so every session made before ends; the caller re-issues its own with the new one.
    expect(result).toEqual({ sessionVersion: 1 });
    expect((await row()).sessionVersion).toBe(1);
    expect(await verifyCredentials(t3.db, "hoa.nguyen@example.com", NEW)).toMatchObject({ sessionVersion: 1 });
    expect(await verifyCredentials(t3.db, "hoa.nguyen@example.com", CURRENT)).toBeNull();
    const event = await t3.db.auditEvent.findFirstOrThrow({ where: { action: "user.password_changed" } });
    expect(event).toMatchObject({ actorId: me.id, targetId: me.id, ip: me.ip });
    expect(event.detail ?? "").not.toContain(NEW);
  });

  it("after five wrong current passwords in 15 minutes (counted with sign-ins), refuses even the right one", async () => {
    for (let i = 0; i < 5; i++) {
      await expect(changeOwnPassword(t3.db, me, { currentPassword: `wrong guess ${i}`, newPassword: "a different long sentence" })).rejects.toThrow(UserError);
    }
    await expect(
      changeOwnPassword(t3.db, me, { currentPassword: "lanterns over the perfume river", newPassword: "a different long sentence" }),
    ).rejects.toThrow(/Too many/);
    expect((await row()).sessionVersion).toBe(1);
  });
});

// Two admins acting on each other at the same moment: each transaction alone
// sees another admin left, so at READ COMMITTED (PostgreSQL) both went
// through and nobody could sign in as an admin. Repeated to make the overlap
// likely; a database of its own, so the count of admins is this test's.
describe("two admins acting on each other at the same moment", () => {
  const ROUNDS = 8;
  let r: TestDb;
  beforeAll(async () => {
    r = await freshDatabase();
  });
  afterAll(() => r.db.$disconnect());

  const activeAdmins = () => r.db.user.count({ where: { role: "ADMIN", disabledAt: null, passwordHash: { not: null } } });
  /** Two admins able to sign in, and no other. */
  async function onlyTwoAdmins(round: string): Promise<[Pick<Actor, "id" | "ip">, Pick<Actor, "id" | "ip">]> {
    await r.db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
    const make = async (n: number) => {
      const u = await r.db.user.create({ data: { email: `${round}-${n}@example.com`, displayName: `${round} ${n}`, role: "ADMIN", passwordHash: "not checked here" } });
      return { id: u.id, ip: null };
    };
    return [await make(1), await make(2)];
  }

  const steps = {
    "demote each other": (a: Pick<Actor, "id" | "ip">, b: string) => changeRole(r.db, a, b, "EDITOR"),
    "disable each other": (a: Pick<Actor, "id" | "ip">, b: string) => setDisabled(r.db, a, b, true),
    "one demotes while the other disables": (a: Pick<Actor, "id" | "ip">, b: string, first: boolean) =>
      first ? changeRole(r.db, a, b, "REPORTER") : setDisabled(r.db, a, b, true),
  };
  for (const [what, step] of Object.entries(steps)) {
    it(`${what}: one of them is refused and one admin can still sign in`, async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const [a, b] = await onlyTwoAdmins(`${what.replaceAll(" ", "-")}-${round}`);
        const results = await Promise.allSettled([step(a, b.id, true), step(b, a.id, false)]);
        expect(await activeAdmins()).toBe(1);
        const refusals = results.flatMap((x) => (x.status === "rejected" ? [x.reason as unknown] : []));
        expect(refusals).toHaveLength(1);
        expect(refusals[0]).toBeInstanceOf(UserError);
        expect((refusals[0] as UserError).key).toBe("users.errors.lastAdmin");
      }
    });
  }

  it("reset each other's password: one keeps theirs, so one admin can still sign in", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = await onlyTwoAdmins(`reset-${round}`);
      const [x, y] = await Promise.all([issuePasswordToken(r.db, a, b.id), issuePasswordToken(r.db, b, a.id)]);
      expect(await activeAdmins()).toBe(1);
      expect([x.passwordKept, y.passwordKept].sort()).toEqual([false, true]);
    }
  });
});
