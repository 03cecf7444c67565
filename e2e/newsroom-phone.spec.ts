// The newsroom in a reporter's hand (390 × 844) and on a desk (1280 × 800):
// no page wider than the screen, the header's menu, the editor's toolbar in
// one row that no other sticky bar covers, photos from the camera with upload
// progress, and "sign out everywhere" on the profile page.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import sharp from "sharp";
import { createArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import type { Db } from "@/lib/db/client";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { ADMIN, expect, test } from "@/e2e/fixtures";
import { E2E_ADMIN_STATE } from "@/e2e/env";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** A story long enough to scroll through, with a few revisions, by the admin. */
async function longStory(db: Db, title: string) {
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const me = { id: admin.id, role: admin.role, displayName: admin.displayName, penName: admin.penName };
  const paragraph = (i: number) => ({
    type: "paragraph",
    content: [{ type: "text", text: `Đoạn ${i}: bà con xã Nghi Lộc ra đồng từ sáng sớm, gặt lúa và phơi thóc trên con đường mới làm dọc bờ sông Lam.` }],
  });
  const body = { type: "doc", content: Array.from({ length: 40 }, (_, i) => paragraph(i + 1)) };
  const id = await createArticle(db, me, { title, lead: "Một bài dài để cuộn trên điện thoại.", body });
  await transition(db, me, { articleId: id, action: "submit" });
  return id;
}

/** Every newsroom page an admin can open, one article's pages included. */
function pages(articleId: string) {
  return [
    "/newsroom",
    "/newsroom/articles/new",
    `/newsroom/articles/${articleId}`,
    `/newsroom/articles/${articleId}/revisions`,
    `/newsroom/articles/${articleId}/preview`,
    "/newsroom/media",
    "/newsroom/dictionary",
    "/newsroom/sections",
    "/newsroom/users",
    "/newsroom/settings",
    "/newsroom/audit",
    "/newsroom/api",
    "/newsroom/api/reference",
    "/newsroom/profile",
  ];
}

/**
 * What sticks out sideways: the document's scroll width against the screen,
 * and the elements of the header and the main region that reach past either
 * edge. What a box that scrolls or clips sideways holds (the toolbar, a table
 * that scrolls in place) is that box's business: the box itself is checked.
 * A positioned element is held by its containing block, not its parent.
 */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      let position = getComputedStyle(el).position;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (position === "fixed") return false;
        const style = getComputedStyle(p);
        if (position === "absolute" && style.position === "static" && style.transform === "none") continue;
        if (style.overflowX !== "visible") return true;
        position = style.position;
      }
      return false;
    };
    const wide: string[] = [];
    for (const el of document.querySelectorAll(".newsroom-header *, main *")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered
      if ((box.right > width + 0.5 || box.left < -0.5) && !clipped(el)) {
        wide.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(box.left)}–${Math.round(box.right)})`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, wide: wide.slice(0, 8) };
  });
}

/** The boxes of every sticky or fixed element, with whether it contains the toolbar. */
function stickyBoxes(page: Page) {
  return page.evaluate(() => {
    const toolbar = document.querySelector(".editor-toolbar");
    return [...document.querySelectorAll("body *")]
      .filter((el) => ["sticky", "fixed"].includes(getComputedStyle(el).position))
      .filter((el) => !el.closest("[hidden]"))
      .map((el) => {
        const { top, bottom, left, right } = el.getBoundingClientRect();
        return { name: `${el.tagName.toLowerCase()}.${el.className}`, top, bottom, left, right, holdsToolbar: Boolean(toolbar && el.contains(toolbar)) };
      })
      .filter((b) => b.bottom > b.top);
  });
}

async function openEditor(page: Page, id: string) {
  await page.goto(`/newsroom/articles/${id}`);
  await expect(page.locator(".editor-toolbar")).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveText(/^Saved/, { timeout: 15_000 });
}

async function touchPhone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  // hasTouch makes the pointer coarse, as on a phone: "Take a photo" is offered there only.
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, storageState: E2E_ADMIN_STATE });
  return { context, page: await context.newPage() };
}

async function jpeg(name: string) {
  const buffer = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 40, g: 140, b: 90 } } }).jpeg({ quality: 95 }).toBuffer();
  return { name, mimeType: "image/jpeg", buffer };
}

/** Holds uploads for a moment, so the progress shown while one is on its way can be seen. */
async function slowUploads(page: Page) {
  await page.route("**/api/media", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
}

for (const [name, viewport] of [
  ["phone", PHONE],
  ["desktop", DESKTOP],
] as const) {
  test(`no newsroom page is wider than the screen on a ${name} (${viewport.width} px)`, { tag: "@engine-independent" }, async ({ page, db }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const id = await longStory(db, `Overflow check ${name} ${Date.now()}`);
    for (const path of pages(id)) {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      if (path === `/newsroom/articles/${id}`) await expect(page.locator(".editor-toolbar")).toBeVisible();
      const found = await overflow(page);
      expect.soft(found.wide, `${path}: elements past the screen's edge`).toEqual([]);
      expect.soft(found.scrollWidth, `${path}: the page scrolls sideways`).toBeLessThanOrEqual(found.clientWidth);
    }
  });

  test(`the editor's toolbar is never covered by another sticky bar on a ${name}`, { tag: "@engine-independent" }, async ({ page, db }) => {
    await page.setViewportSize(viewport);
    const id = await longStory(db, `Sticky check ${name} ${Date.now()}`);
    await openEditor(page, id);
    // The English headline's words are listed under it once the spelling is
    // checked, which moves everything below: measure after that.
    await expect(page.getByTestId("spelling-title")).toBeVisible();
    const toolbar = page.locator(".editor-toolbar");
    if (name === "phone") {
      // One row, scrolling sideways: every button on one line, the bar (and the sticky row
      // it sits in, with the review tools) about one touch-sized button high.
      const tops = await toolbar.getByRole("button").evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      expect((await toolbar.boundingBox())!.height).toBeLessThanOrEqual(60);
      expect((await toolbar.locator("xpath=..").boundingBox())!.height).toBeLessThanOrEqual(60);
      expect(await toolbar.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX === "auto")).toBe(true);
    }
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(viewport.height * 2);
    for (const y of [300, 900, 1600, height / 2, height - viewport.height]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForFunction((top) => Math.abs(window.scrollY - Math.min(top, document.documentElement.scrollHeight - innerHeight)) < 2, y);
      const boxes = await stickyBoxes(page);
      const tools = (await toolbar.boundingBox())!;
      if (tools.y + tools.height <= 0) continue; // past the body's end the toolbar leaves with it
      for (const other of boxes.filter((b) => !b.holdsToolbar)) {
        const overlaps = other.top < tools.y + tools.height - 0.5 && other.bottom > tools.y + 0.5 && other.left < tools.x + tools.width && other.right > tools.x;
        expect(overlaps, `${other.name} covers the toolbar at ${Math.round(y)}`).toBe(false);
      }
    }
    // Deep in the text, the toolbar is stuck right under the status bar.
    await page.evaluate(() => window.scrollTo(0, 1600));
    const status = (await page.locator(".editor-bar").boundingBox())!;
    const tools = (await toolbar.boundingBox())!;
    expect(status.y).toBeCloseTo(0, 0);
    expect(tools.y).toBeGreaterThanOrEqual(status.y + status.height - 1);
    expect(tools.y).toBeLessThan(status.y + status.height + 8);
  });
}

