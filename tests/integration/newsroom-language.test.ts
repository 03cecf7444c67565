// Each staff member's newsroom language and the site's language, through the
// server actions as the newsroom calls them: the profile's language action,
// the settings' site language, and refusals written in the caller's language.
// The session is the only thing stood in for (`currentUser`).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { messageFor } from "@/lib/i18n/catalogue";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sapo-peer": "203.0.113.7" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let t: TestDb;
let actions: {
  setLanguage: typeof import("@/lib/actions/users/set-language").setLanguageAction;
  updateSettings: typeof import("@/lib/actions/settings/update-settings").updateSettingsAction;
  signOutEverywhere: typeof import("@/lib/actions/users/sign-out-everywhere").signOutEverywhereAction;
  createUser: typeof import("@/lib/actions/users/create-user").createUserAction;
  setPassword: typeof import("@/lib/actions/users/set-password").setPasswordAction;
};
let getSiteSettings: typeof import("@/lib/settings/site-settings").getSiteSettings;
const users: Record<"admin" | "reporter", CurrentUser> = {} as never;

/** The session of `who`, with their language as stored now (getCurrentUser reads it on every request). */
async function signedInAs(who: keyof typeof users) {
  const row = await t.db.user.findUniqueOrThrow({ where: { id: users[who].id } });
  currentUser = { ...users[who], language: row.language };
  return currentUser;
}

async function setStoredLanguage(who: keyof typeof users, language: string | null) {
  await t.db.user.update({ where: { id: users[who].id }, data: { language } });
}

/** All the settings as the settings form sends them, with `patch` applied. */
async function settingsForm(patch: Record<string, unknown>) {
  return { ...(await getSiteSettings(t.db)), ...patch };
}

beforeAll(async () => {
  t = await freshDatabase();
  // lib/db/index.ts opens DATABASE_URL when first imported: point it at this test's database.
  process.env.DATABASE_URL = t.url;
  actions = {
    setLanguage: (await import("@/lib/actions/users/set-language")).setLanguageAction,
    updateSettings: (await import("@/lib/actions/settings/update-settings")).updateSettingsAction,
    signOutEverywhere: (await import("@/lib/actions/users/sign-out-everywhere")).signOutEverywhereAction,
    createUser: (await import("@/lib/actions/users/create-user")).createUserAction,
    setPassword: (await import("@/lib/actions/users/set-password")).setPasswordAction,
  };
  getSiteSettings = (await import("@/lib/settings/site-settings")).getSiteSettings;
  for (const [key, role] of [["admin", "ADMIN"], ["reporter", "REPORTER"]] as const) {
    const u = await t.db.user.create({ data: { email: `${key}@example.com`, displayName: key, role, language: "en" } });
    users[key] = { id: u.id, email: u.email, displayName: key, role, penName: null, language: "en" };
  }
});
afterAll(() => t.db.$disconnect());
beforeEach(async () => {
  await setStoredLanguage("admin", "en");
  await setStoredLanguage("reporter", "en");
});

describe("the newsroom language of a staff member", () => {
  it("saves a language that has a catalogue, with an audit event", async () => {
    await signedInAs("reporter");
    expect(await actions.setLanguage({ language: "vi" })).toEqual({ ok: true, changed: true, language: "vi" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: users.reporter.id } })).language).toBe("vi");
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "user.language_changed" }, orderBy: { createdAt: "desc" } });
    expect(event).toMatchObject({ actorId: users.reporter.id, targetId: users.reporter.id, ip: "203.0.113.7" });
    expect(JSON.parse(event.detail)).toEqual({ language: { from: "en", to: "vi" } });

    // Choosing the same again changes and logs nothing.
    await signedInAs("reporter");
    expect(await actions.setLanguage({ language: "vi" })).toMatchObject({ ok: true, changed: false });
    expect(await t.db.auditEvent.count({ where: { action: "user.language_changed" } })).toBe(1);
  });

  it("refuses a language without a catalogue with a field error, and keeps the old one", async () => {
    await signedInAs("reporter");
    for (const bad of ["xx", "EN", "", "../en", 42, undefined]) {
      const result = await actions.setLanguage({ language: bad });
      expect(result, String(bad)).toEqual({
        ok: false,
        error: "Some fields need attention.",
        fieldErrors: { language: ["Choose one of the languages offered."] },
      });
    }
    expect((await t.db.user.findUniqueOrThrow({ where: { id: users.reporter.id } })).language).toBe("en");
  });

  it("goes back to the site's language with null", async () => {
    await setStoredLanguage("reporter", "vi");
    await signedInAs("reporter");
    expect(await actions.setLanguage({ language: null })).toMatchObject({ ok: true, changed: true, language: null });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: users.reporter.id } })).language).toBeNull();
  });

  it("without a session, nothing is saved (and the refusal is in the site's language)", async () => {
    currentUser = null;
    const site = (await getSiteSettings(t.db)).siteLanguage;
    expect(await actions.setLanguage({ language: "vi" })).toEqual({ ok: false, error: messageFor(site, "errors.sessionEnded") });
  });
});

