// The reader site as a Vietnamese daily's: dense front page, phones, the
// menu without JavaScript, share links, highlighted search, the 404 page,
// most read, and axe on every page type (light and dark), at a desktop's and a phone's size,
// with JavaScript on and off. Screenshots of every page type at both sizes
// are saved under test-results/screenshots/ for a reviewer to look at (they
// are not compared).
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { announceContentChange } from "@/lib/cache/sync";
import type { Db } from "@/lib/db/client";
import { expect, publishedStory, test } from "@/e2e/fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

const SIZES = [
  { name: "desktop", width: 1280, height: 800, storiesAboveFold: 15 },
  { name: "phone", width: 390, height: 844, storiesAboveFold: 6 },
] as const;

/** An article address: /<section>/<slug>. */
const STORY = /^\/[a-z0-9-]+\/[a-z0-9-]+$/;

/** The distinct stories whose link starts inside the first screen. */
function storiesAboveFold(page: Page): Promise<number> {
  return page.evaluate((pattern) => {
    const story = new RegExp(pattern);
    const hrefs = [...document.querySelectorAll<HTMLAnchorElement>("main a[href]")]
      .filter((a) => {
        const box = a.getBoundingClientRect();
        return story.test(a.getAttribute("href") ?? "") && box.width > 0 && box.top >= 0 && box.top < window.innerHeight;
      })
      .map((a) => a.getAttribute("href"));
    return new Set(hrefs).size;
  }, STORY.source);
}

/** One address of each page type, from the demo paper. */
async function pageTypes(db: Db) {
  const article = await db.article.findFirstOrThrow({
    where: { status: "PUBLISHED", language: "vi", translationGroupId: null, tags: { some: {} }, coverMediaId: { not: null } },
    orderBy: { publishedAt: "desc" },
    include: { section: true, tags: { include: { tag: true } }, authors: true },
  });
  // A word of the title, letters only (the highlight is checked against it).
  const word = article.title.match(/\p{L}{4,}/u)?.[0] ?? article.title;
  return {
    article,
    word,
    pages: {
      home: "/",
      section: `/${article.section.slug}`,
      article: `/${article.section.slug}/${article.slug}`,
      tag: `/tag/${article.tags[0].tag.slug}`,
      author: `/author/${article.authors[0].bylineSlug}`,
      search: `/search?q=${encodeURIComponent(word)}`,
      "search-empty": "/search?q=zzqxv",
      "not-found": "/no-such-section",
    },
  };
}

for (const size of SIZES) {
  for (const javaScript of [true, false]) {
    test.describe(`${size.name}, JavaScript ${javaScript ? "on" : "off"}`, { tag: "@engine-independent" }, () => {
      test.use({ viewport: { width: size.width, height: size.height }, javaScriptEnabled: javaScript });

      test("the front page is dense, no page scrolls sideways, and each page type is photographed", async ({ page, db }) => {
        const { pages } = await pageTypes(db);
        await page.goto("/");
        expect(await storiesAboveFold(page)).toBeGreaterThanOrEqual(size.storiesAboveFold);
        for (const [type, path] of Object.entries(pages)) {
          await page.goto(path);
          const { scrollWidth, clientWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          }));
          expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
          await page.screenshot({ path: `test-results/screenshots/${type}-${size.width}-js-${javaScript ? "on" : "off"}.png` });
        }
      });

      test("the menu button opens every section", async ({ page, db }) => {
        const sections = await db.section.findMany();
        await page.goto("/");
        const menu = page.locator(".menu");
        await expect(menu.locator(".menu-list")).toBeHidden();
        await menu.locator("summary").click();
        for (const s of sections) await expect(menu.getByRole("link", { name: s.name, exact: true })).toBeVisible();
      });
    });
  }
}

test("the section bar marks the current section and scrolls instead of wrapping", { tag: "@engine-independent" }, async ({ page, db }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const { article } = await pageTypes(db);
  await page.goto(`/${article.section.slug}`);
  const bar = page.locator(".section-links");
  await expect(bar.locator("a[aria-current='page']")).toHaveText(article.section.name);
  const [first, last] = await bar.locator("li").evaluateAll((items) => [items[0], items.at(-1)].map((li) => li!.getBoundingClientRect().top));
  expect(last).toBe(first);
  await page.goto(`/${article.section.slug}/${article.slug}`);
  await expect(bar.locator("a[aria-current]")).toHaveText(article.section.name);
  await page.mouse.wheel(0, 1500);
  await expect(page.locator(".section-bar")).toBeInViewport();
  // The last section sits off the phone's edge; the page's script brings it into the bar.
  const lastSection = await db.section.findFirstOrThrow({ orderBy: [{ position: "desc" }, { name: "desc" }] });
  await page.goto(`/${lastSection.slug}`);
  await expect(bar.locator("a[aria-current='page']")).toHaveText(lastSection.name);
  await expect(bar.locator("a[aria-current='page']")).toBeInViewport({ ratio: 0.95 });
});

