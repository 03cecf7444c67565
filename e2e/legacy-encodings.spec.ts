// Text in the old Vietnamese encodings, as old Word documents put it on the
// clipboard: TCVN3 (ABC) from .VnTime fonts and VNI from VNI-Times, the font's
// bytes read as Latin-1 characters. Pasted into the body or the headline it
// becomes Unicode with a notice whose Undo puts back what was pasted; Ctrl+Z
// takes back the conversion alone; text that slipped through is converted
// from the selection (buttons beside the editor, or Ctrl+Alt+U). Pasted
// through the browser's real clipboard and Ctrl+V, as paste.spec.ts does.
import type { Page } from "@playwright/test";
import { expect, test } from "@/e2e/fixtures";

// "Sáng 12/6, tại thành phố Vinh, Sở Nông nghiệp tỉnh Nghệ An tổ chức hội nghị tổng kết vụ lúa xuân."
const TCVN3_FIRST = "S\u00b8ng 12/6, t\u00b9i th\u00b5nh ph\u00e8 Vinh, S\u00eb N\u00abng nghi\u00d6p t\u00d8nh Ngh\u00d6 An t\u00e6 ch\u00f8c h\u00e9i ngh\u00de t\u00e6ng k\u00d5t v\u00f4 l\u00f3a xu\u00a9n.";
const UNICODE_FIRST = "Sáng 12/6, tại thành phố Vinh, Sở Nông nghiệp tỉnh Nghệ An tổ chức hội nghị tổng kết vụ lúa xuân.";
// "Người dân xã Nam Giang đã gặt xong lúa hè thu" (TCVN3's ư is the soft hyphen's byte).
const TCVN3_SECOND_BOLD = "Ng\u00adêi d\u00a9n";
const TCVN3_SECOND_REST = " x\u00b7 Nam Giang \u00ae\u00b7 g\u00c6t xong l\u00f3a h\u00cc thu.";
const UNICODE_SECOND = "Người dân xã Nam Giang đã gặt xong lúa hè thu.";
// "Hội thảo về chuyển đổi số trong báo chí diễn ra tại Hà Nội."
const VNI = "Ho\u00e4i tha\u00fbo ve\u00e0 chuye\u00e5n \u00f1o\u00e5i so\u00e1 trong ba\u00f9o ch\u00ed die\u00e3n ra ta\u00efi Ha\u00f8 No\u00e4i.";
const UNICODE_VNI = "Hội thảo về chuyển đổi số trong báo chí diễn ra tại Hà Nội.";
// "Lễ hội Đền Cuông thu hút hàng nghìn du khách"
const TCVN3_HEADLINE = "L\u00d4 h\u00e9i \u00a7\u00d2n Cu\u00abng thu h\u00f3t h\u00b5ng ngh\u00d7n du kh\u00b8ch";
const UNICODE_HEADLINE = "Lễ hội Đền Cuông thu hút hàng nghìn du khách";

/** What Word for Windows puts on the clipboard for paragraphs in .VnTime (trimmed to what matters). */
const wordHtml = (paragraphs: string[]) =>
  `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"><style><!-- @font-face {font-family:".VnTime"; panose-1:2 11 114 0 0 0 0 0 0 0;} p.MsoNormal {margin:0cm; font-size:12.0pt; font-family:".VnTime";} --></style></head><body lang=EN-US><!--StartFragment-->${paragraphs
    .map((p) => `<p class=MsoNormal style='text-align:justify'>${p}</p>`)
    .join("")}<!--EndFragment--></body></html>`;

const span = (text: string, font = ".VnTime") => `<span style='font-size:13.0pt;font-family:"${font}";mso-bidi-font-family:Arial'>${text}</span>`;

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
});

const saved = (page: Page) => expect(page.getByTestId("save-status")).toHaveText(/^Saved/, { timeout: 10_000 });
const body = (page: Page) => page.getByRole("textbox", { name: "Body" });

