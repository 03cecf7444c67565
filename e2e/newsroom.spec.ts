// The newsroom around the editor: the media library, the desk's views and its pages.
import sharp from "sharp";
import { expect, test } from "@/e2e/fixtures";
import { sectionName } from "@/lib/taxonomy/section-name";

test("the media library uploads, searches, edits defaults and refuses to delete an image in use", async ({ page, db }) => {
  await page.goto("/newsroom/media");
  const caption = `Ferry at Cua Lo ${Date.now()}`;
  const png = await sharp({ create: { width: 500, height: 300, channels: 3, background: { r: 200, g: 120, b: 40 } } }).png().toBuffer();
  await page.getByLabel(/^Image/).setInputFiles({ name: "ferry.png", mimeType: "image/png", buffer: png });
  await page.getByLabel("Caption").first().fill(caption);
  await page.getByLabel("Credit").first().fill("Photo: TD");
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText(caption).first()).toBeVisible();
  const uploaded = await db.media.findFirstOrThrow({ where: { caption } });
  expect(uploaded).toMatchObject({ credit: "Photo: TD", originalName: "ferry.png" });

  await page.getByRole("searchbox").fill(caption);
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/q=/);
  const card = page.locator("li, article").filter({ hasText: caption }).last();
  await expect(card).toBeVisible();
  await card.getByText("Edit alt text, caption and credit").click();
  await card.locator('input[name="credit"]').fill("Photo: Thanh Duy");
  await card.locator('button[type="submit"]').click();
  await expect.poll(async () => (await db.media.findUniqueOrThrow({ where: { id: uploaded.id } })).credit).toBe("Photo: Thanh Duy");

  // An image used by an article cannot be deleted.
  const used = await db.articleMedia.findFirstOrThrow({ include: { media: true } });
  await page.goto(`/newsroom/media?q=${encodeURIComponent(used.media.caption)}`);
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Delete" }).first().click();
  await expect(page.getByRole("alert").filter({ hasText: /used by/ })).toBeVisible();
  expect(await db.media.count({ where: { id: used.mediaId } })).toBe(1);
});

test("desk views and filters narrow the article table", { tag: "@postgres" }, async ({ page, db }) => {
  await page.goto("/newsroom");
  await page.getByRole("navigation", { name: "Desk views" }).getByRole("link", { name: "Awaiting review" }).click();
  const inReview = await db.article.findMany({ where: { status: "IN_REVIEW" } });
  await expect(page.locator("table.article-table tbody tr")).toHaveCount(inReview.length);
  await expect(page.locator("table.article-table tbody .status")).toHaveText(inReview.map(() => "In review"));

  await page.getByRole("navigation", { name: "Desk views" }).getByRole("link", { name: "All articles" }).click();
  await expect(page).toHaveURL(/\/newsroom$/);
  await expect(page.locator("table.article-table caption")).toHaveText(/^All articles/);
  await page.getByLabel("Text").fill("Kim Liên");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.locator("table.article-table tbody tr")).not.toHaveCount(0);
  for (const title of await page.locator("table.article-table tbody td:first-child").allTextContents()) expect(title).toContain("Kim Liên");
});

test("the article table pages on with its filters kept", { tag: "@postgres" }, async ({ page, db }) => {
  const marker = `Pager probe ${Date.now()}`;
  const section = await db.section.findFirstOrThrow({ orderBy: { position: "asc" } });
  await db.article.createMany({
    data: Array.from({ length: 55 }, (_, i) => ({ title: `${marker} ${i}`, slug: `pager-probe-${Date.now()}-${i}`, sectionId: section.id, bodyJson: "{}" })),
  });
  try {
    await page.goto(`/newsroom?section=${section.id}&q=${encodeURIComponent(marker)}`);
    const rows = page.locator("table.article-table tbody tr");
    await expect(rows).toHaveCount(50);
    await expect(page.locator("table.article-table caption")).toContainText("55");
    await page.getByRole("link", { name: "Next page →" }).click();
    await expect(page).toHaveURL(new RegExp(`section=${section.id}.*q=.*cursor=`));
    await expect(rows).toHaveCount(5);
    for (const title of await page.locator("table.article-table tbody td:first-child").allTextContents()) expect(title).toContain(marker);
    await expect(page.locator("table.article-table tbody td:nth-child(3)")).toHaveText(Array(5).fill(sectionName(section, "en"))); // the suite's newsroom speaks English
    await page.getByRole("link", { name: "← Previous page" }).click();
    await expect(rows).toHaveCount(50);
    await expect(page.getByRole("link", { name: "← Previous page" })).toHaveCount(0);
  } finally {
    await db.article.deleteMany({ where: { title: { startsWith: marker } } });
  }
});

test("leaving the editor with unsaved changes asks first", { tag: "@engine-independent" }, async ({ page }) => {
  await page.goto("/newsroom/articles/new");
  await page.getByRole("button", { name: "Start writing" }).click();
  // The editor has the article from the server (and so takes typing) before the connection goes.
  await expect(page.getByRole("textbox", { name: "Body" })).toHaveAttribute("contenteditable", "true");
  await expect(page.getByTestId("save-status")).toHaveText(/^Saved/, { timeout: 10_000 });
  await page.context().setOffline(true); // the server cannot acknowledge the change, so it stays unsaved
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("Not yet saved");
  await expect(page.getByRole("textbox", { name: "Body" })).toHaveText("Not yet saved");
  await expect(page.getByTestId("save-status")).toHaveText(/Offline/, { timeout: 10_000 });
  const dialog = page.waitForEvent("dialog");
  const closed = page.waitForEvent("close");
  await page.close({ runBeforeUnload: true });
  const asked = await dialog;
  expect(asked.type()).toBe("beforeunload");
  await asked.accept(); // leave anyway, so the page closes cleanly
  await closed;
});
