// The editor's writing comforts as a journalist meets them: a photo inserted
// mid-paragraph lands after the paragraph, Backspace or Delete next to a
// figure selects it before deleting it, caption and headline boxes grow with
// their text, Ctrl+S saves now, Vietnamese quotes and dashes as you type (a
// newsroom setting), length counters, and writing mode.
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { expect, test } from "@/e2e/fixtures";

async function newArticle(page: Page) {
  await page.goto("/newsroom/articles/new");
  await page.getByRole("button", { name: "Start writing" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/(?!new$)[a-z0-9]+$/);
  await expect(page.getByRole("textbox", { name: "Body" })).toBeVisible();
  await saved(page);
  return page.url().split("/").pop()!;
}

const saved = (page: Page) => expect(page.getByTestId("save-status")).toHaveText(/^Saved/, { timeout: 10_000 });
const body = (page: Page) => page.getByRole("textbox", { name: "Body" });

type EditorHandle = {
  getJSON(): { content: { type: string; content?: { text?: string }[] }[] };
  state: { selection: { empty: boolean; from: number; $from: { parent: { textContent: string }; parentOffset: number } } };
  commands: { setTextSelection(pos: number): boolean; focus(): boolean };
};

/** The body's top-level blocks: "p:text" for paragraphs, the node's name for the rest. */
function blocks(page: Page) {
  return page.evaluate(() => {
    const editor = (document.querySelector(".ProseMirror") as unknown as { editor: EditorHandle }).editor;
    return editor.getJSON().content.map((n) => (n.type === "paragraph" ? `p:${(n.content ?? []).map((c) => c.text ?? "").join("")}` : n.type));
  });
}

/** Puts the caret at a document position, as a click there would (Tiptap keeps the editor on its element). */
async function caretAt(page: Page, pos: number) {
  await page.evaluate((at) => {
    const editor = (document.querySelector(".ProseMirror") as unknown as { editor: EditorHandle }).editor;
    editor.commands.focus();
    editor.commands.setTextSelection(at);
  }, pos);
  await expect.poll(() => page.evaluate(() => (document.querySelector(".ProseMirror") as unknown as { editor: EditorHandle }).editor.state.selection.from)).toBe(pos);
}

async function uploadFigure(page: Page) {
  const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 40, g: 120, b: 90 } } })
    .png()
    .toBuffer();
  await page.getByRole("button", { name: /Insert an image/ }).click();
  const dialog = page.getByRole("dialog", { name: "Choose an image" });
  await dialog.locator('input[type="file"]').first().setInputFiles({ name: "dyke.png", mimeType: "image/png", buffer: png });
  await expect(dialog).toBeHidden();
  await expect(page.locator(".editor-figure")).toHaveCount(1);
}

test("a photo inserted mid-paragraph goes after it, and Backspace or Delete beside it selects it before deleting it", { tag: "@engine-independent" }, async ({ page }) => {
  await newArticle(page);
  await body(page).click();
  await page.keyboard.type("The dyke held all night.\nWater fell by morning.");
  await expect.poll(() => blocks(page)).toEqual(["p:The dyke held all night.", "p:Water fell by morning."]);

  // The caret after "The dyke" (positions count from 1 inside the first paragraph).
  await caretAt(page, 9);
  await uploadFigure(page);
  expect(await blocks(page)).toEqual(["p:The dyke held all night.", "figure", "p:Water fell by morning."]);
  // The caret landed after the figure, at the start of the next paragraph.
  const caret = await page.evaluate(() => {
    const { selection } = (document.querySelector(".ProseMirror") as unknown as { editor: EditorHandle }).editor.state;
    return { empty: selection.empty, text: selection.$from.parent.textContent, offset: selection.$from.parentOffset };
  });
  expect(caret).toEqual({ empty: true, text: "Water fell by morning.", offset: 0 });

  // Backspace there: the figure is selected (and shows it), not deleted.
  const figure = page.locator(".editor-figure");
  await page.keyboard.press("Backspace");
  await expect(figure).toHaveClass(/is-selected/);
  expect(await blocks(page)).toEqual(["p:The dyke held all night.", "figure", "p:Water fell by morning."]);

  // Delete at the end of the paragraph before it: the same.
  await caretAt(page, "The dyke held all night.".length + 1);
  await expect(figure).not.toHaveClass(/is-selected/);
  await page.keyboard.press("Delete");
  await expect(figure).toHaveClass(/is-selected/);
  expect(await blocks(page)).toEqual(["p:The dyke held all night.", "figure", "p:Water fell by morning."]);

  // The second press deletes it; the paragraphs stay as they were.
  await page.keyboard.press("Delete");
  await expect(figure).toHaveCount(0);
  expect(await blocks(page)).toEqual(["p:The dyke held all night.", "p:Water fell by morning."]);

  // And from the block after: two Backspaces.
  await caretAt(page, "The dyke held all night.".length + 1);
  await uploadFigure(page);
  expect(await blocks(page)).toEqual(["p:The dyke held all night.", "figure", "p:Water fell by morning."]);
  await page.keyboard.press("Backspace");
  await expect(figure).toHaveClass(/is-selected/);
  await expect(figure).toHaveCount(1);
  await page.keyboard.press("Backspace");
  await expect(figure).toHaveCount(0);
  expect(await blocks(page)).toEqual(["p:The dyke held all night.", "p:Water fell by morning."]);
});

