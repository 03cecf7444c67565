// Changing one's own password through the server action, as the profile page
// calls it: refusals beside the field they are about, in the person's
// language, and on success this browser's session cookie re-issued with the
// new session version (every other session ends). The session and the
// request's cookies are the only things stood in for.
import { decode, encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { hashPassword } from "@/lib/auth/password";
import { messageFor } from "@/lib/i18n/catalogue";
import { freshDatabase, type TestDb } from "@/tests/support/db";

const SECRET = "integration test secret, long enough";
const COOKIE = "next-auth.session-token";
const CURRENT = "river ferry at dawn 42";

let currentUser: CurrentUser | null = null;
const cookieValues = new Map<string, string>();
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.8" }),
  cookies: async () => ({
    get: (name: string) => (cookieValues.has(name) ? { name, value: cookieValues.get(name)! } : undefined),
    set: (name: string, value: string) => void cookieValues.set(name, value),
  }),
}));

let t: TestDb;
let changePassword: typeof import("@/lib/actions/users/change-password").changePasswordAction;

beforeAll(async () => {
  t = await freshDatabase();
  // lib/db/index.ts opens DATABASE_URL, and lib/auth/options.ts reads AUTH_SECRET, when first imported.
  process.env.DATABASE_URL = t.url;
  process.env.AUTH_SECRET = SECRET;
  changePassword = (await import("@/lib/actions/users/change-password")).changePasswordAction;
  const u = await t.db.user.create({
    data: { email: "hoa@example.com", displayName: "Nguyễn Thị Hoa", role: "REPORTER", language: "vi", passwordHash: await hashPassword(CURRENT) },
  });
  currentUser = { id: u.id, email: u.email, displayName: u.displayName, role: "REPORTER", penName: null, language: "vi" };
  cookieValues.set(COOKIE, await encode({ token: { uid: u.id, sv: 0, email: u.email }, secret: SECRET }));
});
afterAll(() => t.db.$disconnect());

const vi_ = (key: string) => messageFor("vi", key);

describe("the change-password action", () => {
  it("shows each refusal beside its field, in the person's language, and changes nothing", async () => {
    const form = (currentPassword: string, newPassword: string, confirm = newPassword) => changePassword({ currentPassword, newPassword, confirm });
    expect(await form("not my password", "lanterns over the perfume river")).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: [vi_("auth.validation.currentPasswordWrong")] },
    });
    expect(await form(CURRENT, "password1234")).toMatchObject({ ok: false, fieldErrors: { newPassword: [vi_("auth.validation.passwordCommon")] } });
    expect(await form(CURRENT, "nguyenthihoa2024")).toMatchObject({ ok: false, fieldErrors: { newPassword: [vi_("auth.validation.passwordPersonal")] } });
    expect(await form(CURRENT, "lanterns over the perfume river", "lanterns over the perfume")).toMatchObject({
      ok: false,
      fieldErrors: { confirm: [vi_("auth.validation.passwordsDiffer")] },
    });
    expect(await form("", "lanterns over the perfume river")).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: [vi_("auth.validation.currentPasswordMissing")] },
    });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: currentUser!.id } })).sessionVersion).toBe(0);
  });

  it("on success, keeps this browser signed in with the new session version", async () => {
    const NEW = "lanterns over the perfume river";
    expect(await changePassword({ currentPassword: CURRENT, newPassword: NEW, confirm: NEW })).toEqual({ ok: true, stillSignedIn: true });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: currentUser!.id } })).sessionVersion).toBe(1);
    // Every session made before carries version 0 and ends; this one now carries 1.
    expect(await decode({ token: cookieValues.get(COOKIE)!, secret: SECRET })).toMatchObject({ uid: currentUser!.id, sv: 1, email: "hoa@example.com" });
  });
});
