// A photo gallery from the newsroom to readers: a reporter uploads six
// photos into a new gallery from the toolbar, writes their captions and alt
// texts, reorders them by keyboard (Alt+Arrow, announced) and by drag and
// drop, and submits; an editor publishes. On the public page the gallery is
// a slideshow saying "1 / 6", the arrow keys turn it and the order is the
// reporter's; with JavaScript off the page lists all six figures with their
// captions.
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { expect, test } from "@/e2e/fixtures";
import { signInAs as signIn } from "@/e2e/sign-in";
import { publishNow } from "@/e2e/publish";

test.setTimeout(180_000);

const saved = (page: Page) => expect(page.getByTestId("save-status")).toHaveText(/^Saved/, { timeout: 10_000 });
const workflow = (page: Page) => page.getByTestId("workflow");

async function photo(n: number) {
  const buffer = await sharp({ create: { width: 480, height: 320, channels: 3, background: { r: 30 * n, g: 200 - 25 * n, b: 90 } } })
    .png()
    .toBuffer();
  return { name: `le-hoi-${n}.png`, mimeType: "image/png", buffer };
}

/** The captions of the editor's gallery, in order. */
const editorCaptions = (page: Page) => page.locator("[data-gallery-editor] li").evaluateAll((items) => items.map((li) => (li.querySelector("input") as HTMLInputElement).value));

test("a reporter builds and reorders a six-photo gallery; readers page through it, or see the list without JavaScript", async ({ browser, users, db }) => {
  const reporter = await users.create({ role: "REPORTER", displayName: "Lê Văn Nam" });
  const editor = await users.create({ role: "EDITOR", displayName: "Trần Thu Hoa" });
  const title = `Lễ hội đua thuyền ${Date.now()}`;

  const r = await signIn(browser, reporter, "/newsroom/articles/new");
  await r.getByRole("button", { name: "Start writing" }).click();
  await expect(r).toHaveURL(/\/newsroom\/articles\/(?!new$)[a-z0-9]+$/, { timeout: 30_000 });
  await expect(r.getByRole("textbox", { name: "Body", exact: true })).toBeVisible({ timeout: 30_000 });
  await r.getByLabel("Title", { exact: true }).fill(title);
  await r.getByLabel("Lead", { exact: true }).fill("(Baonghean.vn) - Boat races on the Lam river.");
  await r.getByRole("textbox", { name: "Body", exact: true }).click();
  await r.keyboard.type("The races drew thousands.");

  // Six uploads, each chosen as it is stored, then one gallery.
  await r.getByRole("button", { name: "Insert a photo gallery" }).click();
  const dialog = r.getByRole("dialog", { name: "Choose an image" });
  for (let n = 1; n <= 6; n++) {
    await dialog.locator('input[type="file"]').first().setInputFiles(await photo(n));
    await expect(dialog).toContainText(`${n} photo${n > 1 ? "s" : ""} chosen`, { timeout: 20_000 });
  }
  await dialog.getByRole("button", { name: "Insert gallery" }).click();
  await expect(dialog).toBeHidden();

  const gallery = r.locator("[data-gallery-editor]");
  await expect(gallery.locator("li")).toHaveCount(6);
  for (let n = 1; n <= 6; n++) {
    const item = gallery.locator("li").nth(n - 1);
    await item.getByLabel("Caption").fill(`Boat ${n} crosses the line`);
    await item.getByLabel("Alt text").fill(`Boat ${n}`);
  }
  await expect.poll(() => editorCaptions(r)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Boat ${n} crosses the line`));

  // By keyboard: the first photo two places later, announced, focus kept.
  const first = gallery.getByRole("group", { name: /^Photo 1 of 6/ });
  await first.focus();
  await r.keyboard.press("Alt+ArrowRight");
  await r.keyboard.press("Alt+ArrowRight");
  await expect(gallery.getByText("Photo moved to position 3 of 6")).toBeAttached();
  await expect(gallery.getByRole("group", { name: /^Photo 3 of 6: Boat 1$/ })).toBeFocused();
  // By drag and drop: the last photo to the front.
  // The drag events themselves, with one DataTransfer: Playwright's mouse
  // drag picks its start point by coordinates, and in this grid under the
  // sticky editor bars that can land on another thumbnail.
  const dataTransfer = await r.evaluateHandle(() => new DataTransfer());
  await gallery.locator("li").nth(5).locator("[draggable=true]").dispatchEvent("dragstart", { dataTransfer });
  await gallery.locator("li").nth(0).dispatchEvent("dragover", { dataTransfer });
  await gallery.locator("li").nth(0).dispatchEvent("drop", { dataTransfer });
  const order = [6, 2, 3, 1, 4, 5];
  await expect.poll(() => editorCaptions(r)).toEqual(order.map((n) => `Boat ${n} crosses the line`));
  await saved(r);
  const articleUrl = new URL(r.url()).pathname;
  await workflow(r).getByRole("button", { name: "Submit for review" }).click();
  await expect(workflow(r)).toContainText("In review");

  // The editor publishes.
  const e = await signIn(browser, editor, articleUrl);
  await expect(e.getByRole("textbox", { name: "Body", exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(e.locator("[data-gallery-editor] li")).toHaveCount(6);
  await publishNow(e);

  const article = await db.article.findFirstOrThrow({ where: { title }, include: { section: true } });
  const publicUrl = `/${article.section.slug}/${article.slug}`;

  // Readers: a slideshow, 1 / 6 first, the arrow keys turn it, in the reporter's order.
  const reader = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await reader.goto(publicUrl);
  const show = reader.locator("figure.gallery");
  const status = show.locator(".gallery-status");
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expect(status).toContainText("1 / 6");
  await expect(show.locator("li:not([hidden])")).toHaveCount(1);
  await expect(show.locator("li:not([hidden]) figcaption")).toContainText(`Boat ${order[0]} crosses the line`);
  await show.locator(".gallery-slides").focus();
  await reader.keyboard.press("ArrowRight");
  await expect(status).toContainText("2 / 6");
  await expect(show.locator("li:not([hidden]) figcaption")).toContainText(`Boat ${order[1]} crosses the line`);
  await show.getByRole("button", { name: "Next photo" }).click();
  await expect(status).toContainText(`3 / 6 Boat ${order[2]} crosses the line`);
  await reader.keyboard.press("End");
  await expect(status).toContainText("6 / 6");
  await expect(show.getByRole("button", { name: "Next photo" })).toBeDisabled();

  // Without JavaScript: the plain list of six figures, captions and all, in order, no dead buttons.
  const plain = await (await browser.newContext({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } })).newPage();
  await plain.goto(publicUrl);
  const figures = plain.locator("figure.gallery li figure");
  await expect(figures).toHaveCount(6);
  for (const [i, n] of order.entries()) {
    await expect(figures.nth(i).locator("figcaption")).toContainText(`Boat ${n} crosses the line`);
    await expect(figures.nth(i).locator("img")).toHaveAttribute("alt", `Boat ${n}`);
  }
  await expect(plain.locator("figure.gallery button")).toHaveCount(0);
});
