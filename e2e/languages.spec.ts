// Language as a first-class part of Sapo: an editor switches the newsroom to
// Vietnamese and files a Vietnamese translation of a Russian story end to
// end; a reader then sees a Vietnamese site with the Russian article marked
// up as Russian, follows "Read in …" to the Vietnamese version, and both
// pages carry hreflang alternates. Labels come from the catalogues, so the
// test also checks that what people see is what the catalogues say.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { createArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import { announceContentChange } from "@/lib/cache/sync";
import type { Db } from "@/lib/db/client";
import { ADMIN, expect, test } from "@/e2e/fixtures";

type Catalogue = { [key: string]: string | Catalogue };
const catalogue = (lang: string) => JSON.parse(readFileSync(`messages/${lang}.json`, "utf8")) as Catalogue;
const en = catalogue("en");
const vi = catalogue("vi");
/** A message by its dotted key, with {placeholders} left for the caller. */
function msg(c: Catalogue, key: string): string {
  const value = key.split(".").reduce<string | Catalogue>((node, part) => (node as Catalogue)[part], c);
  if (typeof value !== "string") throw new Error(`no message ${key}`);
  return value;
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel(msg(en, "auth.email")).fill(email);
  await page.getByLabel(msg(en, "auth.password")).fill(password);
  await page.getByRole("button", { name: msg(en, "auth.signIn") }).click();
  await expect(page).toHaveURL(/\/newsroom/);
}

/**
 * A published Russian story without translations, made by the admin: the
 * demo paper's own stories are Vietnamese, and its one Russian article is
 * already the seed's translation.
 */
async function russianStory(db: Db) {
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const me = { id: admin.id, role: admin.role, displayName: admin.displayName, penName: null };
  const id = await createArticle(db, me, {
    title: `Нгеан расширяет прибрежную дорогу ${Date.now()}`,
    lead: "(Baonghean.vn) - Дорога свяжет Кыало и Зьенчау.",
    language: "ru",
  });
  await transition(db, me, { articleId: id, action: "submit" });
  await transition(db, me, { articleId: id, action: "publish" });
  return db.article.findUniqueOrThrow({ where: { id }, include: { section: true } });
}

async function jsonLdLanguage(page: Page): Promise<string | undefined> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const items = blocks.flatMap((b) => JSON.parse(b) as { "@type"?: string; inLanguage?: string }[]);
  return items.find((d) => d["@type"] === "NewsArticle")?.inLanguage;
}

async function hreflangs(page: Page): Promise<Record<string, string>> {
  const links = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((els) =>
    els.map((el) => [el.getAttribute("hreflang") ?? "", new URL(el.getAttribute("href") ?? "").pathname]),
  );
  return Object.fromEntries(links);
}

