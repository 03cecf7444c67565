// An embedded YouTube clip from paste to the public page. A reporter pastes
// the link on a line of its own in the body; the server resolves it through
// a fake oEmbed provider this spec runs on 127.0.0.1 (the e2e server's
// OEMBED_ENDPOINTS points there: playwright.config.ts) and copies its
// thumbnail into the media library; she submits and an editor publishes.
// The public page, watched request by request, asks nothing of any host but
// the site's until the facade's button is clicked; the click then puts an
// iframe from youtube-nocookie.com in its place (which cannot load offline:
// the request is what counts). Without JavaScript the embed is a link.
import type { Page, Request } from "@playwright/test";
import { createArticle } from "@/lib/articles/editing";
import { E2E_OEMBED_PORT } from "@/e2e/env";
import { expect, test } from "@/e2e/fixtures";
import { goAhead } from "@/e2e/publish";
import { signInAs } from "@/e2e/sign-in";
import { FAKE_IDS, startFakeOembed, type FakeOembed } from "@/tests/support/fake-oembed";

test.setTimeout(180_000);

const LINK = `https://www.youtube.com/watch?v=${FAKE_IDS.good}`;
let fake: FakeOembed;

test.beforeAll(async () => {
  fake = await startFakeOembed(E2E_OEMBED_PORT);
});

test.afterAll(async () => {
  await fake?.close();
});

const workflow = (page: Page) => page.getByTestId("workflow");
const body = (page: Page) => page.getByRole("textbox", { name: "Body", exact: true });
const saved = (page: Page) => expect(page.getByTestId("save-status")).toHaveText(/^Saved/, { timeout: 15_000 });

/** Puts `text` on the clipboard as plain text and presses Ctrl+V in the body's empty last line. */
async function pasteText(page: Page, text: string) {
  await page.evaluate(async (t) => navigator.clipboard.writeText(t), text);
  await body(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("ControlOrMeta+v");
}

test("a pasted YouTube link becomes a click-to-load facade that asks nothing of YouTube until clicked, and a link without JavaScript", async ({ browser, baseURL, db, users }) => {
  const reporter = await users.create({ role: "REPORTER", displayName: "Lê Thị Mai" });
  const editor = await users.create({ role: "EDITOR", displayName: "Phan Văn Đức" });
  const title = `Lễ hội đền Cuông ${Date.now()}`;
  const id = await createArticle(db, { id: reporter.id, role: reporter.role, displayName: reporter.displayName, penName: null }, { title, lead: "Lễ hội mở đầu bằng lễ rước kiệu." });
  const path = `/newsroom/articles/${id}`;
  const r = await signInAs(browser, reporter, path);
  const e = await signInAs(browser, editor, path);
  try {
    await r.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await expect(body(r)).toHaveAttribute("contenteditable", "true");
    await pasteText(r, LINK);
    const embed = r.getByTestId("editor-embed");
    await expect(embed).toHaveAttribute("data-status", "resolved", { timeout: 15_000 });
    await expect(embed).toContainText("Lễ hội đền Cuông 2026");
    await expect(embed).toContainText("Báo Nghệ An");
    await expect(embed.locator("img")).toHaveAttribute("src", /^\/media\/[a-f0-9]+-\d+\.webp$/);
    expect(fake.requests.some((req) => req.startsWith("/oembed?") && req.includes(encodeURIComponent(LINK)))).toBe(true);
    await saved(r);
    await workflow(r).getByRole("button", { name: "Submit for review", exact: true }).click();
    await expect(r.getByTestId("submitted-notice")).toBeVisible();

    await e.reload();
    await expect(body(e)).toBeVisible();
    await expect(e.getByTestId("editor-embed")).toHaveAttribute("data-status", "resolved");
    await workflow(e).getByRole("button", { name: "Publish now", exact: true }).click();
    const dialog = e.getByRole("dialog", { name: "Publish this story?" });
    await expect(dialog.getByRole("button", { name: /^Publish (now|anyway)$/ })).toBeVisible();
    await goAhead(dialog);
    await expect(e.getByTestId("step-confirmation")).toBeVisible();
    const article = await db.article.findUniqueOrThrow({ where: { id }, include: { section: true } });
    expect(article.status).toBe("PUBLISHED");
    const publicPath = `/${article.section.slug}/${article.slug}`;

    // A reader, watched: nothing goes anywhere but this site before the click.
    const site = new URL(baseURL!).origin;
    const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await reader.newPage();
    const requests: string[] = [];
    page.on("request", (req: Request) => void requests.push(req.url()));
    await page.goto(publicPath);
    const facade = page.locator(".article-body figure.embed");
    await expect(facade).toHaveAttribute("data-embed-src", `https://www.youtube-nocookie.com/embed/${FAKE_IDS.good}`);
    await expect(facade.locator("img")).toBeVisible();
    await expect(facade.locator("figcaption")).toContainText("Lễ hội đền Cuông 2026");
    await expect(facade.locator("figcaption")).toContainText("YouTube · Báo Nghệ An");
    const play = facade.getByRole("button", { name: /Lễ hội đền Cuông 2026/ });
    await expect(play).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => new URL(u).origin !== site)).toEqual([]);

    // By keyboard: the button takes Enter; the iframe takes the focus.
    const youtube = page.waitForRequest((req) => req.url().startsWith("https://www.youtube-nocookie.com/embed/"));
    await play.focus();
    await page.keyboard.press("Enter");
    const frame = facade.locator("iframe");
    await expect(frame).toHaveAttribute("src", `https://www.youtube-nocookie.com/embed/${FAKE_IDS.good}?autoplay=1`);
    await expect(frame).toHaveAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
    await expect(frame).toBeFocused();
    await youtube;
    await reader.close();

    // Without JavaScript: a link to the clip, no button, no frame.
    const still = await browser.newContext({ storageState: { cookies: [], origins: [] }, javaScriptEnabled: false });
    const plain = await still.newPage();
    await plain.goto(publicPath);
    const noScript = plain.locator(".article-body figure.embed");
    await expect(noScript.getByRole("link", { name: "Lễ hội đền Cuông 2026" })).toHaveAttribute("href", LINK);
    await expect(noScript.getByRole("button")).toBeHidden();
    await expect(noScript.locator("iframe")).toHaveCount(0);
    await still.close();
  } finally {
    await r.context().close();
    await e.context().close();
  }
});
