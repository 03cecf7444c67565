// Two-factor sign-in against a real database: setting it up, signing in with
// a code from the app or a recovery code, refusing wrong and replayed codes,
// throttling the code like the password, the admins' role requirement (which
// closes the newsroom until it is set up) and an admin clearing it. Only the
// next-auth session and Next.js's request APIs are stood in for.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { readPendingSignIn } from "@/lib/auth/pending-sign-in";
import { signInStep, type SignInOutcome } from "@/lib/auth/sign-in";
import { totpCode, TOTP_PERIOD_SECONDS } from "@/lib/auth/totp";
import { beginTwoFactorSetup, checkSecondFactor, clearTwoFactor, confirmTwoFactorSetup, twoFactorState } from "@/lib/auth/two-factor";
import { setTwoFactorRequiredRoles } from "@/lib/auth/two-factor-policy";
import { loadSessionUser } from "@/lib/auth/session-user";
import { UserError } from "@/lib/errors/user-error";
import { freshDatabase, type TestDb } from "@/tests/support/db";

// The next-auth session of whoever `session` names.
let session: { uid: string; sv: number } | null = null;
vi.mock("next-auth", () => ({ getServerSession: async () => session }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sapo-peer": "203.0.113.44" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

let t: TestDb;
const PASSWORD = "correct horse battery";
const SECRET = "test secret for pending sign-ins";
const IP = "198.51.100.30";
const STEP_MS = TOTP_PERIOD_SECONDS * 1000;

const ids: Record<string, string> = {};
async function person(key: string, role: Role = "REPORTER") {
  const user = await t.db.user.create({ data: { email: `${key}@example.com`, displayName: key, role, passwordHash: await hashPassword(PASSWORD) } });
  ids[key] = user.id;
  return user;
}

/** Sets up two-factor sign-in for `key` at `now`; returns the secret and the recovery codes. */
async function enrol(key: string, now = new Date()) {
  const { secret } = await beginTwoFactorSetup(t.db, ids[key], { issuer: "Test", account: `${key}@example.com` });
  const { recoveryCodes } = await confirmTwoFactorSetup(t.db, { id: ids[key], ip: IP }, await totpCode(secret, now), now);
  return { secret, recoveryCodes };
}

const passwordStep = (key: string, now = new Date(), ip = IP) => signInStep(t.db, { email: `${key}@example.com`, password: PASSWORD }, ip, SECRET, now);
const codeStep = (pending: string | null, code: string, now = new Date(), ip = IP) => signInStep(t.db, { code, pending }, ip, SECRET, now);
const pendingOf = (outcome: SignInOutcome) => (outcome.outcome === "second-factor" ? outcome.pending : null);
const audits = (action: string, actorId: string) => t.db.auditEvent.findMany({ where: { action, actorId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
const failures = async (email: string) =>
  (await t.db.auditEvent.findMany({ where: { action: "auth.sign_in_failed", targetId: email }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map(
    (e) => JSON.parse(e.detail).reason as string,
  );

beforeAll(async () => {
  t = await freshDatabase();
  // lib/db/index.ts opens DATABASE_URL when first imported: point it at this test's database.
  process.env.DATABASE_URL = t.url;
});
afterAll(() => t.db.$disconnect());

describe("setting up two-factor sign-in", () => {
  it("shows a secret, turns on with a first code, and gives ten recovery codes stored only hashed", async () => {
    await person("hoa");
    const { secret, uri } = await beginTwoFactorSetup(t.db, ids.hoa, { issuer: "Nghe An Daily", account: "hoa@example.com" });
    expect(uri).toMatch(/^otpauth:\/\/totp\/Nghe%20An%20Daily:hoa%40example\.com\?secret=[A-Z2-7]{32}&issuer=Nghe%20An%20Daily$/);
    expect(await twoFactorState(t.db, ids.hoa)).toEqual({ status: "setting-up" });
    // Not yet asked for at sign-in: the password alone still signs in.
    expect((await passwordStep("hoa")).outcome).toBe("signed-in");

    await expect(confirmTwoFactorSetup(t.db, { id: ids.hoa }, "000000")).rejects.toThrow(UserError);
    const now = new Date();
    const { recoveryCodes } = await confirmTwoFactorSetup(t.db, { id: ids.hoa, ip: IP }, await totpCode(secret, now), now);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const stored = await t.db.recoveryCode.findMany({ where: { userId: ids.hoa } });
    expect(stored).toHaveLength(10);
    for (const row of stored) {
      expect(row.codeHash).toMatch(/^\$argon2id\$/);
      for (const code of recoveryCodes) expect(row.codeHash).not.toContain(code.replace("-", ""));
    }
    expect(await twoFactorState(t.db, ids.hoa)).toMatchObject({ status: "on", recoveryCodesLeft: 10 });
    expect(await audits("user.two_factor_enabled", ids.hoa)).toHaveLength(1);
    // On is on: setting up again needs an admin to clear it first.
    await expect(beginTwoFactorSetup(t.db, ids.hoa, { issuer: "x", account: "y" })).rejects.toThrow(/already on/);
    // The code that confirmed it cannot also sign someone in.
    expect(await checkSecondFactor(t.db, ids.hoa, await totpCode(secret, now), now)).toBeNull();
  });
});

describe("signing in with two-factor sign-in on", () => {
  it("asks for the code after the right password, without a session, then signs in with the app's code", async () => {
    await person("lan", "EDITOR");
    const start = new Date(Date.now() + 10 * STEP_MS);
    const { secret } = await enrol("lan", new Date());
    const first = await passwordStep("lan", start);
    expect(first.outcome).toBe("second-factor");
    const pending = pendingOf(first)!;
    expect(readPendingSignIn(pending, SECRET, start)).toEqual({ userId: ids.lan, sessionVersion: 0 });
    // Audited as a password step, not a sign-in.
    expect(await audits("auth.sign_in", ids.lan)).toHaveLength(0);
    expect(await audits("auth.password_accepted", ids.lan)).toHaveLength(1);

    const done = await codeStep(pending, await totpCode(secret, start), start);
    expect(done).toMatchObject({ outcome: "signed-in", user: { id: ids.lan, email: "lan@example.com", sessionVersion: 0 } });
    const [signIn] = await audits("auth.sign_in", ids.lan);
    expect(JSON.parse(signIn.detail)).toEqual({ secondFactor: "totp" });
    expect(signIn.ip).toBe(IP);
  });

  it("refuses a wrong code and a code already used (even with a new password step), and a forged or stale first step", async () => {
    await person("nam");
    const start = new Date(Date.now() + 20 * STEP_MS);
    const { secret } = await enrol("nam", new Date());
    const pending = pendingOf(await passwordStep("nam", start));
    expect(pending).not.toBeNull();
    const code = await totpCode(secret, start);
    const wrong = code === "123456" ? "654321" : "123456";
    expect((await codeStep(pending, wrong, start)).outcome).toBe("failed");
    // A wrong code keeps the first step: the right one still works.
    expect((await codeStep(pending, code, start)).outcome).toBe("signed-in");
    // Replayed: the same code, 10 seconds later, from a fresh password step.
    const later = new Date(start.getTime() + 10_000);
    expect((await codeStep(pendingOf(await passwordStep("nam", later)), code, later)).outcome).toBe("failed");
    expect(await failures("nam@example.com")).toEqual(["wrong_code", "wrong_code"]);
    // The next step's code is fine.
    const next = new Date(start.getTime() + STEP_MS);
    expect((await codeStep(pendingOf(await passwordStep("nam", next)), await totpCode(secret, next), next)).outcome).toBe("signed-in");

    // No first step, someone else's signature, an expired one, or a session version moved on since.
    const step3 = new Date(start.getTime() + 3 * STEP_MS);
    const code3 = await totpCode(secret, step3);
    expect(await codeStep(null, code3, step3)).toEqual({ outcome: "expired" });
    const fresh = pendingOf(await passwordStep("nam", step3))!;
    expect(await signInStep(t.db, { code: code3, pending: fresh }, IP, "another secret", step3)).toEqual({ outcome: "expired" });
    expect(await codeStep(fresh, code3, new Date(step3.getTime() + 6 * 60_000))).toEqual({ outcome: "expired" });
    await t.db.user.update({ where: { id: ids.nam }, data: { sessionVersion: { increment: 1 } } });
    expect(await codeStep(fresh, code3, step3)).toEqual({ outcome: "expired" });
  });

  it("signs in with a recovery code, which is then used up", async () => {
    await person("mai");
    const { recoveryCodes } = await enrol("mai");
    const code = recoveryCodes[3];
    // Typed in capitals and without the dash, as people do.
    const typed = code.toUpperCase().replace("-", " ");
    expect((await codeStep(pendingOf(await passwordStep("mai")), typed)).outcome).toBe("signed-in");
    const [signIn] = await audits("auth.sign_in", ids.mai);
    expect(JSON.parse(signIn.detail)).toEqual({ secondFactor: "recovery" });
    expect(await twoFactorState(t.db, ids.mai)).toMatchObject({ status: "on", recoveryCodesLeft: 9 });
    expect((await codeStep(pendingOf(await passwordStep("mai")), code)).outcome).toBe("failed");
    expect((await codeStep(pendingOf(await passwordStep("mai")), "abcde-fghjk")).outcome).toBe("failed");
    expect((await codeStep(pendingOf(await passwordStep("mai")), recoveryCodes[4])).outcome).toBe("signed-in");
  });

  it("throttles codes with the password's counters: after 5 failures even the right code is refused", async () => {
    await person("tuan");
    const start = new Date(Date.now() + 40 * STEP_MS);
    const { secret } = await enrol("tuan", new Date());
    const pending = pendingOf(await passwordStep("tuan", start, "203.0.113.61"));
    for (let i = 0; i < 5; i++) expect((await codeStep(pending, `00000${i}`, start, "203.0.113.61")).outcome).toBe("failed");
    const refused = await codeStep(pending, await totpCode(secret, start), start, "203.0.113.61");
    expect(refused).toMatchObject({ outcome: "throttled" });
    // The same counters: the password is refused from there too.
    expect((await passwordStep("tuan", start, "203.0.113.61")).outcome).toBe("throttled");
    expect(await failures("tuan@example.com")).toEqual([...Array(5).fill("wrong_code"), "throttled", "throttled"]);
  });
});

describe("requiring two-factor sign-in for chosen roles", () => {
  let session_: typeof import("@/lib/auth/session");
  let actions: {
    setLanguage: typeof import("@/lib/actions/users/set-language").setLanguageAction;
    begin: typeof import("@/lib/actions/users/begin-two-factor").beginTwoFactorAction;
    confirm: typeof import("@/lib/actions/users/confirm-two-factor").confirmTwoFactorAction;
    setRoles: typeof import("@/lib/actions/settings/set-two-factor-roles").setTwoFactorRolesAction;
  };
  beforeAll(async () => {
    session_ = await import("@/lib/auth/session");
    actions = {
      setLanguage: (await import("@/lib/actions/users/set-language")).setLanguageAction,
      begin: (await import("@/lib/actions/users/begin-two-factor")).beginTwoFactorAction,
      confirm: (await import("@/lib/actions/users/confirm-two-factor")).confirmTwoFactorAction,
      setRoles: (await import("@/lib/actions/settings/set-two-factor-roles")).setTwoFactorRolesAction,
    };
  });
  const as = (key: string) => {
    session = { uid: ids[key], sv: 0 };
  };

  it("sends an editor without it to set it up, closes the newsroom until then, and lets them in after", async () => {
    await person("chief", "ADMIN");
    await person("desk", "EDITOR");
    await person("writer", "REPORTER");
    as("chief");
    // Only an admin may choose, and only roles.
    as("writer");
    expect(await actions.setRoles({ roles: ["EDITOR"] })).toMatchObject({ ok: false });
    as("chief");
    expect(await actions.setRoles({ roles: ["EDITOR", "nobody"] })).toMatchObject({ ok: false });
    expect(await actions.setRoles({ roles: ["EDITOR", "EDITOR"] })).toMatchObject({ ok: true, roles: ["EDITOR"], changed: true });
    const [changed] = await audits("settings.changed", ids.chief);
    expect(JSON.parse(changed.detail)).toEqual({ twoFactorRoles: { from: [], to: ["EDITOR"] } });
    expect(changed.ip).toBe("203.0.113.44");

    expect(await loadSessionUser(t.db, ids.desk, 0)).toMatchObject({ role: "EDITOR", mustSetUpTwoFactor: true });
    expect(await loadSessionUser(t.db, ids.writer, 0)).toMatchObject({ role: "REPORTER", mustSetUpTwoFactor: false });

    // Signing in still works (the password creates the session), but the newsroom is closed:
    expect((await passwordStep("desk")).outcome).toBe("signed-in");
    as("desk");
    expect(await session_.getCurrentUser()).toBeNull();
    await expect(session_.requireUser()).rejects.toThrow(`redirect ${session_.TWO_FACTOR_SETUP_PATH}`);
    await expect(session_.requireUser("newsroom:enter", { settingUpTwoFactor: true })).resolves.toMatchObject({ id: ids.desk });
    expect(await actions.setLanguage({ language: "en" })).toMatchObject({ ok: false });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: ids.desk } })).language).toBeNull();

    // … except for setting it up.
    const begun = await actions.begin({});
    if (!begun.ok) throw new Error(begun.error);
    expect(begun.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(begun.qrSvg).not.toMatch(/<script|on\w+=/i);
    const secret = begun.secret.replace(/ /g, "");
    expect(await actions.confirm({ code: "000000" })).toMatchObject({ ok: false });
    const confirmed = await actions.confirm({ code: await totpCode(secret) });
    expect(confirmed).toMatchObject({ ok: true });
    expect(confirmed.ok && confirmed.recoveryCodes).toHaveLength(10);

    expect(await loadSessionUser(t.db, ids.desk, 0)).toMatchObject({ mustSetUpTwoFactor: false });
    await expect(session_.requireUser()).resolves.toMatchObject({ id: ids.desk, role: "EDITOR" });
    expect(await actions.setLanguage({ language: "en" })).toMatchObject({ ok: true });
    // A reporter was never asked.
    as("writer");
    await expect(session_.requireUser()).resolves.toMatchObject({ id: ids.writer });

    expect(await setTwoFactorRequiredRoles(t.db, { id: ids.chief }, [])).toEqual({ roles: [], changed: true });
  });
});

describe("an admin clearing someone's second factor", () => {
  it("turns it off, removes the recovery codes, and is in the audit log", async () => {
    const admin = await person("boss", "ADMIN");
    await person("lost");
    await enrol("lost");
    const { clearTwoFactorAction } = await import("@/lib/actions/users/clear-two-factor");
    session = { uid: ids.hoa, sv: 0 }; // a reporter
    expect(await clearTwoFactorAction({ userId: ids.lost })).toMatchObject({ ok: false });
    expect(await twoFactorState(t.db, ids.lost)).toMatchObject({ status: "on" });

    session = { uid: admin.id, sv: 0 };
    expect(await clearTwoFactorAction({ userId: ids.lost })).toEqual({ ok: true, changed: true });
    expect(await twoFactorState(t.db, ids.lost)).toEqual({ status: "off" });
    expect(await t.db.recoveryCode.count({ where: { userId: ids.lost } })).toBe(0);
    const [cleared] = await audits("user.two_factor_cleared", admin.id);
    expect(cleared).toMatchObject({ targetType: "user", targetId: ids.lost, ip: "203.0.113.44" });
    expect(JSON.parse(cleared.detail)).toEqual({ email: "lost@example.com" });
    // The password alone signs them in again; clearing twice changes nothing.
    expect((await passwordStep("lost")).outcome).toBe("signed-in");
    expect(await clearTwoFactor(t.db, { id: admin.id }, ids.lost)).toEqual({ changed: false });
  });
});