test("on a phone the header's links are in a menu that works from the keyboard", { tag: "@engine-independent" }, async ({ page, db }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/newsroom");
  const header = page.locator(".newsroom-header");
  // The site's name, as the sign-in page has it.
  const { siteName } = await getSiteSettings(db);
  await expect(header.getByRole("link", { name: `${siteName} newsroom`, exact: true })).toBeVisible();
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("link", { name: "Users" })).toBeHidden();
  await expect(header.getByRole("button", { name: /unread notification/ })).toBeVisible();
  const headerBox = (await header.boundingBox())!;
  expect(headerBox.width).toBeLessThanOrEqual(PHONE.width);
  expect(headerBox.height).toBeLessThan(80);

  // Tab from the top of the page to the button, open it, Tab to a link, Enter.
  await page.locator("body").focus();
  for (let i = 0; i < 6 && !(await menu.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(menu).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const users = page.getByRole("navigation", { name: "Newsroom pages" }).getByRole("link", { name: "Users" });
  await expect(users).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out everywhere" })).toHaveCount(0);
  for (let i = 0; i < 12 && !(await users.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(users).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/newsroom\/users$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(users).toBeHidden();

  // Escape closes it and gives the focus back to the button.
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(users).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(users).toBeHidden();
  await expect(menu).toBeFocused();
});

test("on a desktop the header's links show in a row, with no menu button", { tag: "@engine-independent" }, async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto("/newsroom");
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
  const nav = page.getByRole("navigation", { name: "Newsroom pages" });
  for (const link of ["Media", "Sections", "Users", "Settings", "Audit", "View site"]) await expect(nav.getByRole("link", { name: link, exact: true })).toBeVisible();
  await expect(page.getByTestId("current-user")).toBeVisible();
  const box = (await page.locator(".newsroom-header").boundingBox())!;
  expect(box.height).toBeLessThan(80);
});

test("a phone uploads a photo from its camera to the library, with progress", { tag: "@engine-independent" }, async ({ browser, db }) => {
  const { context, page } = await touchPhone(browser);
  await page.goto("/newsroom/media");
  const camera = page.getByLabel("Take a photo");
  await expect(camera).toHaveAttribute("capture", "environment");
  await expect(camera).toHaveAttribute("accept", "image/*");
  await expect(page.getByLabel(/^Image/)).toBeVisible(); // the usual file picker stays
  const caption = `From the field ${Date.now()}`;
  await camera.setInputFiles(await jpeg("camera-shot.jpg"));
  await expect(page.getByTestId("chosen-photo")).toHaveText("Photo: camera-shot.jpg");
  await page.getByLabel("Caption").first().fill(caption);
  await slowUploads(page);
  await page.getByRole("button", { name: "Upload" }).click();
  const progress = page.getByTestId("upload-progress");
  await expect(progress.locator("progress")).toBeVisible();
  await expect(progress).toHaveText(/\d+% uploaded/);
  await expect(page.getByRole("status").filter({ hasText: "Uploaded camera-shot.jpg." })).toBeVisible({ timeout: 15_000 });
  await expect(progress).toHaveCount(0);
  expect(await db.media.findFirstOrThrow({ where: { caption } })).toMatchObject({ originalName: "camera-shot.jpg" });
  expect((await overflow(page)).wide).toEqual([]);
  await context.close();
});

test("the editor's image picker takes a photo on a phone and shows the upload's progress", { tag: "@engine-independent" }, async ({ browser, db }) => {
  const id = await longStory(db, `Picker on a phone ${Date.now()}`);
  const { context, page } = await touchPhone(browser);
  await openEditor(page, id);
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.getByRole("button", { name: /Insert an image/ }).click();
  const dialog = page.getByRole("dialog", { name: "Choose an image" });
  const camera = dialog.getByLabel("Take a photo");
  await expect(camera).toHaveAttribute("capture", "environment");
  await slowUploads(page);
  await camera.setInputFiles(await jpeg("picker-shot.jpg"));
  await expect(dialog.getByTestId("upload-progress").locator("progress")).toBeVisible();
  await expect(dialog).toBeHidden({ timeout: 15_000 });
  await expect(page.locator(".editor-figure img")).toHaveCount(1);
  await context.close();
});

test("a desktop without touch offers no camera control", { tag: "@engine-independent" }, async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto("/newsroom/media");
  await expect(page.getByLabel(/^Image/)).toBeVisible();
  await expect(page.getByLabel("Take a photo")).toHaveCount(0);
});

test("sign out everywhere is on the profile page, not in the header", async ({ browser, users }) => {
  const who = await users.create({ role: "REPORTER", displayName: "Lò Thị Én" });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login?callbackUrl=%2Fnewsroom");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(who.displayName);
  await expect(page.locator(".newsroom-header").getByRole("button", { name: "Sign out everywhere" })).toHaveCount(0);
  await page.getByTestId("current-user").click();
  await expect(page).toHaveURL(/\/newsroom\/profile$/);
  const section = page.getByRole("region", { name: "Signed-in devices" });
  page.once("dialog", (dialog) => dialog.accept());
  await section.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/newsroom");
  await expect(page).toHaveURL(/\/login/);
  await context.close();
});