test("the newsroom in Vietnamese files a translation; readers get the right language markup and links", async ({ browser, users, db, page: adminPage }) => {
  test.setTimeout(90_000);
  const russian = await russianStory(db);
  expect(russian).toMatchObject({ status: "PUBLISHED", language: "ru", translationGroupId: null });
  const editor = await users.create({ role: "EDITOR", displayName: "Hằng" });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const e = await context.newPage();
  let translationId: string | undefined;
  try {
    // The editor picks Vietnamese in their profile: the whole newsroom follows.
    await signIn(e, editor.email, editor.password);
    await e.goto("/newsroom/profile");
    await e.getByLabel(msg(en, "newsroom.profile.language")).selectOption("vi");
    await e.getByRole("button", { name: msg(en, "newsroom.profile.save") }).click();
    await expect(e.getByRole("link", { name: msg(vi, "newsroom.nav.media") })).toBeVisible();
    await expect(e.locator(".newsroom")).toHaveAttribute("lang", "vi");

    // From the Russian story, create its Vietnamese translation and write it.
    await e.goto(`/newsroom/articles/${russian.id}`);
    // The body editor mounts only in the browser: once it is there, the page's controls answer.
    await expect(e.getByRole("textbox", { name: msg(vi, "editor.fields.body"), exact: true })).toBeVisible();
    const panel = e.getByRole("region", { name: msg(vi, "editor.translations.title") });
    await panel.getByLabel(msg(vi, "editor.translations.createLanguage")).selectOption("vi");
    await panel.getByRole("button", { name: msg(vi, "editor.translations.create") }).click();
    await expect(e).not.toHaveURL(new RegExp(`/newsroom/articles/${russian.id}$`));
    translationId = /\/newsroom\/articles\/([^/?#]+)/.exec(e.url())![1];
    await e.getByLabel(msg(vi, "editor.fields.title"), { exact: true }).fill("Nghệ An mở rộng tuyến đường ven biển");
    await e.getByLabel(msg(vi, "editor.fields.lead"), { exact: true }).fill("Tuyến đường nối Cửa Lò với Diễn Châu được mở rộng.");
    await e.getByRole("textbox", { name: msg(vi, "editor.fields.body"), exact: true }).fill("Sáu mươi cây số mặt đường mới.");
    await expect(e.getByTestId("save-status")).toHaveText(new RegExp(`^${msg(vi, "editor.save.saved").replace("{time}", "")}`), { timeout: 10_000 });
    const workflow = e.getByTestId("workflow");
    await workflow.getByRole("button", { name: msg(vi, "workflow.steps.submit") }).click();
    await expect(workflow).toContainText(msg(vi, "workflow.status.IN_REVIEW"));
    await workflow.getByRole("button", { name: msg(vi, "workflow.steps.publish") }).click();
    await e.getByRole("dialog").getByRole("button", { name: msg(vi, "workflow.steps.publish") }).click();
    await expect(workflow).toContainText(msg(vi, "workflow.status.PUBLISHED"));

    // The admin makes Vietnamese the site's language (in their English newsroom).
    await adminPage.goto("/newsroom/settings");
    await adminPage.getByLabel(msg(en, "settings.siteLanguage")).selectOption("vi");
    await adminPage.getByRole("button", { name: msg(en, "settings.save") }).click();
    // The admin follows the site's language, so the confirmation is already in Vietnamese.
    await expect(adminPage.getByTestId("settings-saved")).toHaveText(msg(vi, "settings.saved"));

    // A reader on the Russian article: a Vietnamese page around Russian text.
    const reader = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    const russianPath = `/${russian.section.slug}/${russian.slug}`;
    await expect.poll(async () => (await reader.goto(russianPath), await reader.locator("html").getAttribute("lang")), { timeout: 15_000 }).toBe("vi");
    await expect(reader.locator("article.article")).toHaveAttribute("lang", "ru");
    expect(await jsonLdLanguage(reader)).toBe("ru");
    await expect(reader.locator(".article-meta time").first()).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const translation = await db.article.findUniqueOrThrow({ where: { id: translationId }, include: { section: true } });
    const vietnamesePath = `/${translation.section.slug}/${translation.slug}`;
    expect(await hreflangs(reader)).toEqual({ ru: russianPath, vi: vietnamesePath });

    // "Read in Vietnamese" leads to the translation, which links back.
    const readIn = reader.getByRole("link", { name: msg(vi, "article.readIn").replace("{language}", msg(vi, "meta.name")) });
    await expect(readIn).toHaveAttribute("hreflang", "vi");
    await readIn.click();
    await expect(reader).toHaveURL(new RegExp(`${vietnamesePath}$`));
    await expect(reader.locator("h1")).toHaveText("Nghệ An mở rộng tuyến đường ven biển");
    await expect(reader.locator("article.article")).toHaveAttribute("lang", "vi");
    expect(await jsonLdLanguage(reader)).toBe("vi");
    expect(await hreflangs(reader)).toEqual({ ru: russianPath, vi: vietnamesePath });
    await expect(reader.locator('nav.translations a[hreflang="ru"]')).toHaveAttribute("href", russianPath);

    // Search finds the Vietnamese text without its marks.
    await reader.goto(`/search?q=${encodeURIComponent("duong ven bien")}`);
    await expect(reader.getByRole("link", { name: "Nghệ An mở rộng tuyến đường ven biển" })).toBeVisible();
  } finally {
    // Leave the shared e2e installation as the other specs expect it.
    await db.setting.deleteMany({ where: { key: "siteLanguage" } });
    if (translationId) await db.article.delete({ where: { id: translationId } }).catch(() => {});
    await db.article.delete({ where: { id: russian.id } }).catch(() => {});
    await announceContentChange(db);
    await context.close();
    // …and wait until the server's cache sync has put the site back.
    await expect
      .poll(async () => /<html lang="en"/.test(await (await adminPage.request.get("/")).text()), { timeout: 15_000 })
      .toBe(true);
  }
});
