// Setting a password from a one-time link, then signing in with it as the
// set-password form does right after (next-auth's credentials sign-in runs
// lib/auth/sign-in.ts): the new password signs the person in at once, with
// the session version the link left; a role that must use two-factor sign-in
// is signed in but sent to set it up; someone who has two-factor sign-in
// still needs their code. Only Next.js's request APIs are stood in for.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@prisma/client";
import { signInStep } from "@/lib/auth/sign-in";
import { loadSessionUser } from "@/lib/auth/session-user";
import { totpCode } from "@/lib/auth/totp";
import { beginTwoFactorSetup, confirmTwoFactorSetup } from "@/lib/auth/two-factor";
import { setTwoFactorRequiredRoles } from "@/lib/auth/two-factor-policy";
import { freshDatabase, type TestDb } from "@/tests/support/db";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sapo-peer": "203.0.113.9" }) }));

let t: TestDb;
let setPassword: typeof import("@/lib/actions/users/set-password").setPasswordAction;
let admin: { id: string };
const SECRET = "test secret for pending sign-ins";
const PASSWORD = "lanterns along the perfume river";

beforeAll(async () => {
  t = await freshDatabase();
  // lib/db/index.ts opens DATABASE_URL when first imported: point it at this test's database.
  process.env.DATABASE_URL = t.url;
  setPassword = (await import("@/lib/actions/users/set-password")).setPasswordAction;
  admin = await t.db.user.create({ data: { email: "admin@example.com", displayName: "Admin", role: "ADMIN" } });
});
afterAll(() => t.db.$disconnect());

/** A new staff member and the link an admin hands them. */
async function newcomer(key: string, role: Role) {
  const { createUser } = await import("@/lib/users/admin");
  const { user, setPasswordToken } = await createUser(t.db, { id: admin.id, ip: null }, { email: `${key}@example.com`, displayName: key, role });
  return { user, token: setPasswordToken };
}

/** What the form does: set the password through the link, then sign in with it. */
async function setAndSignIn(token: string, email: string) {
  const result = await setPassword({ token, password: PASSWORD, confirm: PASSWORD });
  expect(result).toEqual({ ok: true, email });
  return signInStep(t.db, { email, password: PASSWORD }, "203.0.113.9", SECRET);
}

describe("the password set from a link signs the person in", () => {
  it("into the newsroom, with a session that is live", async () => {
    const { user, token } = await newcomer("lan", "REPORTER");
    const outcome = await setAndSignIn(token, user.email);
    expect(outcome).toMatchObject({ outcome: "signed-in", user: { id: user.id, email: user.email, twoFactor: false } });
    const { sessionVersion } = (outcome as { user: { sessionVersion: number } }).user;
    // The version the link left: the session it makes is accepted by every page.
    expect(await loadSessionUser(t.db, user.id, sessionVersion)).toMatchObject({ id: user.id, role: "REPORTER", mustSetUpTwoFactor: false });
    expect(await t.db.auditEvent.count({ where: { action: "auth.sign_in", actorId: user.id } })).toBe(1);
  });

  it("and a role that must use two-factor sign-in is sent to set it up", async () => {
    await setTwoFactorRequiredRoles(t.db, { id: admin.id }, ["EDITOR"]);
    const { user, token } = await newcomer("hoa", "EDITOR");
    const outcome = await setAndSignIn(token, user.email);
    expect(outcome.outcome).toBe("signed-in");
    const { sessionVersion } = (outcome as { user: { sessionVersion: number } }).user;
    expect(await loadSessionUser(t.db, user.id, sessionVersion)).toMatchObject({ mustSetUpTwoFactor: true });
    await setTwoFactorRequiredRoles(t.db, { id: admin.id }, []);
  });

  it("but someone with two-factor sign-in still needs their code", async () => {
    const { user, token } = await newcomer("minh", "EDITOR");
    await setAndSignIn(token, user.email);
    const { secret } = await beginTwoFactorSetup(t.db, user.id, { issuer: "Test", account: user.email });
    await confirmTwoFactorSetup(t.db, { id: user.id, ip: null }, await totpCode(secret, new Date()));
    // An admin's reset: a new link, the password set again.
    const { issuePasswordToken } = await import("@/lib/users/admin");
    const reset = await issuePasswordToken(t.db, { id: admin.id, ip: null }, user.id);
    expect((await setAndSignIn(reset.setPasswordToken, user.email)).outcome).toBe("second-factor");
  });

  it("a used link neither sets the password again nor signs anyone in", async () => {
    const { user, token } = await newcomer("nam", "REPORTER");
    await setAndSignIn(token, user.email);
    const again = await setPassword({ token, password: "another long password here", confirm: "another long password here" });
    expect(again.ok).toBe(false);
    expect((await signInStep(t.db, { email: user.email, password: "another long password here" }, null, SECRET)).outcome).toBe("failed");
  });
});
