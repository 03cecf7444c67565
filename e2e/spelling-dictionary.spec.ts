// The newsroom dictionary page (/newsroom/dictionary) and the spelling files
// behind the editor, through the production server: an editor on a
// phone-wide screen adds a word by keyboard, is told a differently cased
// duplicate is the same word, finds it, removes it; a reporter reads the list
// without the controls; the admin's audit log names both changes. The Hunspell
// files come from the packages in node_modules (never bundled): English always,
// Vietnamese when its optional package is installed, 404 for a language without one.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@/e2e/fixtures";
import { signInAs } from "@/e2e/sign-in";

test.setTimeout(90_000);

/** A made-up word of letters only, new each run: the dictionary is shared by every test. */
const freshWord = () => `Krông${Array.from(randomBytes(6), (b) => String.fromCharCode(97 + (b % 26))).join("")}`;

test("an editor adds, finds and removes a word by keyboard at 390 px; a reporter only reads; the audit log names the changes", async ({ browser, page, users }) => {
  const editor = await users.create({ role: "EDITOR", displayName: "Nguyễn Thị Hoà" });
  const word = freshWord();
  const e = await signInAs(browser, editor, "/newsroom/dictionary");
  await e.setViewportSize({ width: 390, height: 844 });
  await expect(e.getByRole("heading", { level: 1, name: "Newsroom dictionary" })).toBeVisible();

  const field = e.getByRole("textbox", { name: "Word", exact: true });
  await field.focus();
  await field.fill(word);
  await e.keyboard.press("Enter");
  const status = e.getByTestId("dictionary-status");
  await expect(status).toHaveText(`“${word}” added.`);
  const row = e.getByRole("row").filter({ hasText: word });
  await expect(row).toContainText("Nguyễn Thị Hoà");
  await expect(field).toBeFocused();
  await expect(field).toHaveValue("");

  // The same word in another case is the same entry.
  await field.fill(word.toLowerCase());
  await e.keyboard.press("Enter");
  await expect(e.locator(".form-error")).toHaveText(`“${word}” is already in the dictionary.`);
  // More than one word is refused with the rule.
  await field.fill("hai từ");
  await e.keyboard.press("Enter");
  await expect(e.locator(".form-error")).toContainText("Only one word");

  // Search, whatever the case; nothing sticks out sideways.
  await e.getByRole("searchbox", { name: "Search words" }).fill(word.toUpperCase());
  await e.getByRole("button", { name: "Search" }).click();
  await expect(e.getByRole("table")).toContainText("1 word matches");
  expect(await e.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  // Remove by keyboard: the message keeps the keyboard's place.
  await e.getByRole("button", { name: `Remove “${word}”` }).focus();
  await e.keyboard.press("Enter");
  await expect(status).toHaveText(`“${word}” removed.`);
  await expect(status).toBeFocused();
  await expect(e.getByRole("row").filter({ hasText: word })).toHaveCount(0);

  // A reporter reads the list but gets no controls.
  const other = freshWord();
  await field.fill(other);
  await e.keyboard.press("Enter");
  await expect(status).toHaveText(`“${other}” added.`);
  const reporter = await users.create({ role: "REPORTER" });
  const r = await signInAs(browser, reporter, "/newsroom/dictionary");
  await expect(r.getByRole("row").filter({ hasText: other })).toBeVisible();
  await expect(r.getByText("Only editors and admins change the dictionary")).toBeVisible();
  await expect(r.getByRole("textbox", { name: "Word", exact: true })).toHaveCount(0);
  await expect(r.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await expect(r.getByRole("link", { name: "Dictionary" })).toHaveCount(1);

  // The admin's audit log names both changes in words.
  await page.goto(`/newsroom/audit?action=${encodeURIComponent("dictionary.wordRemoved")}`);
  await expect(page.getByRole("row").filter({ hasText: word })).toContainText("Word removed from the newsroom dictionary");
  await e.context().close();
  await r.context().close();
});

test("the spelling files come from the dictionary packages on disk, for staff only", async ({ page, browser }) => {
  const aff = await page.request.get("/newsroom/api/spelling/en/index.aff");
  expect(aff.status()).toBe(200);
  expect(aff.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(aff.headers()["etag"]).toMatch(/^"dictionary-en@[\d.]+\/index\.aff"$/);
  expect(await aff.text()).toMatch(/^SET UTF-8/);

  const vi = await page.request.get("/newsroom/api/spelling/vi/index.dic");
  if (existsSync(path.join(process.cwd(), "node_modules", "dictionary-vi", "index.dic"))) {
    expect(vi.status()).toBe(200);
    expect(await vi.text()).toContain("hoà");
  } else {
    expect(vi.status()).toBe(404);
  }

  const ru = await page.request.get("/newsroom/api/spelling/ru/index.aff");
  expect(ru.status()).toBe(404);
  expect(await ru.json()).toEqual({ ok: false, error: "Spelling check is not available for this language on this server." });

  const words = await page.request.get("/newsroom/api/spelling/vi/words");
  expect(words.headers()["cache-control"]).toBe("no-store");
  expect(await words.json()).toMatchObject({ words: expect.any(Array), names: expect.any(Array), ignored: [] });

  // Without a session: the sign-in page, not the file.
  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const response = await anonymous.request.get("/newsroom/api/spelling/en/index.dic", { maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(response.status());
  expect(await response.text()).not.toContain("SFX");
  await anonymous.close();
});