async function newArticle(page: Page) {
  await page.goto("/newsroom/articles/new");
  await page.getByRole("button", { name: "Start writing" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/(?!new$)[a-z0-9]+$/);
  await expect(body(page)).toHaveAttribute("contenteditable", "true");
  await saved(page);
  return page.url().split("/").pop()!;
}

/** Puts `html` and `plain` on the system clipboard, as Word does, and presses Ctrl+V. */
async function paste(page: Page, plain: string, html?: string) {
  await page.evaluate(
    async ({ plain, html }) => {
      const items: Record<string, Blob> = { "text/plain": new Blob([plain], { type: "text/plain" }) };
      if (html) items["text/html"] = new Blob([html], { type: "text/html" });
      await navigator.clipboard.write([new ClipboardItem(items)]);
    },
    { plain, html },
  );
  await page.keyboard.press("ControlOrMeta+v");
}

test("a TCVN3 paragraph pasted from Word becomes Unicode with a notice, keeps its bold, and Undo puts back what was pasted", { tag: "@engine-independent" }, async ({ page, db }) => {
  const id = await newArticle(page);
  await body(page).focus();
  const html = wordHtml([span(TCVN3_FIRST), `<b>${span(TCVN3_SECOND_BOLD)}</b>${span(TCVN3_SECOND_REST)}`]);
  await paste(page, `${TCVN3_FIRST}\r\n${TCVN3_SECOND_BOLD}${TCVN3_SECOND_REST}\r\n`, html);

  await expect(body(page).locator("p")).toHaveText([UNICODE_FIRST, UNICODE_SECOND]);
  await expect(body(page).locator("strong")).toHaveText("Người dân");
  const notice = page.getByTestId("legacy-notice-body");
  await expect(notice).toHaveAttribute("role", "status");
  await expect(notice).toContainText("TCVN3 (ABC)");
  // Stored as Unicode (the collaboration server saves the shared document).
  await expect
    .poll(async () => (await db.article.findUniqueOrThrow({ where: { id }, select: { bodyText: true } })).bodyText, { timeout: 10_000 })
    .toContain("tổ chức hội nghị tổng kết");

  // Undo, by keyboard: the pasted text exactly, formatting and all.
  await notice.getByRole("button", { name: "Undo conversion" }).focus();
  await page.keyboard.press("Enter");
  await expect(body(page).locator("p")).toHaveText([TCVN3_FIRST, TCVN3_SECOND_BOLD + TCVN3_SECOND_REST]);
  await expect(body(page).locator("strong")).toHaveText(TCVN3_SECOND_BOLD);
  await expect(notice).toContainText("The text is back exactly as it was pasted.");
  await expect(notice.getByRole("button", { name: "Undo conversion" })).toHaveCount(0);
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toBeEmpty();
  await saved(page);
});

test("a VNI paste is converted too, and Ctrl+Z takes back only the conversion", { tag: "@engine-independent" }, async ({ page }) => {
  await newArticle(page);
  await body(page).click();
  await page.keyboard.type("Mở đầu. ");
  await paste(page, VNI, wordHtml([span(VNI, "VNI-Times")]));
  await expect(body(page).locator("p")).toHaveText([`Mở đầu. ${UNICODE_VNI}`]);
  const notice = page.getByTestId("legacy-notice-body");
  await expect(notice).toContainText("VNI");

  await page.keyboard.press("ControlOrMeta+z");
  await expect(body(page).locator("p")).toHaveText([`Mở đầu. ${VNI}`]);
  await expect(notice).toContainText("The text is back exactly as it was pasted.");
  // Plain Unicode Vietnamese pasted afterwards is left alone.
  await paste(page, " Tin mới nhất.");
  await expect(body(page).locator("p")).toHaveText([`Mở đầu. ${VNI} Tin mới nhất.`]);
  await saved(page);
});

test("a TCVN3 headline pasted into the title is converted and saved as Unicode; Undo restores it", { tag: "@engine-independent" }, async ({ page, db }) => {
  const id = await newArticle(page);
  const title = page.getByLabel("Title", { exact: true });
  await title.focus();
  await paste(page, TCVN3_HEADLINE);
  await expect(title).toHaveValue(UNICODE_HEADLINE);
  const notice = page.getByTestId("legacy-notice-title");
  await expect(notice).toContainText("TCVN3 (ABC)");
  await saved(page);
  await expect.poll(async () => (await db.article.findUniqueOrThrow({ where: { id } })).title, { timeout: 10_000 }).toBe(UNICODE_HEADLINE);

  await notice.getByRole("button", { name: "Undo conversion" }).click();
  await expect(title).toHaveValue(TCVN3_HEADLINE);
  await expect(notice).toContainText("The text is back exactly as it was pasted.");
  await saved(page);
});

test("text that slipped through is converted from the selection: the TCVN3 button, and Ctrl+Alt+U telling VNI by itself", { tag: "@engine-independent" }, async ({ page }) => {
  await newArticle(page);
  await body(page).click();
  // Typed in, not pasted: nothing converts it.
  await page.keyboard.insertText(TCVN3_FIRST);
  await expect(body(page).locator("p")).toHaveText([TCVN3_FIRST]);
  await expect(page.getByTestId("legacy-notice-body")).toBeEmpty();

  const tools = page.getByTestId("convert-selection");
  await tools.getByRole("button", { name: "From TCVN3 (ABC)" }).click();
  await expect(tools.getByRole("status")).toHaveText("Select the text to convert in the body first.");
  await body(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  await tools.getByRole("button", { name: "From TCVN3 (ABC)" }).click();
  await expect(body(page).locator("p")).toHaveText([UNICODE_FIRST]);
  await expect(tools.getByRole("status")).toHaveText("Converted the selection from TCVN3 (ABC). Ctrl+Z takes it back.");

  await body(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText(VNI);
  // The paragraph's text selected (three clicks), as a writer would.
  await body(page).locator("p").nth(1).click({ clickCount: 3 });
  await page.keyboard.press("ControlOrMeta+Alt+u");
  await expect(body(page).locator("p")).toHaveText([UNICODE_FIRST, UNICODE_VNI]);
  await expect(tools.getByRole("status")).toHaveText("Converted the selection from VNI. Ctrl+Z takes it back.");
  await saved(page);
});
