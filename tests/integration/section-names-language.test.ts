// Section names follow the newsroom language: on a Vietnamese site, the desk
// names a section in English through the sections admin's action; an
// English-speaking editor then sees the English name in the section pickers
// (dashboard filter, new article, editor) and the desk's section column,
// while a Vietnamese-speaking one sees the Vietnamese name. Only the session,
// the request headers and Next's cache are stood in for.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { listSections } from "@/lib/articles/queries";
import { messageFor } from "@/lib/i18n/catalogue";
import { sectionName, sectionsIn } from "@/lib/taxonomy/section-name";
import { SectionOptions } from "@/components/newsroom/section-options";
import { actAs, createStaff } from "@/tests/support/acting-as";
import { freshDatabase, type TestDb } from "@/tests/support/db";

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-as").then((m) => m.mockedSession));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sapo-peer": "203.0.113.12" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let t: TestDb;
let staff: Record<"english" | "vietnamese", CurrentUser>;

beforeAll(async () => {
  t = await freshDatabase();
  // lib/db/index.ts opens DATABASE_URL when first imported: point it at this test's database.
  process.env.DATABASE_URL = t.url;
  await t.db.setting.create({ data: { key: "siteLanguage", value: JSON.stringify("vi") } });
  staff = await createStaff(t.db, { english: "EDITOR", vietnamese: "EDITOR" });
  await t.db.user.update({ where: { id: staff.vietnamese.id }, data: { language: "vi" } });
  staff.vietnamese = { ...staff.vietnamese, language: "vi" };
});
afterAll(() => t.db.$disconnect());

it("an English-speaking editor sees the section's English name, a Vietnamese-speaking one its Vietnamese name", async () => {
  const { createSectionAction } = await import("@/lib/actions/taxonomy/create-section");
  const { newsroomLocale } = await import("@/lib/i18n/locale");
  const { editorPageData, newsroomArticles } = await import("@/lib/articles/newsroom-queries");
  actAs(staff.english);

  // The action refuses an over-long English name, in the caller's language, and saves a fitting one.
  const refused = await createSectionAction({ name: "Chính trị", names: { en: "P".repeat(81) } });
  expect(refused).toMatchObject({ ok: false, fieldErrors: { "names.en": [messageFor("en", "sections.validation.nameTooLong")] } });
  expect(await t.db.section.count()).toBe(0);
  expect(await createSectionAction({ name: "Chính trị", names: { en: "Politics" } })).toMatchObject({ ok: true });
  const section = await t.db.section.findFirstOrThrow();
  const article = await t.db.article.create({ data: { title: "Kỳ họp HĐND", slug: "ky-hop-hdnd", sectionId: section.id, bodyJson: "{}", createdById: staff.english.id } });

  const en = await newsroomLocale(staff.english);
  const vi = await newsroomLocale(staff.vietnamese);
  expect([en, vi]).toEqual(["en", "vi"]);

  // The dashboard's filter and the new-article form: the sections as listed, named in the user's language.
  const options = (locale: string) => renderToStaticMarkup(createElement("select", null, createElement(SectionOptions, { sections: sectionsIn(sections, locale) })));
  const sections = await listSections(t.db);
  expect(options(en)).toBe(`<select><option value="${section.id}">Politics</option></select>`);
  expect(options(vi)).toBe(`<select><option value="${section.id}">Chính trị</option></select>`);

  // The editor's section picker.
  const editing = await editorPageData(article.id, staff.english);
  expect(sectionsIn(editing!.sections, en)).toEqual([{ id: section.id, name: "Politics" }]);

  // The desk's section column.
  const { rows } = await newsroomArticles({ view: "all" }, staff.english.id);
  expect(rows.map((r) => sectionName(r.section, en))).toEqual(["Politics"]);
  expect(rows.map((r) => sectionName(r.section, vi))).toEqual(["Chính trị"]);
});
