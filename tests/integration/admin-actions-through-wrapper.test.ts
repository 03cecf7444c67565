// Section, tag and user administration actions called through the action
// wrapper (lib/actions/action.ts) as their pages call them. Each is refused
// for a role without the permission (the database is unchanged), then the
// same call succeeds for a role with it (and the database shows it). Only the
// session, the request headers and Next's cache are stood in for. The article
// and media actions are in actions-through-wrapper.test.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { messageFor } from "@/lib/i18n/catalogue";
import { actAs, createStaff, onlyFor } from "@/tests/support/acting-as";
import { freshDatabase, type TestDb } from "@/tests/support/db";

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-as").then((m) => m.mockedSession));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sapo-peer": "203.0.113.11" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let t: TestDb;
let staff: Record<"reporter" | "editor" | "admin", CurrentUser>;
const forbidden = messageFor("en", "errors.forbidden");

beforeAll(async () => {
  t = await freshDatabase();
  // lib/db/index.ts opens DATABASE_URL when first imported: point it at this test's database.
  process.env.DATABASE_URL = t.url;
  staff = await createStaff(t.db, { reporter: "REPORTER", editor: "EDITOR", admin: "ADMIN" });
});
afterAll(() => t.db.$disconnect());

describe("sections and tags: the desk manages them, reporters cannot", () => {
  const sections = () => t.db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true, slug: true, description: true, position: true } });
  const tags = () => t.db.tag.findMany({ orderBy: { slug: "asc" }, select: { id: true, name: true, slug: true } });
  const desk = () => ({ allowed: staff.editor, refused: [staff.reporter], error: forbidden, state: sections });

  it("create section", async () => {
    const { createSectionAction } = await import("@/lib/actions/taxonomy/create-section");
    await onlyFor(desk(), () => createSectionAction({ name: "Economy", description: "Markets and trade" }));
    expect(await sections()).toEqual([expect.objectContaining({ name: "Economy", slug: "economy", description: "Markets and trade" })]);
    expect(await t.db.auditEvent.count({ where: { action: "section.created", actorId: staff.editor.id } })).toBe(1);
  });

  it("update section", async () => {
    const { updateSectionAction } = await import("@/lib/actions/taxonomy/update-section");
    const [economy] = await sections();
    await onlyFor(desk(), () => updateSectionAction({ id: economy.id, name: "Business", slug: "business", description: "" }));
    expect(await sections()).toEqual([{ ...economy, name: "Business", slug: "business", description: "" }]);
  });

  it("move section", async () => {
    const { createSectionAction } = await import("@/lib/actions/taxonomy/create-section");
    const { moveSectionAction } = await import("@/lib/actions/taxonomy/move-section");
    actAs(staff.editor);
    expect(await createSectionAction({ name: "Sport" })).toEqual({ ok: true });
    expect((await sections()).map((s) => s.slug)).toEqual(["business", "sport"]);
    const sport = (await sections())[1];
    await onlyFor(desk(), () => moveSectionAction({ id: sport.id, by: -1 }));
    expect((await sections()).map((s) => s.slug)).toEqual(["sport", "business"]);
  });

  it("rename tag and delete tag", async () => {
    const { renameTagAction } = await import("@/lib/actions/taxonomy/rename-tag");
    const { deleteTagAction } = await import("@/lib/actions/taxonomy/delete-tag");
    const tag = await t.db.tag.create({ data: { name: "flods", slug: "flods" } });
    const rule = { ...desk(), state: tags };
    await onlyFor(rule, () => renameTagAction({ id: tag.id, name: "Floods" }));
    expect(await tags()).toEqual([{ id: tag.id, name: "Floods", slug: "floods" }]);
    await onlyFor(rule, () => deleteTagAction({ id: tag.id }));
    expect(await tags()).toEqual([]);
  });
});

describe("users: admins manage accounts, editors and reporters cannot", () => {
  /** An account to manage, with a password. */
  async function member(email: string) {
    return t.db.user.create({ data: { email, displayName: email, role: "REPORTER", passwordHash: "$argon2id$stand-in" } });
  }
  const account = (id: string) =>
    t.db.user.findUniqueOrThrow({ where: { id }, select: { role: true, disabledAt: true, sessionVersion: true, passwordHash: true, _count: { select: { passwordTokens: true } } } });
  const admins = (id: string) => ({ allowed: staff.admin, refused: [staff.reporter, staff.editor], error: forbidden, state: () => account(id) });

  it("change role (a reporter cannot promote themselves either)", async () => {
    const { changeRoleAction } = await import("@/lib/actions/users/change-role");
    const lan = await member("lan@example.com");
    expect(await onlyFor(admins(lan.id), () => changeRoleAction({ userId: lan.id, role: "EDITOR" }))).toEqual({ ok: true, changed: true });
    expect(await account(lan.id)).toMatchObject({ role: "EDITOR", sessionVersion: 1 });

    await onlyFor(admins(staff.reporter.id), () => changeRoleAction({ userId: staff.reporter.id, role: "ADMIN" }));
    expect((await account(staff.reporter.id)).role).toBe("ADMIN");
    await t.db.user.update({ where: { id: staff.reporter.id }, data: { role: "REPORTER" } });
  });

  it("disable and enable an account", async () => {
    const { setDisabledAction } = await import("@/lib/actions/users/set-disabled");
    const minh = await member("minh@example.com");
    await onlyFor(admins(minh.id), () => setDisabledAction({ userId: minh.id, disabled: true }));
    expect(await account(minh.id)).toMatchObject({ disabledAt: expect.any(Date), sessionVersion: 1 });
    await onlyFor(admins(minh.id), () => setDisabledAction({ userId: minh.id, disabled: false }));
    expect((await account(minh.id)).disabledAt).toBeNull();
  });

  it("issue a set-password link", async () => {
    const { issuePasswordLinkAction } = await import("@/lib/actions/users/issue-password-link");
    const hoa = await member("hoa@example.com");
    const result = await onlyFor(admins(hoa.id), () => issuePasswordLinkAction({ userId: hoa.id }));
    expect(result).toMatchObject({ ok: true, email: "hoa@example.com", link: expect.stringMatching(/\/set-password\/[\w-]{20,}$/), passwordKept: false });
    expect(await account(hoa.id)).toMatchObject({ passwordHash: null, sessionVersion: 1, _count: { passwordTokens: 1 } });
    expect(await t.db.auditEvent.findFirstOrThrow({ where: { action: "user.password_link_issued", targetId: hoa.id } })).toMatchObject({
      actorId: staff.admin.id,
      ip: "203.0.113.11",
    });
  });
});