describe("the site language setting", () => {
  it("is saved when it has a catalogue", async () => {
    await signedInAs("admin");
    const result = await actions.updateSettings(await settingsForm({ siteLanguage: "en" }));
    expect(result).toMatchObject({ ok: true, changed: ["siteLanguage"], settings: { siteLanguage: "en" } });
    expect((await getSiteSettings(t.db)).siteLanguage).toBe("en");
  });

  it("is refused with a field error otherwise", async () => {
    await signedInAs("admin");
    const before = (await getSiteSettings(t.db)).siteLanguage;
    const result = await actions.updateSettings(await settingsForm({ siteLanguage: "klingon" }));
    expect(result).toEqual({ ok: false, error: "Some fields need attention.", fieldErrors: { siteLanguage: ["Choose one of the languages offered."] } });
    expect((await getSiteSettings(t.db)).siteLanguage).toBe(before);
  });

  it("is the language of staff who have not chosen one", async () => {
    await setStoredLanguage("reporter", null);
    for (const site of ["vi", "en"]) {
      await signedInAs("admin");
      expect(await actions.updateSettings(await settingsForm({ siteLanguage: site }))).toMatchObject({ ok: true });
      await signedInAs("reporter");
      expect(await actions.updateSettings(await settingsForm({}))).toEqual({ ok: false, error: messageFor(site, "errors.forbidden") });
    }
  });
});

describe("refusals come back in the caller's language", () => {
  it("a permission refusal", async () => {
    await setStoredLanguage("reporter", "vi");
    await signedInAs("reporter");
    expect(await actions.updateSettings({})).toEqual({ ok: false, error: "Bạn không được phép làm việc này." });
    await setStoredLanguage("reporter", "en");
    await signedInAs("reporter");
    expect(await actions.updateSettings({})).toEqual({ ok: false, error: "You are not allowed to do that." });
  });

  it("a refusal from the rules, and field errors", async () => {
    await setStoredLanguage("reporter", "vi");
    await signedInAs("reporter");
    expect(await actions.signOutEverywhere({ userId: users.admin.id })).toEqual({ ok: false, error: "Bạn chỉ có thể tự đăng xuất chính mình." });
    expect(await actions.setLanguage({ language: "xx" })).toEqual({
      ok: false,
      error: "Một số ô cần được sửa lại.",
      fieldErrors: { language: ["Hãy chọn một trong các ngôn ngữ có sẵn."] },
    });

    await setStoredLanguage("admin", "vi");
    await signedInAs("admin");
    expect(await actions.createUser({ email: "admin@example.com", displayName: "Twice", role: "EDITOR" })).toEqual({
      ok: false,
      error: "Đã có người dùng với email admin@example.com.",
    });
    expect(await actions.createUser({ email: "not an address", displayName: "", role: "BOSS" })).toEqual({
      ok: false,
      error: "Một số ô cần được sửa lại.",
      fieldErrors: {
        email: ["Hãy nhập địa chỉ email, ví dụ hoa@example.com."],
        displayName: ["Hãy nhập tên sẽ hiển thị trong tòa soạn."],
        role: ["Hãy chọn vai trò."],
      },
    });
    await setStoredLanguage("admin", "en");
    await signedInAs("admin");
    expect(await actions.createUser({ email: "admin@example.com", displayName: "Twice", role: "EDITOR" })).toEqual({
      ok: false,
      error: "There is already a user with the email admin@example.com.",
    });
  });
});

describe("set-password links", () => {
  it("answer in the language of the person the link is for, else the site's", async () => {
    const { createUser } = await import("@/lib/users/admin");
    const { user, setPasswordToken: token } = await createUser(t.db, { id: users.admin.id }, { email: "lan@example.com", displayName: "Lan", role: "REPORTER" });
    await t.db.user.update({ where: { id: user.id }, data: { language: "vi" } });
    expect(await actions.setPassword({ token, password: "short", confirm: "short" })).toEqual({ ok: false, error: "Mật khẩu cần có ít nhất 10 ký tự." });
    expect(await actions.setPassword({ token, password: "a long enough password", confirm: "another one" })).toEqual({
      ok: false,
      error: "Một số ô cần được sửa lại.",
      fieldErrors: { confirm: ["Hai mật khẩu không giống nhau."] },
    });

    await t.db.user.update({ where: { id: user.id }, data: { language: "en" } });
    expect(await actions.setPassword({ token, password: "short", confirm: "short" })).toEqual({ ok: false, error: "Passwords need at least 10 characters." });
    expect(await actions.setPassword({ token, password: "a long enough password", confirm: "a long enough password" })).toEqual({ ok: true, email: "lan@example.com" });

    // A used or unknown link belongs to no one who can be asked: the site's language.
    const site = (await getSiteSettings(t.db)).siteLanguage;
    expect(await actions.setPassword({ token, password: "a long enough password", confirm: "a long enough password" })).toEqual({
      ok: false,
      error: messageFor(site, "users.errors.linkUsed"),
    });
  });
});
