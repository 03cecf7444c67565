// Spelling in the editor: a misspelt Vietnamese word is underlined in the
// body, and a suggestion from the menu (right-click, or F7 from the caret)
// puts it right; a word an editor adds to the newsroom dictionary is no
// longer underlined for anyone, here a reporter in another browser.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { createArticle } from "@/lib/articles/editing";
import { expect, test, type TestUser } from "@/e2e/fixtures";
import { signInAs } from "@/e2e/sign-in";

const asActor = (u: TestUser) => ({ id: u.id, role: u.role, displayName: u.displayName, penName: null });
const paragraph = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const body = (page: Page) => page.getByRole("textbox", { name: "Body", exact: true });
const underlined = (page: Page, word: string) => body(page).locator(`.spelling-error[data-spelling="${word}"]`);
/** The dictionary is loaded and the body checked (the note counts what is underlined). */
const checked = (page: Page) => expect(page.getByTestId("spelling-note")).toHaveAttribute("data-status", "ready", { timeout: 30_000 });

test("a misspelt word is underlined, and a suggestion from the menu or from F7 corrects it; the headline's too", async ({ browser, users, db }) => {
  const editor = await users.create({ role: "EDITOR", displayName: "Lan" });
  const id = await createArticle(db, asActor(editor), { title: "Nông thônn mới", lead: "Tin từ Nghệ An.", language: "vi", body: paragraph("Tỉnh Nghệ An xâyy dựng nôngg thôn mới.") as never });
  const page = await signInAs(browser, editor, `/newsroom/articles/${id}`);
  await checked(page);
  // The browser's time to the first underline, from the start of a page load
  // (dictionary files cached by now, as on every opening after the first):
  // printed for the record (scripts/bench-spelling.ts has the worker's figures).
  await page.reload();
  await page.waitForFunction(() => document.querySelector(".spelling-error"), undefined, { timeout: 30_000 });
  const firstUnderline = await page.evaluate(() => performance.now());
  console.log(`spelling: first underline ${Math.round(firstUnderline)} ms after the editor page started loading`);

  // Right-click: the menu offers the correction; taking it replaces the word.
  await expect(underlined(page, "xâyy")).toBeVisible({ timeout: 15_000 });
  await underlined(page, "xâyy").click({ button: "right" });
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitem", { name: "xây", exact: true })).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: "Add to the newsroom dictionary" })).toBeVisible();
  await menu.getByRole("menuitem", { name: "xây", exact: true }).click();
  await expect(body(page)).toContainText("Tỉnh Nghệ An xây dựng nôngg thôn mới.");
  await expect(underlined(page, "xâyy")).toHaveCount(0);

  // F7 from the start of the body goes to the next misspelt word; the keyboard does the rest.
  await body(page).click();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("F7");
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("menuitem").first()).toBeFocused();
  const target = menu.getByRole("menuitem", { name: "nông", exact: true });
  for (let i = 0; i < 6 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(body(page)).toContainText("Tỉnh Nghệ An xây dựng nông thôn mới.");
  await expect(body(page).locator(".spelling-error")).toHaveCount(0);
  await expect(menu).toHaveCount(0);

  // Escape closes the menu and leaves the text alone.
  await body(page).pressSequentially(" Gióoo");
  await expect(underlined(page, "Gióoo")).toBeVisible();
  await page.keyboard.press("F7");
  await expect(menu).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(body(page)).toContainText("Gióoo");

  // The headline's misspelt words are listed under it; a suggestion fixes the headline.
  const title = page.getByRole("textbox", { name: "Title", exact: true });
  await page.getByTestId("spelling-title").getByRole("button", { name: "thônn" }).click();
  await menu.getByRole("menuitem", { name: "thôn", exact: true }).click();
  await expect(title).toHaveValue("Nông thôn mới");
  await expect(page.getByTestId("spelling-title")).toHaveCount(0);
  await page.context().close();
});

test("a word an editor adds to the newsroom dictionary is not underlined for a reporter", async ({ browser, users, db }) => {
  // A made-up name of letters only, new each run: the dictionary is shared by every test.
  const word = `Krông${Array.from(randomBytes(5), (b) => String.fromCharCode(97 + (b % 26))).join("")}`;
  const editor = await users.create({ role: "EDITOR", displayName: "Lan" });
  const reporter = await users.create({ role: "REPORTER", displayName: "Nam" });
  try {
    const deskStory = await createArticle(db, asActor(editor), { title: "Cà phê", lead: "Tin từ Tây Nguyên.", language: "vi", body: paragraph(`Huyện ${word} trồng cà phê.`) as never });
    const desk = await signInAs(browser, editor, `/newsroom/articles/${deskStory}`);
    await checked(desk);
    await expect(underlined(desk, word)).toBeVisible({ timeout: 15_000 });
    await underlined(desk, word).click({ button: "right" });
    await desk.getByRole("menuitem", { name: "Add to the newsroom dictionary" }).click();
    await expect(desk.getByTestId("spelling-note").getByRole("status")).toHaveText(`“${word}” is in the newsroom dictionary now.`);
    await expect(underlined(desk, word)).toHaveCount(0);
    expect(await db.dictionaryWord.count({ where: { language: "vi", word } })).toBe(1);

    // The reporter's own story has the word and a real misspelling: only the misspelling is underlined.
    const ownStory = await createArticle(db, asActor(reporter), { title: "Mùa cà phê", lead: "Tin từ Tây Nguyên.", language: "vi", body: paragraph(`Nông dân ${word} thu hoạchh cà phê.`) as never });
    const reading = await signInAs(browser, reporter, `/newsroom/articles/${ownStory}`);
    await checked(reading);
    await expect(underlined(reading, "hoạchh")).toBeVisible({ timeout: 15_000 });
    await expect(underlined(reading, word)).toHaveCount(0);
    // Reporters do not manage the dictionary: the menu does not offer it.
    await underlined(reading, "hoạchh").click({ button: "right" });
    await expect(reading.getByRole("menuitem", { name: "Ignore in this article" })).toBeVisible();
    await expect(reading.getByRole("menuitem", { name: "Add to the newsroom dictionary" })).toHaveCount(0);
    await desk.context().close();
    await reading.context().close();
  } finally {
    await db.dictionaryWord.deleteMany({ where: { word } });
  }
});
