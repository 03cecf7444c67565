// Pasting into the article body what journalists paste: HTML exactly as Word
// for Windows and Google Docs put it on the clipboard (tests/fixtures/paste/),
// through the browser's real clipboard and Ctrl+V. Headings, bold and
// italic, links (without Google Docs' underline), real lists, line breaks and
// table cells are kept; a pasted heading never merges into the paragraph at
// the caret; images that are not in the media library are imported into it
// from a server this test runs on 127.0.0.1 (the e2e server allows loopback:
// OUTBOUND_ALLOW_LOOPBACK in playwright.config.ts), or removed with a notice
// saying how many.
import { readFileSync } from "node:fs";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { loadEditorArticle } from "@/lib/articles/article-state";
import type { JsonNode } from "@/lib/content/body";
import { expect, test } from "@/e2e/fixtures";

const fixture = (name: string) => readFileSync(`tests/fixtures/paste/${name}`, "utf8");

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
});

async function newArticle(page: Page) {
  await page.goto("/newsroom/articles/new");
  await page.getByRole("button", { name: "Start writing" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/(?!new$)[a-z0-9]+$/);
  // Pasted only once the body takes input and has the shared document.
  await expect(page.getByRole("textbox", { name: "Body" })).toHaveAttribute("contenteditable", "true");
  await saved(page);
  return page.url().split("/").pop()!;
}

const saved = (page: Page) => expect(page.getByTestId("save-status")).toHaveText(/^Saved/, { timeout: 10_000 });

/** Puts `html` on the system clipboard (with a plain-text version, as every app does) and presses Ctrl+V in the body. */
async function paste(page: Page, html: string) {
  await page.evaluate(async (markup) => {
    const text = new DOMParser().parseFromString(markup, "text/html").body.textContent ?? "";
    await navigator.clipboard.write([
      new ClipboardItem({ "text/html": new Blob([markup], { type: "text/html" }), "text/plain": new Blob([text], { type: "text/plain" }) }),
    ]);
  }, html);
  await page.getByRole("textbox", { name: "Body" }).focus();
  await page.keyboard.press("ControlOrMeta+v");
}

/** The body as the editor holds it (Tiptap puts the editor on its element). */
function bodyJson(page: Page): Promise<JsonNode> {
  return page.evaluate(() => (document.querySelector(".ProseMirror") as unknown as { editor: { getJSON(): unknown } }).editor.getJSON() as JsonNode);
}

/** Every node of `type` in `node`, depth first. */
function nodesOf(node: JsonNode, type: string): JsonNode[] {
  return [...(node.type === type ? [node] : []), ...(node.content ?? []).flatMap((child) => nodesOf(child, type))];
}

const textOf = (node: JsonNode): string => node.text ?? (node.content ?? []).map(textOf).join("");

/** The texts carrying `mark`, in order. */
const marked = (doc: JsonNode, mark: string) => nodesOf(doc, "text").filter((t) => t.marks?.some((m) => m.type === mark)).map((t) => t.text);

test("a Word document keeps its headings, formatting, link, lists, line break and table; its image from the writer's disk is removed with a notice", { tag: "@engine-independent" }, async ({ page }) => {
  await newArticle(page);
  await paste(page, fixture("word.html"));
  const body = page.getByRole("textbox", { name: "Body" });
  await expect(body.locator("h2")).toHaveText(["Nam Đàn vào vụ gặt hè thu sớm"]);
  await expect(body.locator("h3")).toHaveText(["Những giống lúa chủ lực"]);

  const doc = await bodyJson(page);
  expect(marked(doc, "bold")).toEqual(["lúa hè thu", "Xã", "Năng suất (tấn/ha)"]);
  expect(marked(doc, "italic")).toEqual(["Phòng Nông nghiệp và Phát triển nông thôn huyện", "Ảnh: Thanh Hà"]);
  expect(marked(doc, "underline")).toEqual([]);
  expect(nodesOf(doc, "text").filter((t) => t.marks?.some((m) => m.type === "link" && m.attrs?.href === "https://baonghean.vn/nong-nghiep")).map((t) => t.text)).toEqual(["Báo Nghệ An điện tử"]);
  // Word's "·" and "o" bullets became a real list, nested by level; "1." "2." a numbered one.
  const [bullets] = nodesOf(doc, "bulletList");
  expect(bullets.content!.map((item) => textOf(item.content![0]))).toEqual(["Bắc Thịnh, gieo trên 1.200 ha;", "Thiên ưu 8, năng suất cao nhất vùng."]);
  expect(nodesOf(bullets.content![0], "bulletList")[0].content!.map(textOf)).toEqual(["chủ yếu ở các xã ven sông Lam;"]);
  expect(nodesOf(doc, "orderedList")[0].content!.map(textOf)).toEqual(["Gặt khi 85% số hạt trên bông đã chín;", "Phơi khô, quạt sạch trước khi nhập kho."]);
  expect(nodesOf(doc, "hardBreak")).toHaveLength(1);
  await expect(body.locator("table td, table th")).toHaveText(["Xã", "Năng suất (tấn/ha)", "Nam Giang", "6,4", "Xuân Hòa", "5,9"]);
  // Nothing of Word's machinery: no bullet characters, no empty paragraphs.
  const all = textOf(doc);
  expect(all).not.toMatch(/[·§\uFFFC]|mso-|StartFragment/);
  expect(nodesOf(doc, "paragraph").filter((p) => !p.content?.length)).toEqual([]);

  // Word's picture lives on the writer's disk (file:///C:/…): it cannot be fetched.
  const bar = page.getByTestId("pasted-images");
  await expect(bar).toContainText("1 image in the pasted text is not in the media library.");
  await bar.getByRole("button", { name: "Import into the library" }).click();
  await expect(bar).toContainText("Removed 1 image that could not be imported.");
  await expect(bar).toContainText("cannot be fetched");
  expect(nodesOf(await bodyJson(page), "figure")).toEqual([]);
  await saved(page);
});

test("a Google Docs text keeps headings, bold and italic without making all of it bold, its link without an underline, nested lists and the table", { tag: "@engine-independent" }, async ({ page }) => {
  await newArticle(page);
  await paste(page, fixture("google-docs.html"));
  const body = page.getByRole("textbox", { name: "Body" });
  await expect(body.locator("h2")).toHaveText(["Cửa Lò sẵn sàng cho mùa du lịch biển"]);
  await expect(body.locator("h3")).toHaveText(["Những điểm mới của mùa hè"]);

  const doc = await bodyJson(page);
  expect(marked(doc, "bold")).toEqual(["hơn 3 triệu lượt khách", "Dịch vụ", "Giá (đồng)"]);
  expect(marked(doc, "italic")).toEqual(["Sở Du lịch Nghệ An", "Ảnh: Hồ Phương"]);
  expect(marked(doc, "underline")).toEqual([]);
  await expect(body.locator('a[href="https://baonghean.vn/du-lich"]')).toHaveText("Báo Nghệ An");
  await expect(body.locator("a u, u")).toHaveCount(0);
  const [bullets] = nodesOf(doc, "bulletList");
  expect(bullets.content!.map((item) => textOf(item.content![0]))).toEqual([
    "Quảng trường biển mở cửa đến 23 giờ;",
    "Lễ hội du lịch diễn ra từ ngày 28/4;",
    "Bãi tắm được chia thành 12 khu vực có cứu hộ.",
  ]);
  expect(nodesOf(bullets.content![1], "bulletList")[0].content!.map(textOf)).toEqual(["có bắn pháo hoa vào đêm khai mạc;"]);
  expect(nodesOf(doc, "orderedList")[0].content!.map(textOf)).toEqual(["Tắm biển đúng khu vực có cờ báo;", "Giữ vệ sinh chung trên bãi biển."]);
  const lineBreak = nodesOf(doc, "paragraph").find((p) => p.content?.some((c) => c.type === "hardBreak"));
  expect(lineBreak && textOf(lineBreak)).toBe("Đường dây nóng: 0238 3956 789Ban quản lý bãi biển trực 24/24 giờ");
  await expect(body.locator("table td, table th")).toHaveText(["Dịch vụ", "Giá (đồng)", "Ghế và ô dù", "50.000", "Tắm nước ngọt", "15.000"]);
  expect(nodesOf(doc, "paragraph").filter((p) => !p.content?.length)).toEqual([]);

  // The picture from Google's servers: declined here, so removed with a notice.
  const bar = page.getByTestId("pasted-images");
  await expect(bar).toContainText("1 image in the pasted text is not in the media library.");
  await expect(body.getByText("Image to import: lh7-rt.googleusercontent.com")).toBeVisible();
  await bar.getByRole("button", { name: "Remove" }).click();
  await expect(bar).toContainText("Removed 1 image that was not imported.");
  await expect(body.getByText(/Image to import/)).toHaveCount(0);
  await saved(page);
});

test("a heading pasted at the end of a paragraph stays a heading of its own", { tag: "@engine-independent" }, async ({ page }) => {
  await newArticle(page);
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.type("Đoạn mở đầu của bài");
  await saved(page);
  const heading = (text: string, more = "") =>
    `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-0a1b2c3d-7fff-1111-2222-333344445555"><h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;font-weight:400;">${text}</span></h1>${more}</b>`;
  await paste(page, heading("Tiêu đề chen vào"));
  await expect(body.locator("p").first()).toHaveText("Đoạn mở đầu của bài");
  await expect(body.locator("h2")).toHaveText("Tiêu đề chen vào");
  // A heading with a paragraph after it, at the end of the next paragraph.
  await page.keyboard.press("Enter");
  await page.keyboard.type("Đoạn thứ hai");
  await paste(page, heading("Phần hai", '<p dir="ltr"><span style="font-weight:400;">Nội dung phần hai.</span></p>'));
  await expect(body.locator("h2")).toHaveText(["Tiêu đề chen vào", "Phần hai"]);
  const blocks = (await bodyJson(page)).content!.map((n) => [n.type, textOf(n)]);
  // The editor keeps an empty paragraph after a heading that ends the text, to type in.
  if (blocks.at(-1)!.join() === "paragraph,") blocks.pop();
  expect(blocks).toEqual([
    ["paragraph", "Đoạn mở đầu của bài"],
    ["heading", "Tiêu đề chen vào"],
    ["paragraph", "Đoạn thứ hai"],
    ["heading", "Phần hai"],
    ["paragraph", "Nội dung phần hai."],
  ]);
  await saved(page);
});

test.describe("images in pasted text", () => {
  let server: Server;
  let origin: string;

  test.beforeAll(async () => {
    const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 200, g: 120, b: 40 } } }).png().toBuffer();
    server = createServer((req, res) => {
      if (req.url === "/anh/cau-ben-thuy.png") res.writeHead(200, { "content-type": "image/png", "content-length": png.length }).end(png);
      else res.writeHead(404).end();
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const story = (...images: string[]) =>
    `<p>Cầu Bến Thủy lúc bình minh.</p>${images.map((src) => `<p><img src="${src}" alt="Cầu Bến Thủy" width="640" height="400"></p>`).join("")}<p>Ảnh do bạn đọc gửi.</p>`;

  test("are imported into the media library and put where they were", async ({ page, db }) => {
    const id = await newArticle(page);
    await paste(page, story(`${origin}/anh/cau-ben-thuy.png`, `${origin}/anh/khong-con.png`));
    const bar = page.getByTestId("pasted-images");
    await expect(bar).toContainText("2 images in the pasted text are not in the media library.");
    const body = page.getByRole("textbox", { name: "Body" });
    await expect(body.getByText("Image to import: 127.0.0.1")).toHaveCount(2);
    // Nothing foreign reached the server meanwhile: it still saves.
    await saved(page);
    await bar.getByRole("button", { name: "Import into the library" }).click();
    await expect(bar).toContainText("Removed 1 image that could not be imported.");
    await expect(bar).toContainText("The image's address answered with error 404.");

    const doc = await bodyJson(page);
    expect(doc.content!.map((n) => n.type)).toEqual(["paragraph", "figure", "paragraph"]);
    const figure = doc.content![1];
    expect(figure.attrs).toMatchObject({ src: expect.stringMatching(/^\/media\/[a-f0-9]+-640\.webp$/), alt: "Cầu Bến Thủy", width: 640, height: 400 });
    const media = await db.media.findUniqueOrThrow({ where: { id: figure.attrs!.mediaId as string } });
    expect(media.originalName).toBe("cau-ben-thuy.png");
    await saved(page);
    await expect
      .poll(async () => nodesOf((await loadEditorArticle(db, id))!.body, "figure").map((f) => f.attrs?.mediaId), { timeout: 15_000 })
      .toEqual([media.id]);
  });

  test("are removed with a notice saying how many when the writer declines", async ({ page, db }) => {
    const id = await newArticle(page);
    await paste(page, story(`${origin}/anh/cau-ben-thuy.png`, `${origin}/anh/mot-anh-khac.png`));
    const bar = page.getByTestId("pasted-images");
    await expect(bar).toContainText("2 images in the pasted text are not in the media library.");
    const before = await db.media.count();
    await bar.getByRole("button", { name: "Remove" }).click();
    await expect(bar).toContainText("Removed 2 images that were not imported.");
    const doc = await bodyJson(page);
    expect(doc.content!.map((n) => [n.type, textOf(n)])).toEqual([
      ["paragraph", "Cầu Bến Thủy lúc bình minh."],
      ["paragraph", "Ảnh do bạn đọc gửi."],
    ]);
    expect(await db.media.count()).toBe(before);
    await saved(page);
    await expect.poll(async () => textOf((await loadEditorArticle(db, id))!.body), { timeout: 15_000 }).toBe("Cầu Bến Thủy lúc bình minh.Ảnh do bạn đọc gửi.");
  });
});
