// Alt text discipline (issue 19): an editor publishes a story whose photo has
// no alt text. The confirm dialog lists the warning ("1 image has no alt
// text", which image) before asking the server; on a phone-wide screen and by
// keyboard, the editor gives a reason and chooses "Publish anyway"; the story
// is published and the audit log names the override with its reason. The
// media library's "Missing alt text" filter shows the photo with its badge.
import sharp from "sharp";
import { createArticle } from "@/lib/articles/editing";
import { acceptUpload } from "@/lib/media/upload";
import { expect, test } from "@/e2e/fixtures";
import { signInAs } from "@/e2e/sign-in";

test.setTimeout(120_000);

test("publishing past missing alt text is warned, overridden with a reason and audited; the library shows the image lacking it", async ({ page, browser, users, db }) => {
  const editor = await users.create({ role: "EDITOR", displayName: "Phạm Minh Đức" });
  const stamp = Date.now();
  const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 40, g: 110, b: 160 } } })
    .png()
    .toBuffer();
  const photo = await acceptUpload(db, { bytes: png, name: `lu-song-lam-${stamp}.png` }, { uploadedById: editor.id, alt: "", caption: `Nước sông Lam dâng cao ${stamp}` });
  const me = { id: editor.id, role: editor.role, displayName: editor.displayName, penName: null };
  const title = `Lũ sông Lam ${stamp}`;
  const id = await createArticle(db, me, {
    title,
    lead: "(Baonghean.vn) - Nước sông Lam lên nhanh trong đêm.",
    body: {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Người dân các xã ven sông đã được sơ tán." }] },
        { type: "figure", attrs: { src: photo.src, mediaId: photo.id, width: photo.width, height: photo.height, alt: "", caption: `Nước sông Lam dâng cao ${stamp}`, credit: "" } },
      ],
    } as never,
  });
  await db.article.update({ where: { id }, data: { status: "IN_REVIEW" } });

  // The editor, on a phone-wide screen.
  const e = await signInAs(browser, editor, `/newsroom/articles/${id}`);
  await e.setViewportSize({ width: 390, height: 844 });
  await expect(e.getByRole("textbox", { name: "Body", exact: true })).toBeVisible();
  await expect(e.locator(".editor-figure")).toHaveCount(1);
  await e.getByTestId("workflow").getByRole("button", { name: "Publish now" }).click();

  // The warning, before anything is sent: which image, and "Publish anyway".
  const dialog = e.getByRole("dialog", { name: "Publish this story?" });
  const warnings = dialog.getByTestId("publish-warnings");
  await expect(warnings).toContainText("1 image has no alt text");
  await expect(warnings).toContainText(`Image 1: “Nước sông Lam dâng cao ${stamp}”`);
  const anyway = dialog.getByRole("button", { name: "Publish anyway" });
  await expect(anyway).toBeFocused();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await e.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // By keyboard: back to the reason field, type it, forward to the button.
  await e.keyboard.press("Shift+Tab");
  await e.keyboard.press("Shift+Tab");
  await expect(dialog.getByLabel("Reason (required)")).toBeFocused();
  await e.keyboard.type("Ảnh gửi gấp từ hiện trường, bổ sung mô tả sau");
  await e.keyboard.press("Tab");
  await e.keyboard.press("Tab");
  await expect(anyway).toBeFocused();
  await e.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(e.getByTestId("step-confirmation")).toContainText("Published", { timeout: 15_000 });
  expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
  await e.context().close();

  // The audit log (the admin's page) names the override, its checks and reason.
  await page.goto(`/newsroom/audit?action=${encodeURIComponent("article.checksOverridden")}`);
  const row = page.locator("tbody tr").filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Published past the publish checks (override)");
  await expect(row).toContainText("missingAlt");
  await expect(row).toContainText("Ảnh gửi gấp từ hiện trường, bổ sung mô tả sau");

  // The media library: the filter lists the photo, with its badge.
  await page.goto("/newsroom/media");
  await expect(page.getByTestId("missing-alt-count")).toContainText(/\d+ images? lacks? alt text/);
  await page.getByLabel("Missing alt text").check();
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]alt=missing/);
  // The server applied it: the box stays ticked, the page lists only images lacking alt text.
  await expect(page.getByLabel("Missing alt text")).toBeChecked();
  const card = page.locator("li").filter({ hasText: `Nước sông Lam dâng cao ${stamp}` });
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId("no-alt-badge")).toHaveText("No alt text");
  // Every card in this view has the badge: nothing described is listed.
  const cards = page.locator("main ul li:has(img)");
  await expect(cards.first()).toBeVisible();
  await expect(cards.filter({ hasNot: page.getByTestId("no-alt-badge") })).toHaveCount(0);

  // Described, it leaves the view.
  await db.media.update({ where: { id: photo.id }, data: { alt: "Nước sông Lam tràn vào nhà dân" } });
  await page.reload();
  await expect(page.locator("li").filter({ hasText: `Nước sông Lam dâng cao ${stamp}` })).toHaveCount(0);
});