test("share links carry the article's address, and nothing is fetched from another site", { tag: "@engine-independent" }, async ({ page, db, baseURL }) => {
  const { pages } = await pageTypes(db);
  const elsewhere: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).origin !== new URL(baseURL!).origin && !r.url().startsWith("data:")) elsewhere.push(r.url());
  });
  await page.goto(pages.article);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toBeTruthy();
  const share = page.locator(".share-links a");
  expect(await share.count()).toBeGreaterThanOrEqual(3);
  for (const href of await share.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))) {
    expect(new URL(href).protocol).toBe("https:");
    expect(href).toContain(encodeURIComponent(canonical!));
  }
  await expect(page.locator("[data-copy-link]")).toHaveAttribute("data-copy-link", canonical!);
  await expect(page.locator("[data-copy-link]")).toBeVisible();
  await page.mouse.wheel(0, 4000);
  await page.waitForLoadState("networkidle");
  expect(elsewhere).toEqual([]);
});

test("search highlights the words found, with or without their tone marks", async ({ page, db }) => {
  const { word } = await pageTypes(db);
  await page.goto(`/search?q=${encodeURIComponent(word)}`);
  await expect(page.locator("#header-q")).toHaveValue(word);
  expect(await page.locator("main input[type='search']").count()).toBe(0);
  await expect(page.locator("main mark").first()).toBeVisible();
  const bare = word.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  await page.goto(`/search?q=${encodeURIComponent(bare)}`);
  await expect(page.locator("main mark").first()).toHaveText(new RegExp(`^${word}$`, "i"));
});

test("the 404 page has the search form and the latest stories", { tag: "@engine-independent" }, async ({ page }) => {
  const response = await page.goto("/no-such-section");
  expect(response?.status()).toBe(404);
  await expect(page.locator("main form[role='search'] input[type='search']")).toBeVisible();
  expect(await page.locator("main").locator("a[href]").evaluateAll((links) => links.filter((a) => /^\/[a-z0-9-]+\/[a-z0-9-]+$/.test(a.getAttribute("href") ?? "")).length)).toBeGreaterThanOrEqual(5);
});

test("a view counted by the beacon shows in most read after the next refresh; a bot's is not counted", { tag: "@postgres" }, async ({ browser, db }) => {
  // Stories of their own, so no earlier view of them (this hour, from this address) hides the count.
  const read = await publishedStory(db, `Most read story ${Date.now()}`);
  const botRead = await publishedStory(db, `Story read by a crawler ${Date.now()}`);
  await db.articleView.deleteMany({ where: { articleId: { notIn: [read.id, botRead.id] } } });
  const reader = await browser.newPage();
  const beacon = reader.waitForRequest((r) => r.method() === "POST" && r.url().includes("/beacon"));
  await reader.goto(`/${read.section.slug}/${read.slug}`);
  await beacon;
  const bot = await browser.newPage({ userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" });
  const botBeacon = bot.waitForRequest((r) => r.method() === "POST" && r.url().includes("/beacon"));
  await bot.goto(`/${botRead.section.slug}/${botRead.slug}`);
  await botBeacon;
  // The counts reach the database on the next flush (VIEW_FLUSH_MS, short in this suite).
  const views = async (articleId: string) => (await db.articleView.aggregate({ where: { articleId }, _sum: { count: true } }))._sum.count ?? 0;
  await expect.poll(() => views(read.id)).toBe(1);
  expect(await views(botRead.id)).toBe(0);
  await announceContentChange(db);
  await expect
    .poll(async () => {
      await reader.goto("/");
      return reader.locator(".most-read").getByRole("link", { name: read.title, exact: true }).count();
    })
    .toBeGreaterThan(0);
  await expect(reader.locator(".most-read").getByRole("link", { name: botRead.title, exact: true })).toHaveCount(0);
});

// Both sizes and both themes, paired rather than crossed: each pass is the
// suite's slowest test (about 20 s), and what a theme changes (colours) and
// what a size changes (layout) do not depend on each other.
const AXE_PASSES = [
  { size: SIZES[0], scheme: "light" },
  { size: SIZES[1], scheme: "dark" },
] as const;

for (const { size, scheme } of AXE_PASSES) {
  test(`axe finds no violations on any page type (${size.name}, ${scheme})`, { tag: "@engine-independent" }, async ({ page, db }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.emulateMedia({ colorScheme: scheme });
    const { pages } = await pageTypes(db);
    for (const path of Object.values(pages)) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
        path,
      ).toEqual([]);
    }
  });
}