test("caption and headline boxes grow to show their whole text; Enter in the headline moves to the lead", { tag: "@engine-independent" }, async ({ page }) => {
  await newArticle(page);
  await body(page).click();
  await page.keyboard.type("Paragraph.");
  await uploadFigure(page);
  const caption = page.locator(".editor-figure").getByLabel("Caption");
  const emptyHeight = (await caption.boundingBox())!.height;
  await caption.fill(
    "Soldiers and villagers of Hung Nguyen raise the dyke along the Lam river with sandbags through the night, as the water climbs towards the rice fields and the commune's school.",
  );
  await expect.poll(async () => (await caption.boundingBox())!.height).toBeGreaterThan(emptyHeight * 1.5);
  // The whole text shows: nothing is left to scroll.
  expect(await caption.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);

  const title = page.getByLabel("Title", { exact: true });
  const oneLine = (await title.boundingBox())!.height;
  await title.fill(
    "Hundreds of soldiers and villagers in Hung Nguyen work through the night to raise the dyke on the Lam river before the flood peak reaches the district",
  );
  await expect.poll(async () => (await title.boundingBox())!.height).toBeGreaterThan(oneLine * 1.5);
  expect(await title.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);

  // A headline is one line of text: Enter goes on to the lead.
  await title.press("End");
  await title.press("Enter");
  await expect(page.getByLabel("Lead", { exact: true })).toBeFocused();
  await expect(title).not.toHaveValue(/\n/);
});

test("Ctrl+S stores the article at once, from the body or the title, instead of the browser's save dialog", async ({ page, db }) => {
  const id = await newArticle(page);
  // A listener after the editor's: it sees whether the editor took the key.
  await page.evaluate(() => {
    const w = window as unknown as { saveKeyTaken?: boolean[] };
    w.saveKeyTaken = [];
    window.addEventListener("keydown", (e) => {
      if (e.key === "s" && (e.ctrlKey || e.metaKey)) w.saveKeyTaken!.push(e.defaultPrevented);
    });
  });
  const note = page.getByTestId("save-now");

  await body(page).click();
  await page.keyboard.type("Stored by the keyboard.");
  await page.keyboard.press("Control+s");
  await expect(note).toHaveText("Saved.", { timeout: 10_000 });
  // The server had stored it by the time it answered: no waiting for the autosave.
  expect((await loadEditorArticle(db, id))!.body).toMatchObject({ content: [{ type: "paragraph", content: [{ text: "Stored by the keyboard." }] }] });
  await expect(page.getByTestId("save-status")).toHaveText(/^Saved/);

  const title = page.getByLabel("Title", { exact: true });
  await title.fill("Saved from the headline");
  await title.press("Control+s");
  await expect(note).toHaveText("Saved.", { timeout: 10_000 });
  expect((await loadEditorArticle(db, id))!.title).toBe("Saved from the headline");
  expect(await page.evaluate(() => (window as unknown as { saveKeyTaken: boolean[] }).saveKeyTaken)).toEqual([true, true]);
  await expect(note).toHaveText("", { timeout: 10_000 }); // the note goes after a moment

  // And the version it stored is what a reload shows.
  await page.reload();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Saved from the headline");
});

