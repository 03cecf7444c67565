// The reader side and the newsroom dashboard with the demo content.
import { DESK_PAGE_SIZE } from "@/lib/articles/desk-query";
import { expect, test } from "@/e2e/fixtures";
import { demoSiteSettings } from "@/prisma/seed/demo-articles";

// The demo content's draft. Earlier tests leave untitled drafts behind, and
// PostgreSQL returns rows in no fixed order, so name the one meant.
const demoDraft = { where: { status: "DRAFT" as const, title: { not: "" } }, orderBy: { createdAt: "asc" as const } };

test.describe("reader", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the home page lists demo articles and opens the seed article with its anatomy", { tag: "@postgres" }, async ({ page }) => {
    await page.goto("/");
    // The front page leads with the seed article's Vietnamese version; the Russian one is its translation.
    const lead = page.getByRole("link", { name: /^Tập trung xây dựng mô hình, điểm sáng/ }).first();
    await expect(lead).toBeVisible();
    expect(await page.locator("article.card").count()).toBeGreaterThanOrEqual(20);
    // The demo paper's Vietnamese sections, tagline and footer.
    await expect(page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Giáo dục" })).toBeVisible();
    await expect(page.locator("footer.site-footer")).toContainText(demoSiteSettings.tagline);
    await expect(page.getByTestId("footer-text")).toContainText("Tòa soạn: Số 1 đường Hoa Sen, TP. Vinh, tỉnh Nghệ An");
    await lead.click();
    await page.locator('nav.translations a[hreflang="ru"]').click();
    await expect(page).toHaveURL(/\/thoi-su\/sosredotochtes-na-sozdanii-modeley/);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveText(/^Сосредоточьтесь на создании моделей/);
    await expect(page.locator(".byline")).toHaveText("Цветение сливы");
    await expect(page.locator(".article-meta time")).toHaveAttribute("datetime", "2023-06-23T12:04:00+07:00");
    await expect(page.locator(".article-meta time")).toHaveText("June 23, 2023, 12:04");
    await expect(page.locator(".article-lead")).toHaveText(/^\(Baonghean\.vn\) - /);
    await expect(page.locator(".article-body h2").first()).toHaveText(/^Уточнение обязанностей/);
    await expect(page.locator(".article-body figure").first().locator("figcaption")).toHaveText(
      "Сцена учебной конференции. Фото: MH",
    );
    // The demo photos are real images served by the app.
    const img = page.locator(".article-body figure img").first();
    const response = await page.request.get((await img.getAttribute("src"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/webp");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("unpublished articles and unknown addresses are real 404s", async ({ page, db }) => {
    const draft = await db.article.findFirstOrThrow({ ...demoDraft, include: { section: true } });
    const response = await page.goto(`/${draft.section.slug}/${draft.slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await page.goto("/");
    await expect(page.getByText(draft.title)).toHaveCount(0);
    expect((await page.goto("/no-such-section/no-such-article"))?.status()).toBe(404);
  });
});

test("the newsroom dashboard shows the signed-in admin and every article with its status", { tag: "@postgres" }, async ({ page, db }) => {
  await page.goto("/newsroom");
  await expect(page.getByTestId("current-user")).toHaveText("Administrator");
  await expect(page.getByTestId("current-role")).toHaveText("Admin");
  const rows = page.locator("table.article-table tbody tr");
  // Every article, up to a page (the other tests add their own).
  expect(await rows.count()).toBe(Math.min(await db.article.count(), DESK_PAGE_SIZE));
  // The demo's draft, the oldest, may be on a later page: asked for by its title.
  const draft = await db.article.findFirstOrThrow(demoDraft);
  await page.goto(`/newsroom?q=${encodeURIComponent(draft.title)}`);
  const draftRow = rows.filter({ hasText: draft.title });
  await expect(draftRow.locator(".status")).toHaveText("Draft");
  await expect(page.locator("table.article-table thead th")).toHaveText(["Title", "Status", "Section", "Author", "Updated", "Views, 24 h", "Views, 7 days"]);
});
