// Site settings against a real database: defaults from the environment,
// saving with an audit event of what changed, and the rules for each value.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "@/lib/config/env";
import { availableLocales, resolveLocale } from "@/lib/i18n/catalogue";
import { ARTICLE_TEXT_MAX } from "@/lib/articles/field-limits";
import { defaultSiteSettings, getSiteSettings, updateSiteSettings } from "@/lib/settings/site-settings";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let actor: { id: string; ip: string };

beforeAll(async () => {
  t = await freshDatabase();
  const admin = await t.db.user.create({ data: { email: "admin@example.com", displayName: "Admin", role: "ADMIN" } });
  actor = { id: admin.id, ip: "203.0.113.9" };
});
afterAll(() => t.db.$disconnect());

describe("site settings", () => {
  it("start from the environment's values", async () => {
    const config = readConfig();
    expect(await getSiteSettings(t.db)).toEqual({
      siteName: config.siteName,
      tagline: config.siteTagline,
      timeZone: config.timeZone,
      footerText: "",
      siteLanguage: resolveLocale(config.siteLanguage),
      featuredSlots: 6,
      coverAsLeadImage: true,
      smartTypography: true,
      titleLength: 100,
      leadLength: 300,
      seoTitleLength: 60,
      seoDescriptionLength: 160,
      // The copy desk's: no dateline convention, no house tone-mark style.
      titleSearchLength: 70,
      datelinePrefix: "",
      toneMarkStyle: "none",
      // The content API's: closed to anonymous callers until an admin opens it.
      apiAnonymousAccess: false,
      apiRateLimitPerKey: 600,
      apiRateLimitPerAddress: 60,
      webhooksAllowLoopbackHttp: false,
      webhooksAllowPrivateNetworks: false,
      // The largest video upload, in MB (lib/settings/video.ts).
      videoMaxMegabytes: 200,
    });
    expect(defaultSiteSettings({ ...config, siteName: "Other" }).siteName).toBe("Other");
  });

  it("saves what changed, with one audit event listing old and new values", async () => {
    const before = await getSiteSettings(t.db);
    const { settings, changed } = await updateSiteSettings(t.db, actor, {
      ...before,
      siteName: "  Báo Nghệ An  ",
      footerText: "© Báo Nghệ An\nHotline 0238",
      featuredSlots: "7", // as a form sends it
    });
    expect(changed.sort()).toEqual(["featuredSlots", "footerText", "siteName"]);
    expect(settings).toMatchObject({ siteName: "Báo Nghệ An", footerText: "© Báo Nghệ An\nHotline 0238", featuredSlots: 7 });
    expect(await getSiteSettings(t.db)).toEqual(settings);

    const events = await t.db.auditEvent.findMany({ where: { action: "settings.changed" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: actor.id, ip: actor.ip });
    expect(JSON.parse(events[0].detail)).toEqual({
      siteName: { from: before.siteName, to: "Báo Nghệ An" },
      footerText: { from: "", to: "© Báo Nghệ An\nHotline 0238" },
      featuredSlots: { from: before.featuredSlots, to: 7 },
    });

    // Saving the same values again changes nothing and logs nothing.
    expect((await updateSiteSettings(t.db, actor, settings)).changed).toEqual([]);
    expect(await t.db.auditEvent.count({ where: { action: "settings.changed" } })).toBe(1);
  });

  it("accepts a real time zone and refuses an invalid one", async () => {
    await updateSiteSettings(t.db, actor, { timeZone: "Europe/Moscow" });
    expect((await getSiteSettings(t.db)).timeZone).toBe("Europe/Moscow");
    await expect(updateSiteSettings(t.db, actor, { timeZone: "Mars/Olympus_Mons" })).rejects.toThrow(/time zone name/);
    expect((await getSiteSettings(t.db)).timeZone).toBe("Europe/Moscow");
  });

  it("takes a site language that has a catalogue and refuses any other", async () => {
    expect(availableLocales()).toEqual(expect.arrayContaining(["en", "vi"]));
    await updateSiteSettings(t.db, actor, { siteLanguage: "en" });
    expect((await getSiteSettings(t.db)).siteLanguage).toBe("en");
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "settings.changed" }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(event.detail)).toMatchObject({ siteLanguage: { to: "en" } });

    for (const bad of ["xx", "EN", "", "en-XX", "../en", 7]) {
      await expect(updateSiteSettings(t.db, actor, { siteLanguage: bad }), String(bad)).rejects.toThrow("Choose one of the languages offered.");
    }
    expect((await getSiteSettings(t.db)).siteLanguage).toBe("en");

    await updateSiteSettings(t.db, actor, { siteLanguage: "vi" });
    expect((await getSiteSettings(t.db)).siteLanguage).toBe("vi");
    // A stored language whose catalogue has gone falls back to the default.
    await t.db.setting.update({ where: { key: "siteLanguage" }, data: { value: '"xx"' } });
    expect((await getSiteSettings(t.db)).siteLanguage).toBe(resolveLocale(readConfig().siteLanguage));
    await t.db.setting.delete({ where: { key: "siteLanguage" } });
  });

  it("keeps featured slots between 1 and 12", async () => {
    for (const bad of [0, 13, 2.5, "", "many"]) {
      await expect(updateSiteSettings(t.db, actor, { featuredSlots: bad }), String(bad)).rejects.toThrow(/whole number|Between 1 and 12/);
    }
    await updateSiteSettings(t.db, actor, { featuredSlots: 1 });
    expect((await getSiteSettings(t.db)).featuredSlots).toBe(1);
    await updateSiteSettings(t.db, actor, { featuredSlots: 12 });
    expect((await getSiteSettings(t.db)).featuredSlots).toBe(12);
  });

  it("stores 'cover as lead image' as a boolean, reading a form's text without taking \"false\" for true", async () => {
    expect((await updateSiteSettings(t.db, actor, { coverAsLeadImage: "false" })).changed).toEqual(["coverAsLeadImage"]);
    expect((await getSiteSettings(t.db)).coverAsLeadImage).toBe(false);
    expect(JSON.parse((await t.db.setting.findUniqueOrThrow({ where: { key: "coverAsLeadImage" } })).value)).toBe(false);
    await updateSiteSettings(t.db, actor, { coverAsLeadImage: "on" });
    expect((await getSiteSettings(t.db)).coverAsLeadImage).toBe(true);
    await updateSiteSettings(t.db, actor, { coverAsLeadImage: false });
    expect((await getSiteSettings(t.db)).coverAsLeadImage).toBe(false);
    for (const bad of ["", "maybe", 1, null]) {
      await expect(updateSiteSettings(t.db, actor, { coverAsLeadImage: bad }), String(bad)).rejects.toThrow("Choose on or off.");
    }
    expect((await getSiteSettings(t.db)).coverAsLeadImage).toBe(false);
    await updateSiteSettings(t.db, actor, { coverAsLeadImage: true });
  });

  it("keeps the editor's writing settings: typography on or off, recommended lengths within each field's hard maximum", async () => {
    const { changed } = await updateSiteSettings(t.db, actor, { smartTypography: "false", titleLength: "90", seoDescriptionLength: 155 });
    expect(changed.sort()).toEqual(["seoDescriptionLength", "smartTypography", "titleLength"]);
    expect(await getSiteSettings(t.db)).toMatchObject({ smartTypography: false, titleLength: 90, leadLength: 300, seoDescriptionLength: 155 });

    // Up to the hard maximum the server stores; not beyond it, nor below 10.
    await updateSiteSettings(t.db, actor, { leadLength: ARTICLE_TEXT_MAX.lead });
    expect((await getSiteSettings(t.db)).leadLength).toBe(2000);
    await expect(updateSiteSettings(t.db, actor, { seoTitleLength: ARTICLE_TEXT_MAX.seoTitle + 1 })).rejects.toThrow("Between 10 and 200 characters for the SEO title.");
    await expect(updateSiteSettings(t.db, actor, { titleLength: 9 })).rejects.toThrow("Between 10 and 300 characters for the headline.");
    for (const bad of ["", "many", 60.5]) await expect(updateSiteSettings(t.db, actor, { seoTitleLength: bad }), String(bad)).rejects.toThrow(/whole number|Between 10 and 200/);
    await expect(updateSiteSettings(t.db, actor, { smartTypography: "maybe" })).rejects.toThrow("Choose on or off.");
    expect(await getSiteSettings(t.db)).toMatchObject({ smartTypography: false, titleLength: 90, seoTitleLength: 60 });

    // A stored length above a lowered maximum, or unreadable, falls back to the default.
    await t.db.setting.update({ where: { key: "titleLength" }, data: { value: "5000" } });
    expect((await getSiteSettings(t.db)).titleLength).toBe(100);
    await updateSiteSettings(t.db, actor, { smartTypography: true, titleLength: 100, leadLength: 300, seoDescriptionLength: 160 });
  });

  it("stores the copy desk's settings: the search length within bounds, the dateline trimmed and composed, a known tone-mark style", async () => {
    await updateSiteSettings(t.db, actor, { titleSearchLength: "65", datelinePrefix: "  (Baonghean.vn) -  ", toneMarkStyle: "mainVowel" });
    expect(await getSiteSettings(t.db)).toMatchObject({ titleSearchLength: 65, datelinePrefix: "(Baonghean.vn) -", toneMarkStyle: "mainVowel" });
    // Typed with decomposed marks, stored composed.
    await updateSiteSettings(t.db, actor, { datelinePrefix: "(Nghe\u0323\u0302 An) -" });
    expect((await getSiteSettings(t.db)).datelinePrefix).toBe("(Nghệ An) -");
    await expect(updateSiteSettings(t.db, actor, { titleSearchLength: 301 })).rejects.toThrow("Between 10 and 300 characters for the headline in search results.");
    await expect(updateSiteSettings(t.db, actor, { datelinePrefix: "x".repeat(61) })).rejects.toThrow("The dateline can have at most 60 characters.");
    await expect(updateSiteSettings(t.db, actor, { toneMarkStyle: "old" })).rejects.toThrow("Choose a tone-mark style.");
    expect(await getSiteSettings(t.db)).toMatchObject({ titleSearchLength: 65, toneMarkStyle: "mainVowel" });
    await updateSiteSettings(t.db, actor, { titleSearchLength: 70, datelinePrefix: "", toneMarkStyle: "none" });
  });

  it("refuses an empty site name, and falls back to the default for a stored value that no longer passes", async () => {
    await expect(updateSiteSettings(t.db, actor, { siteName: "   " })).rejects.toThrow(/site's name/);
    await t.db.setting.upsert({ where: { key: "timeZone" }, create: { key: "timeZone", value: '"Nowhere/Land"' }, update: { value: '"Nowhere/Land"' } });
    await t.db.setting.upsert({ where: { key: "featuredSlots" }, create: { key: "featuredSlots", value: "{broken" }, update: { value: "{broken" } });
    const settings = await getSiteSettings(t.db);
    expect(settings.timeZone).toBe(readConfig().timeZone);
    expect(settings.featuredSlots).toBe(6);
    expect(settings.siteName).toBe("Báo Nghệ An");
  });
});
