// Sections and tags against a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "@/lib/errors/user-error";
import { createSection, deleteTag, moveSection, renameTag, TAXONOMY_LIMITS, updateSection } from "@/lib/taxonomy/sections-and-tags";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
const editor = { id: "", role: "EDITOR" as const };
const reporter = { id: "", role: "REPORTER" as const };

beforeAll(async () => {
  t = await freshDatabase();
  editor.id = (await t.db.user.create({ data: { email: "e@example.com", displayName: "E", role: "EDITOR" } })).id;
  reporter.id = (await t.db.user.create({ data: { email: "r@example.com", displayName: "R", role: "REPORTER" } })).id;
});
afterAll(() => t.db.$disconnect());

describe("sections", () => {
  it("are created by the desk only, with free, unreserved addresses", async () => {
    await expect(createSection(t.db, reporter, { name: "Thời sự" })).rejects.toThrow(UserError);
    const s = await createSection(t.db, editor, { name: "Thời sự" });
    expect(s.slug).toBe("thoi-su");
    await expect(createSection(t.db, editor, { name: "Thoi su" })).rejects.toThrow(/already uses/);
    await expect(createSection(t.db, editor, { name: "Tag" })).rejects.toThrow(/used by the site/);
    await expect(createSection(t.db, editor, { name: "Newsroom" })).rejects.toThrow(/used by the site/);
  });

  it("never take a name the app uses for its own pages, on creation or rename, with a message in the person's language", async () => {
    for (const name of ["login", "Newsroom", "Set password", "media", "api"]) {
      await expect(createSection(t.db, editor, { name }), name).rejects.toThrow(/used by the site/);
    }
    const refusal = await createSection(t.db, editor, { name: "x", slug: "set-password" }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as UserError).messageIn("vi")).toContain("“set-password” đã được chính trang dùng");
    const s = await createSection(t.db, editor, { name: "Media watch" });
    expect(s.slug).toBe("media-watch"); // only whole names are reserved
    for (const slug of ["login", "set-password", "newsroom"]) {
      await expect(updateSection(t.db, editor, { id: s.id, name: "Media watch", slug, description: "" }), slug).rejects.toThrow(/used by the site/);
    }
    expect((await t.db.section.findUniqueOrThrow({ where: { id: s.id } })).slug).toBe("media-watch");
  });

  it("keep their articles' old addresses working when renamed", async () => {
    const s = await createSection(t.db, editor, { name: "Kinh tế" });
    const a = await t.db.article.create({ data: { title: "A", slug: "a-story", sectionId: s.id, bodyJson: "{}", status: "PUBLISHED", publishedAt: new Date() } });
    await updateSection(t.db, editor, { id: s.id, name: "Economy", slug: "economy", description: "" });
    expect(await t.db.slugRedirect.findUnique({ where: { sectionSlug_slug: { sectionSlug: "kinh-te", slug: "a-story" } } })).toMatchObject({ articleId: a.id });
  });

  it("keep their names in other languages, each held to the name's length", async () => {
    const s = await createSection(t.db, editor, { name: "Chính trị", names: { en: "  Politics " } });
    expect(JSON.parse((await t.db.section.findUniqueOrThrow({ where: { id: s.id } })).names)).toEqual({ en: "Politics" });
    // An update without names leaves them; an empty one removes that language.
    await updateSection(t.db, editor, { id: s.id, name: "Chính trị", slug: "chinh-tri", description: "" });
    expect((await t.db.section.findUniqueOrThrow({ where: { id: s.id } })).names).toBe('{"en":"Politics"}');
    await updateSection(t.db, editor, { id: s.id, name: "Chính trị", slug: "chinh-tri", description: "", names: { en: "" } });
    expect((await t.db.section.findUniqueOrThrow({ where: { id: s.id } })).names).toBe("{}");

    const long = "P".repeat(TAXONOMY_LIMITS.sectionName + 1);
    const refusal = await updateSection(t.db, editor, { id: s.id, name: "Chính trị", slug: "chinh-tri", description: "", names: { en: long } }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as UserError).key).toBe("sections.validation.nameTooLong");
    await expect(createSection(t.db, editor, { name: "Quốc tế", names: { en: long } })).rejects.toThrow(UserError);
    expect(await t.db.section.count({ where: { name: "Quốc tế" } })).toBe(0);
    // Only languages the site has a catalogue for.
    await expect(updateSection(t.db, editor, { id: s.id, name: "Chính trị", slug: "chinh-tri", description: "", names: { xx: "Politique" } })).rejects.toThrow(UserError);
    expect((await t.db.section.findUniqueOrThrow({ where: { id: s.id } })).names).toBe("{}");
  });

  it("can be reordered", async () => {
    const before = await t.db.section.findMany({ orderBy: { position: "asc" }, select: { id: true } });
    await moveSection(t.db, editor, { id: before[1].id, by: -1 });
    const after = await t.db.section.findMany({ orderBy: { position: "asc" }, select: { id: true } });
    expect(after.map((s) => s.id)).toEqual([before[1].id, before[0].id, ...before.slice(2).map((s) => s.id)]);
  });
});

describe("tags", () => {
  it("are renamed and deleted by the desk, never into a taken address", async () => {
    const a = await t.db.tag.create({ data: { name: "Lũ", slug: "lu" } });
    await t.db.tag.create({ data: { name: "Bão", slug: "bao" } });
    await expect(renameTag(t.db, reporter, { id: a.id, name: "Mưa lũ" })).rejects.toThrow(UserError);
    await expect(renameTag(t.db, editor, { id: a.id, name: "Bao" })).rejects.toThrow(/exists already/);
    await renameTag(t.db, editor, { id: a.id, name: "Mưa lũ" });
    expect(await t.db.tag.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ name: "Mưa lũ", slug: "mua-lu" });
    await deleteTag(t.db, editor, { id: a.id });
    expect(await t.db.tag.count({ where: { id: a.id } })).toBe(0);
  });
});
