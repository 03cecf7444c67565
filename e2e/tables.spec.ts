// Tables from the editor to readers: a journalist inserts a table, fills
// its cells (Tab and Shift-Tab between them), adds a row and a column and a
// caption, a second tab of the same article sees it live and types in a cell
// through the co-editing binding; the article is published, and the public
// page and the RSS feed carry the table with its caption and header scopes.
// On a 390 px phone the table scrolls sideways (from the keyboard too)
// while the page itself does not.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "@/e2e/fixtures";
import { publishNow } from "@/e2e/publish";

test.setTimeout(120_000);

const CAPTION = "Giá bán lẻ xăng dầu từ 15 giờ";

const bodyOf = (page: Page) => page.getByRole("textbox", { name: "Body", exact: true });
const saved = (page: Page) => expect(page.getByTestId("save-status")).toHaveText(/^Saved/, { timeout: 10_000 });
const cellText = (table: Locator) => table.locator("tr").evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => `${c.tagName}:${c.textContent}`)));

/** Publishes from the workflow panel, confirming in the dialog if the newsroom asks. */
async function publish(page: Page) {
  const workflow = page.getByTestId("workflow");
  await workflow.getByRole("button", { name: "Submit for review" }).click();
  await expect(workflow).toContainText("In review");
  await publishNow(page);
}

test("a table is written, co-edited, published, and reaches the public page and the feed; phones scroll it sideways", async ({ page, db, browser }) => {
  const title = `Giá xăng giảm ${Date.now()}`;
  await page.goto("/newsroom/articles/new");
  await page.getByRole("button", { name: "Start writing" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/(?!new$)[a-z0-9]+$/);
  await expect(bodyOf(page)).toBeVisible();
  const articleUrl = new URL(page.url()).pathname;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Lead", { exact: true }).fill("(Baonghean.vn) - Fuel prices fell this afternoon.");
  const body = bodyOf(page);
  await body.click();
  await page.keyboard.type("Prices change at 3 pm.");

  // Insert: 3 × 3 with a header row, the caret in the first cell.
  await page.getByRole("button", { name: /^Insert a table/ }).click();
  const table = body.locator("table");
  await expect(table.locator("tr")).toHaveCount(3);
  await expect(table.locator("tr").first().locator("th")).toHaveCount(3);
  const menu = page.getByRole("toolbar", { name: "Table" });
  await expect(menu).toBeVisible();
  await expect(page.getByRole("button", { name: /^Insert a table/ })).toBeDisabled();
  // Tab moves on a cell; Shift-Tab back, selecting that cell's text (typing replaces it).
  const cells = ["Product", "Price", "Change", "RON 95", "21,450", "-300", "E5 RON 92", "wrong", "-250"];
  for (const [i, text] of cells.entries()) {
    if (i > 0) await page.keyboard.press("Tab");
    await page.keyboard.type(text);
  }
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.type("20,610");

  // A row below the caret's row, a column after the caret's column, and the caption.
  await menu.getByRole("button", { name: "Add a row below" }).click();
  await expect(table.locator("tr")).toHaveCount(4);
  await table.locator("tr").nth(3).locator("td").first().click();
  await page.keyboard.type("Diesel");
  await menu.getByRole("button", { name: "Add a column after" }).click();
  await expect(table.locator("tr").first().locator("th")).toHaveCount(4);
  await table.locator("tr").first().locator("th").nth(1).click();
  await page.keyboard.type("Note");
  await menu.getByLabel("Table caption").fill(CAPTION);
  await expect(table.locator("caption")).toHaveText(CAPTION);
  await saved(page);
  expect(await cellText(table)).toEqual([
    ["TH:Product", "TH:Note", "TH:Price", "TH:Change"],
    ["TD:RON 95", "TD:", "TD:21,450", "TD:-300"],
    ["TD:E5 RON 92", "TD:", "TD:20,610", "TD:-250"],
    ["TD:Diesel", "TD:", "TD:", "TD:"],
  ]);
  // Leaving the table hides its menu.
  await body.locator("p").first().click();
  await expect(menu).toBeHidden();

  // A second tab on the same article: the table arrives through the shared
  // document, and what it types in a cell reaches the first tab.
  const second = await page.context().newPage();
  await second.goto(articleUrl);
  const table2 = bodyOf(second).locator("table");
  await expect(table2.locator("caption")).toHaveText(CAPTION);
  await table2.locator("tr").nth(3).locator("td").nth(2).click();
  await second.keyboard.type("18,920");
  // (Contains: the second tab's caret, with its name, sits in that cell too.)
  await expect(table.locator("tr").nth(3).locator("td").nth(2)).toContainText("18,920");
  await second.close();
  // And the collaboration server stored it (it checked every update on the way).
  const id = articleUrl.split("/").pop()!;
  await expect.poll(async () => (await db.article.findUniqueOrThrow({ where: { id } })).bodyJson, { timeout: 10_000 }).toContain("18,920");

  await publish(page);
  const article = await db.article.findUniqueOrThrow({ where: { id }, include: { section: true } });
  const publicUrl = `/${article.section.slug}/${article.slug}`;

  // The public page: caption, header row in thead, row headers, the scrolling region.
  const reader = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await reader.goto(publicUrl);
  const region = reader.getByRole("region", { name: CAPTION });
  await expect(region).toBeVisible();
  const published = region.locator("table");
  await expect(published.locator("caption")).toHaveText(CAPTION);
  await expect(published.locator('thead th[scope="col"]')).toHaveText(["Product", "Note", "Price", "Change"]);
  await expect(published.locator("tbody tr")).toHaveCount(3);
  await expect(published.locator("tbody tr").last().locator("td")).toHaveText(["Diesel", "", "18,920", ""]);

  // On a phone: the region scrolls sideways (from the keyboard too), the page does not.
  await reader.setViewportSize({ width: 390, height: 844 });
  await reader.reload();
  const scroller = reader.getByRole("region", { name: CAPTION });
  await scroller.scrollIntoViewIfNeeded();
  const widths = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await scroller.focus();
  await reader.keyboard.press("ArrowRight");
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await reader.close();

  // The feed: the whole body as content:encoded, the table intact.
  const feed = await page.request.get("/rss.xml");
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  const item = xml.slice(xml.indexOf(`<title>${title}</title>`));
  const encoded = /<content:encoded>([\s\S]*?)<\/content:encoded>/.exec(item)?.[1] ?? "";
  const html = encoded.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  expect(html).toContain(`<caption>${CAPTION}</caption>`);
  expect(html).toContain('<thead><tr><th scope="col">Product</th><th scope="col">Note</th><th scope="col">Price</th><th scope="col">Change</th></tr></thead>');
  expect(html).toContain("<td>Diesel</td><td></td><td>18,920</td><td></td>");
});
