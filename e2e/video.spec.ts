// An uploaded video from the editor to readers: the browser records a real,
// playable WebM (a canvas through MediaRecorder, about a second, made in
// the page so no fixture file is needed), the journalist uploads it in the
// video dialog with its progress, uploads a poster image and WebVTT captions,
// gives it a title, inserts and publishes. On the public page the <video>
// has its captions <track>, plays (its time moves on), and the page carries
// a VideoObject in its JSON-LD. A QuickTime file is refused with a message
// saying what to do.
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { expect, test } from "@/e2e/fixtures";
import { publishNow } from "@/e2e/publish";

test.setTimeout(120_000);

const bodyOf = (page: Page) => page.getByRole("textbox", { name: "Body", exact: true });

/** A second of a moving square, recorded by the browser itself as WebM (VP8/VP9). */
async function recordWebm(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement("canvas");
    canvas.width = 160;
    canvas.height = 120;
    const g = canvas.getContext("2d")!;
    const stream = canvas.captureStream(25);
    const recorder = new MediaRecorder(stream, { mimeType: "video/webm" });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const done = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start(100);
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const draw = () => {
        const t = performance.now() - started;
        g.fillStyle = "#0a4a7a";
        g.fillRect(0, 0, 160, 120);
        g.fillStyle = "#f5c400";
        g.fillRect((t / 10) % 140, 40, 20, 20);
        if (t < 1200) requestAnimationFrame(draw);
        else resolve();
      };
      draw();
    });
    recorder.stop();
    await done;
    const bytes = new Uint8Array(await new Blob(chunks, { type: "video/webm" }).arrayBuffer());
    let binary = "";
    for (const b of bytes) binary += String.fromCharCode(b);
    return btoa(binary);
  });
  return Buffer.from(base64, "base64");
}

async function publish(page: Page) {
  const workflow = page.getByTestId("workflow");
  await workflow.getByRole("button", { name: "Submit for review" }).click();
  await expect(workflow).toContainText("In review");
  await publishNow(page);
}

test("a recorded video with a poster and captions is inserted, published, and plays on the public page", async ({ page, db, browser }) => {
  const title = `Đua thuyền sông Lam ${Date.now()}`;
  await page.goto("/newsroom/articles/new");
  await page.getByRole("button", { name: "Start writing" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/(?!new$)[a-z0-9]+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Lead", { exact: true }).fill("The boat races opened this morning.");
  await bodyOf(page).click();
  await page.keyboard.type("The races opened at 8 am.");

  const webm = await recordWebm(page);
  expect(webm.subarray(0, 4).toString("hex")).toBe("1a45dfa3"); // EBML

  await page.getByRole("button", { name: "Insert a video" }).click();
  const dialog = page.getByRole("dialog", { name: "Insert a video" });
  await expect(dialog).toBeVisible();

  // A QuickTime file is refused with what to do.
  const mov = Buffer.concat([Buffer.from("0000001466747970717420200000020071742020", "hex"), Buffer.alloc(64)]);
  await dialog.getByLabel("Video file (MP4 or WebM)").setInputFiles({ name: "iphone.mov", mimeType: "video/quicktime", buffer: mov });
  await expect(dialog.getByRole("alert")).toContainText("Export the video as MP4 (H.264) or WebM");

  await dialog.getByLabel("Video file (MP4 or WebM)").setInputFiles({ name: "dua-thuyen.webm", mimeType: "video/webm", buffer: webm });
  await expect(dialog.getByTestId("video-chosen")).toContainText("dua-thuyen.webm");

  // The poster: a new image through the library picker.
  await dialog.getByRole("button", { name: "Choose a poster" }).click();
  const picker = page.getByRole("dialog", { name: "Choose an image" });
  const png = await sharp({ create: { width: 640, height: 360, channels: 3, background: { r: 10, g: 74, b: 122 } } }).png().toBuffer();
  await picker.locator('label.upload-button input[type="file"]').setInputFiles({ name: "poster.png", mimeType: "image/png", buffer: png });
  await expect(picker).toBeHidden();
  await expect(dialog.getByTestId("video-poster")).toBeVisible();

  // Captions in Vietnamese.
  await dialog.getByLabel("Language of the captions").fill("vi");
  await dialog.getByLabel("Label in the player (optional)").fill("Tiếng Việt");
  const vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nCác đội đua xuất phát\n";
  await dialog.getByLabel("Captions file (.vtt)").setInputFiles({ name: "phu-de.vtt", mimeType: "text/vtt", buffer: Buffer.from(vtt) });
  await expect(dialog.getByTestId("video-captions-chosen")).toContainText("Tiếng Việt (vi)");

  await dialog.getByLabel("Title", { exact: true }).fill("Các đội đua xuất phát");
  await dialog.getByLabel("Caption", { exact: true }).fill("Bến Thủy, sáng nay");
  await dialog.getByRole("button", { name: "Insert the video" }).click();
  await expect(dialog).toBeHidden();
  const inEditor = page.getByTestId("editor-video");
  await expect(inEditor.locator("video")).toHaveAttribute("poster", /\/media\/[a-f0-9]{20}-\d+\.webp$/);
  await expect(page.getByTestId("save-status")).toHaveText(/^Saved/, { timeout: 10_000 });
  await expect.poll(async () => (await db.article.findUniqueOrThrow({ where: { id } })).bodyJson, { timeout: 10_000 }).toContain('"type":"video"');

  await publish(page);
  const article = await db.article.findUniqueOrThrow({ where: { id }, include: { section: true } });

  const reader = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await reader.goto(`/${article.section.slug}/${article.slug}`);
  const video = reader.locator("figure.video video");
  await expect(video).toHaveAttribute("preload", "none");
  await expect(video.locator('track[kind="captions"][srclang="vi"][label="Tiếng Việt"]')).toHaveCount(1);
  await expect(video.locator('source[type="video/webm"]')).toHaveCount(1);
  await expect(reader.locator("figure.video figcaption")).toContainText("Các đội đua xuất phát");
  // It plays: muted (as browsers allow without a gesture), its time moves on.
  const played = await video.evaluate(async (el: HTMLVideoElement) => {
    el.muted = true;
    await el.play();
    await new Promise((resolve) => setTimeout(resolve, 600));
    return { time: el.currentTime, ready: el.readyState, tracks: el.textTracks.length };
  });
  expect(played.time).toBeGreaterThan(0);
  expect(played.ready).toBeGreaterThanOrEqual(2);
  expect(played.tracks).toBe(1);
  // No sideways scrolling on a phone.
  expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const ld = await reader.locator('script[type="application/ld+json"]').allTextContents();
  const items = ld.flatMap((text) => JSON.parse(text) as { "@type": string }[]);
  const object = items.find((i) => i["@type"] === "VideoObject") as Record<string, unknown> | undefined;
  expect(object).toMatchObject({ name: "Các đội đua xuất phát", description: "Bến Thủy, sáng nay", contentUrl: expect.stringMatching(/^https?:\/\/.+\/media\/[a-f0-9]{20}\.webm$/) });
  expect((object!.thumbnailUrl as string[])[0]).toMatch(/^https?:\/\/.+\.webp$/);
  await reader.close();
});