test("quotes and dashes become Vietnamese typography as you type, in the body, headline and lead", { tag: "@engine-independent" }, async ({ page }) => {
  await newArticle(page);
  const typed = 'Ông Ba nói "xin chào" -- rồi đi...';
  const expected = "Ông Ba nói “xin chào” — rồi đi…";

  await body(page).click();
  await page.keyboard.type(typed);
  await expect(body(page)).toHaveText(expected);
  // "---" still makes a horizontal rule (the dash rule gives way to it).
  await page.keyboard.type("\n---");
  await expect(body(page).locator("hr")).toHaveCount(1);

  const title = page.getByLabel("Title", { exact: true });
  await title.click();
  await title.pressSequentially("Lan's \"tin nóng\"");
  await expect(title).toHaveValue("Lan’s “tin nóng”");
  // Backspace right after a change takes it back to what was typed.
  await title.press("Backspace");
  await expect(title).toHaveValue('Lan’s “tin nóng"');

  const lead = page.getByLabel("Lead", { exact: true });
  await lead.click();
  await lead.pressSequentially(typed);
  await expect(lead).toHaveValue(expected);
  // Pasted (or filled-in) text is left as it is.
  await lead.fill('Pasted "as is" -- ok');
  await expect(lead).toHaveValue('Pasted "as is" -- ok');
  await saved(page);
});

test("length counters show each text's length against the newsroom's recommendation and warn past it", { tag: "@engine-independent" }, async ({ page }) => {
  await newArticle(page);
  const seoTitle = page.getByRole("textbox", { name: "SEO title", exact: true });
  const counter = page.locator("#field-seo-title-count");
  await expect(seoTitle).toHaveAttribute("aria-describedby", "field-seo-title-count");
  await expect(counter).not.toHaveAttribute("aria-live", /.*/);
  await expect(counter).toHaveText("0 / 60");

  await seoTitle.fill("Nước lũ sông Lam lên nhanh, Hưng Nguyên gia cố đê");
  await expect(counter).toHaveText("49 / 60");
  await expect(counter).not.toHaveAttribute("data-over", /.*/);
  await seoTitle.fill("Nước lũ sông Lam lên nhanh, hàng trăm người gia cố đê ở Hưng Nguyên");
  await expect(counter).toHaveText("67 / 60 · 7 too many");
  await expect(counter).toHaveAttribute("data-over", "");
  const warned = await counter.evaluate((el) => getComputedStyle(el).color);
  await seoTitle.fill("Short");
  expect(await counter.evaluate((el) => getComputedStyle(el).color)).not.toBe(warned);

  // The headline, lead and SEO description have theirs too.
  await expect(page.locator("#field-title-count")).toHaveText("0 / 100");
  await expect(page.locator("#field-lead-count")).toHaveText("0 / 300");
  await expect(page.locator("#field-seo-description-count")).toHaveText("0 / 160");
  await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-describedby", "field-title-count");
  await saved(page);
});

test("the newsroom's writing settings: typography can be turned off and the recommended lengths changed", async ({ page, db }) => {
  const keys = ["smartTypography", "seoTitleLength"];
  try {
    await page.goto("/newsroom/settings");
    await page.getByLabel("Typographic quotes and dashes as you type").uncheck();
    await page.getByLabel("Recommended SEO title length").fill("50");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByTestId("settings-saved")).toBeVisible();

    await newArticle(page);
    const title = page.getByLabel("Title", { exact: true });
    await title.click();
    await title.pressSequentially('Plain "quotes" -- here');
    await expect(title).toHaveValue('Plain "quotes" -- here');
    await body(page).click();
    await page.keyboard.type('Straight "quotes"');
    await expect(body(page)).toHaveText('Straight "quotes"');
    await expect(page.locator("#field-seo-title-count")).toHaveText("0 / 50");
    await saved(page);
  } finally {
    await db.setting.deleteMany({ where: { key: { in: keys } } });
  }
});

test("writing mode hides the header and side panels, is remembered, and Escape leaves it", { tag: "@engine-independent" }, async ({ page }) => {
  await newArticle(page);
  const header = page.locator(".newsroom-header");
  const side = page.locator(".editor-side");
  await expect(header).toBeVisible();
  await expect(side).toBeVisible();

  await page.getByRole("button", { name: "Writing mode" }).click();
  await expect(header).toBeHidden();
  await expect(side).toBeHidden();
  for (const name of ["Title", "Lead"]) await expect(page.getByLabel(name, { exact: true })).toBeVisible();
  await expect(body(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Leave writing mode" })).toHaveAttribute("aria-pressed", "true");

  // Remembered in this browser.
  await page.reload();
  await expect(body(page)).toBeVisible();
  await expect(header).toBeHidden();

  // Escape leaves it, from the body too.
  await body(page).click();
  await page.keyboard.press("Escape");
  await expect(header).toBeVisible();
  await expect(side).toBeVisible();

  // The shortcut toggles it.
  await body(page).click();
  await page.keyboard.press("Control+Shift+F");
  await expect(header).toBeHidden();
  await page.keyboard.press("Control+Shift+F");
  await expect(header).toBeVisible();
  await saved(page);
});
