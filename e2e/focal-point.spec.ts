// Focal point and crops through the media library: an uploaded picture with
// a red marker near its right edge gets its focal point on the marker (a
// click, then the arrow keys), saved; published as an article's cover, the
// page's og:image is the 1200×630 crop around the marker, not the centre.
import sharp from "sharp";
import { createArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import { announceContentChange } from "@/lib/cache/sync";
import { ADMIN, expect, test } from "@/e2e/fixtures";

test.setTimeout(120_000);

// 2400×960 grey, a 150 px red square centred at (2265, 480): x 0.944, y 0.5.
const MARKER = { x: 2265 / 2400, y: 0.5 };

async function markedPicture() {
  const square = { input: { create: { width: 150, height: 150, channels: 3 as const, background: { r: 230, g: 20, b: 20 } } }, left: 2190, top: 405 };
  return sharp({ create: { width: 2400, height: 960, channels: 3, background: { r: 128, g: 128, b: 128 } } })
    .composite([square])
    .png()
    .toBuffer();
}

async function pixel(bytes: Buffer, fx: number, fy: number) {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const i = (Math.floor(fy * info.height) * info.width + Math.floor(fx * info.width)) * info.channels;
  return { r: data[i], g: data[i + 1], b: data[i + 2] };
}

test("the focal point set in the media library decides the social card's crop", async ({ page, db, request }) => {
  const caption = `Marker on the right ${Date.now()}`;
  await page.goto("/newsroom/media");
  await page.getByLabel(/^Image/).setInputFiles({ name: "marker.png", mimeType: "image/png", buffer: await markedPicture() });
  await page.getByLabel("Caption").first().fill(caption);
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText(caption).first()).toBeVisible();
  const uploaded = await db.media.findFirstOrThrow({ where: { caption } });
  expect(uploaded.renditionKey).toMatch(/^[a-f0-9]{8}$/);

  await page.goto(`/newsroom/media?q=${encodeURIComponent(caption)}`);
  await page.getByRole("button", { name: "Focal point & crops" }).first().click();
  const dialog = page.getByTestId("focal-dialog");
  await expect(dialog).toBeVisible();
  const stage = dialog.getByTestId("focal-stage");
  const box = (await stage.boundingBox())!;
  // A click a little left of the marker, then the keyboard moves it onto it.
  await stage.click({ position: { x: box.width * (MARKER.x - 0.02), y: box.height * MARKER.y } });
  await stage.press("ArrowRight");
  await stage.press("ArrowRight");
  await expect(dialog.getByText(/9[345]% from the left, 50% from the top/)).toBeVisible();
  await dialog.getByTestId("focal-save").click();
  await expect(dialog.getByRole("status")).toHaveText("Saved. The crops were made again.", { timeout: 30_000 });

  const row = await db.media.findUniqueOrThrow({ where: { id: uploaded.id } });
  expect(row.focalX).toBeCloseTo(MARKER.x, 1);
  expect(row.renditionKey).not.toBe(uploaded.renditionKey);

  // Alt text and a credit, so the publish checks (missing alt, missing credit) have nothing to say.
  await db.media.update({ where: { id: uploaded.id }, data: { alt: "A grey picture with a red square near its right edge", credit: "Photo: E2E" } });
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const me = { id: admin.id, role: admin.role, displayName: admin.displayName, penName: null };
  const title = `Crop around the point ${Date.now()}`;
  const id = await createArticle(db, me, { title, lead: "The cover's social card follows its focal point.", coverMediaId: uploaded.id });
  await transition(db, me, { articleId: id, action: "submit" });
  await transition(db, me, { articleId: id, action: "publish" });
  await announceContentChange(db);
  const article = await db.article.findUniqueOrThrow({ where: { id }, include: { section: true } });

  await page.goto(`/${article.section.slug}/${article.slug}`);
  await expect(page.locator("h1")).toContainText(title);
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toMatch(new RegExp(`${row.fileKey}-og-${row.renditionKey}-1200\\.jpg$`));
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "max-image-preview:large");

  const image = await request.get(og!);
  expect(image.ok()).toBe(true);
  const bytes = await image.body();
  const meta = await sharp(bytes).metadata();
  expect([meta.width, meta.height, meta.format]).toEqual([1200, 630, "jpeg"]);
  // Cut from the 1600×640 variant: the 1219 px wide crop ends at the right
  // edge, so the marker (source x 1460–1560) sits at 0.885–0.967 of it; a
  // centred crop (x 190–1409) would not hold it at all.
  const red = await pixel(bytes, 0.925, 0.5);
  expect(red.r).toBeGreaterThan(180);
  expect(red.g).toBeLessThan(80);
  const middle = await pixel(bytes, 0.5, 0.5);
  expect(Math.abs(middle.r - 128)).toBeLessThan(20);
});
