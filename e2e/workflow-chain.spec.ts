// The newsroom's whole chain as a new reporter and a new editor live it, in
// Vietnamese: the admin adds them on the users page, the reporter sets a
// password from the link and writes a Vietnamese story with a photo,
// submits, the editor sends it back with a note, the reporter finds it under
// "returned to me" (its badge appears without a reload), fixes it while the
// editor works in the same text, resubmits, and the editor publishes through
// the confirmation dialog, then opens the live page from the confirmation.
// And withdrawing from review: possible until an editor starts on the story.
// Every text is read from the catalogues, so the test also checks that what
// people see is what the catalogues say.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import sharp from "sharp";
import { createArticle } from "@/lib/articles/editing";
import { expect, test } from "@/e2e/fixtures";
import { signInAs } from "@/e2e/sign-in";

test.setTimeout(240_000);

type Catalogue = { [key: string]: string | Catalogue };
const catalogue = (lang: string) => JSON.parse(readFileSync(`messages/${lang}.json`, "utf8")) as Catalogue;
const en = catalogue("en");
const vi = catalogue("vi");
/** A message by its dotted key; {values} filled from `values`, <tags> dropped (as rendered). */
function msg(c: Catalogue, key: string, values: Record<string, string> = {}): string {
  const value = key.split(".").reduce<string | Catalogue>((node, part) => (node as Catalogue)[part], c);
  if (typeof value !== "string") throw new Error(`no message ${key}`);
  return value.replace(/<\/?\w+>/g, "").replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const workflow = (page: Page) => page.getByTestId("workflow");
const body = (page: Page) => page.getByRole("textbox", { name: msg(vi, "editor.fields.body"), exact: true });
const saved = (page: Page) => expect(page.getByTestId("save-status")).toHaveText(new RegExp(`^${escape(msg(vi, "editor.save.saved", { time: "" }))}`), { timeout: 15_000 });
const confirmation = (page: Page) => page.getByTestId("step-confirmation");
/** The body's text as the editor holds it (without the other people's caret labels). */
const bodyText = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLElement & { editor?: { getText(): string } }>(".ProseMirror")?.editor?.getText() ?? "");
const step = (page: Page, action: string) => workflow(page).getByRole("button", { name: msg(vi, `workflow.steps.${action}`), exact: true });

/** A photo as a phone would send it. */
async function photo() {
  const buffer = await sharp({ create: { width: 800, height: 500, channels: 3, background: { r: 40, g: 120, b: 90 } } }).jpeg().toBuffer();
  return { name: "cau-treo.jpg", mimeType: "image/jpeg", buffer };
}

/**
 * The admin adds a person on the users page (in the admin's English
 * newsroom); the person's newsroom is in Vietnamese, and they set their
 * password from the one-time link, which signs them in.
 */
async function addPerson(admin: Page, browser: Browser, db: import("@/lib/db/client").Db, who: { name: string; role: "REPORTER" | "EDITOR" }) {
  const email = `${who.role.toLowerCase()}-${randomBytes(4).toString("hex")}@e2e.test`;
  await admin.goto("/newsroom/users");
  const form = admin.getByRole("region", { name: msg(en, "users.addHeading") });
  await form.getByLabel(msg(en, "users.email"), { exact: true }).fill(email);
  await form.getByLabel(msg(en, "users.displayName"), { exact: true }).fill(who.name);
  // (The menu's name also carries the role it shows.)
  await form.getByRole("combobox", { name: new RegExp(`^${msg(en, "users.role")}`) }).selectOption(who.role);
  await form.getByRole("button", { name: msg(en, "users.add"), exact: true }).click();
  const link = await admin.getByTestId("password-link").getByLabel(msg(en, "users.link")).inputValue();
  // Their own choice on the profile page (e2e/languages.spec.ts goes through it); here set for them.
  await db.user.update({ where: { email }, data: { language: "vi" } });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(new URL(link).pathname);
  const password = `mango lantern ferry ${randomBytes(3).toString("hex")} drifts`;
  await page.getByLabel(msg(vi, "auth.setPassword.newPassword"), { exact: true }).fill(password);
  await page.getByLabel(msg(vi, "auth.setPassword.repeat"), { exact: true }).fill(password);
  await page.getByRole("button", { name: msg(vi, "auth.setPassword.submit") }).click();
  await expect(page).toHaveURL(/\/newsroom$/);
  await expect(page.getByTestId("current-user")).toHaveText(who.name);
  return { page, email, password, id: (await db.user.findUniqueOrThrow({ where: { email } })).id };
}

test("a reporter files a Vietnamese story with a photo, the desk sends it back, she fixes it, the editor publishes it", async ({ browser, db, page: admin }) => {
  const reporter = await addPerson(admin, browser, db, { name: "Nguyễn Thị Hà", role: "REPORTER" });
  const editor = await addPerson(admin, browser, db, { name: "Trần Văn Long", role: "EDITOR" });
  const r = reporter.page;
  const e = editor.page;
  const title = `Cầu treo Tam Quang hoạt động trở lại ${Date.now()}`;
  try {
    // The reporter writes, with a photo.
    await r.goto("/newsroom/articles/new");
    await r.getByRole("button", { name: msg(vi, "editor.newArticle.start") }).click();
    await expect(r).toHaveURL(/\/newsroom\/articles\/(?!new$)[a-z0-9]+$/);
    const articlePath = new URL(r.url()).pathname;
    await r.getByLabel(msg(vi, "editor.fields.title"), { exact: true }).fill(title);
    await r.getByLabel(msg(vi, "editor.fields.lead"), { exact: true }).fill("(Baonghean.vn) - Sau ba tháng sửa chữa, cầu treo Tam Quang đã thông xe.");
    await body(r).click();
    await r.keyboard.type("Sáng nay, người dân xã Tam Quang đã có thể qua cầu.");
    await r.getByRole("button", { name: msg(vi, "editor.toolbar.figure") }).click();
    const picker = r.getByRole("dialog", { name: msg(vi, "editor.media.title") });
    await picker.locator('input[type="file"]').setInputFiles(await photo());
    await expect(picker).toBeHidden();
    const figure = r.locator(".editor-figure");
    await figure.getByLabel(msg(vi, "editor.figure.caption")).fill("Cầu treo Tam Quang sau khi sửa chữa.");
    await figure.getByLabel(msg(vi, "editor.figure.alt")).fill("Cây cầu treo bắc qua sông");
    // Credited, as the publish checks ask of every photo.
    await figure.getByLabel(msg(vi, "editor.figure.credit")).fill("Nguyễn Thị Hà");
    await saved(r);

    // She submits: a confirmation, and a calm status instead of a read-only warning.
    await step(r, "submit").click();
    await expect(confirmation(r)).toHaveText(msg(vi, "workflow.done.submit"));
    await expect(r.getByTestId("submitted-notice")).toHaveText(msg(vi, "workflow.submitted.waiting"));
    await expect(r.getByText(msg(vi, "editor.readOnly"))).toHaveCount(0);
    await expect(workflow(r)).toContainText(msg(vi, "workflow.status.IN_REVIEW"));

    // She goes to her desk; nothing has come back to her yet.
    await r.goto("/newsroom");
    const returnedView = r.getByRole("link", { name: new RegExp(`^${escape(msg(vi, "newsroom.views.returned"))}`) });
    await expect(returnedView).toBeVisible();
    await expect(r.getByTestId("desk-count-returned")).toHaveCount(0);

    // The editor sends it back with a note.
    await e.goto(articlePath);
    await expect(body(e)).toBeVisible();
    await workflow(e).getByLabel(msg(vi, "workflow.panel.noteForReporter")).fill("Cần thêm ý kiến của người dân địa phương.");
    await step(e, "sendBack").click();
    await expect(confirmation(e)).toHaveText(msg(vi, "workflow.done.sendBack"));
    await expect(workflow(e)).toContainText(msg(vi, "workflow.status.DRAFT"));

    // Her desk shows it at once, without a reload; the view lists it with the note.
    await expect(r.getByTestId("desk-count-returned")).toHaveText("1", { timeout: 10_000 });
    await returnedView.click();
    await expect(r).toHaveURL(/view=returned/);
    const row = r.locator("tbody tr").filter({ hasText: title });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Cần thêm ý kiến của người dân địa phương.");

    // She opens it and fixes it while the editor, still in the story, works in the same text: each sees the other.
    await row.getByRole("link", { name: title }).click();
    await expect(r.getByTestId("review-note")).toContainText("Cần thêm ý kiến của người dân địa phương.");
    await body(r).locator("p").first().click();
    await r.keyboard.press("End");
    await r.keyboard.type(" Ông Lô Văn Tám nói cây cầu rất quan trọng với bản.");
    await expect.poll(() => bodyText(e), { timeout: 10_000 }).toContain("Ông Lô Văn Tám nói cây cầu");
    await body(e).locator("p").first().click();
    await e.keyboard.press("Control+Home");
    await e.keyboard.type("TƯƠNG DƯƠNG: ");
    await expect.poll(() => bodyText(r), { timeout: 10_000 }).toContain("TƯƠNG DƯƠNG: Sáng nay");
    await saved(r);
    await saved(e);

    // The editor's desk counts what awaits review, live too.
    const desk = await e.context().newPage();
    await desk.goto("/newsroom");
    const awaitingBefore = Number((await desk.getByTestId("desk-count-awaiting").textContent({ timeout: 1_000 }).catch(() => "0")) || "0");

    // She resubmits.
    await step(r, "submit").click();
    await expect(confirmation(r)).toHaveText(msg(vi, "workflow.done.submit"));
    await expect(r.getByTestId("submitted-notice")).toHaveText(msg(vi, "workflow.submitted.waiting"));
    await expect(desk.getByTestId("desk-count-awaiting")).toHaveText(String(awaitingBefore + 1), { timeout: 10_000 });
    await desk.close();

    // The editor publishes, after a dialog that says it goes live now.
    await e.reload();
    await expect(body(e)).toBeVisible();
    await step(e, "publish").click();
    const dialog = e.getByRole("dialog", { name: msg(vi, "workflow.confirm.publishTitle") });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(msg(vi, "workflow.confirm.publishText"));
    // Cancelling changes nothing.
    await e.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(workflow(e)).toContainText(msg(vi, "workflow.status.IN_REVIEW"));
    await step(e, "publish").click();
    await dialog.getByRole("button", { name: msg(vi, "workflow.steps.publish") }).click();
    await expect(confirmation(e)).toHaveText(msg(vi, "workflow.done.publish"));
    await expect(workflow(e)).toContainText(msg(vi, "workflow.status.PUBLISHED"));

    // "Xem bài" opens the live page, with the story and its photo.
    const [live] = await Promise.all([e.context().waitForEvent("page"), confirmation(e).getByRole("link", { name: msg(vi, "workflow.done.publish").split(" — ")[1] }).click()]);
    await live.waitForLoadState();
    await expect(live.locator("h1")).toHaveText(title);
    await expect(live.locator(".article-body")).toContainText("Ông Lô Văn Tám nói cây cầu rất quan trọng với bản.");
    await expect(live.locator(".article-body figure img")).toHaveCount(1);
    await expect(live.locator(".article-body figcaption")).toContainText("Cầu treo Tam Quang sau khi sửa chữa.");

    // The reporter was told on her bell, and her desk has nothing returned any more.
    await r.goto("/newsroom");
    await expect(r.getByTestId("desk-count-returned")).toHaveCount(0);
    expect(await db.notification.count({ where: { userId: reporter.id, kind: "sentBack" } })).toBe(1);
  } finally {
    await r.context().close();
    await e.context().close();
    await db.user.updateMany({ where: { id: { in: [reporter.id, editor.id] } }, data: { disabledAt: new Date() } });
  }
});

test("a reporter withdraws a story from review until an editor starts on it", async ({ browser, db, users }) => {
  const reporterUser = await users.create({ role: "REPORTER", displayName: "Lê Thị Mai" });
  const editorUser = await users.create({ role: "EDITOR", displayName: "Phan Văn Đức" });
  await db.user.updateMany({ where: { id: { in: [reporterUser.id, editorUser.id] } }, data: { language: "vi" } });
  const me = { id: reporterUser.id, role: reporterUser.role, displayName: reporterUser.displayName, penName: null };
  const id = await createArticle(db, me, { title: `Chợ phiên Kỳ Sơn ${Date.now()}`, lead: "Chợ họp mỗi sáng chủ nhật." });
  const path = `/newsroom/articles/${id}`;
  const r = await signInAs(browser, reporterUser, path);
  const e = await signInAs(browser, editorUser, path);
  try {
    await expect(body(r)).toBeVisible();
    await step(r, "submit").click();
    await expect(r.getByTestId("submitted-notice")).toHaveText(msg(vi, "workflow.submitted.waiting"));

    // Nobody has started on it: she takes it back.
    await step(r, "withdraw").click();
    await expect(confirmation(r)).toHaveText(msg(vi, "workflow.done.withdraw"));
    await expect(workflow(r)).toContainText(msg(vi, "workflow.status.DRAFT"));
    await expect(r.getByTestId("submitted-notice")).toHaveCount(0);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    // Submitted again; an editor edits it.
    await step(r, "submit").click();
    await expect(r.getByTestId("submitted-notice")).toBeVisible();
    await e.reload();
    await expect(body(e)).toBeVisible();
    await e.getByLabel(msg(vi, "editor.fields.lead"), { exact: true }).fill("Chợ họp mỗi sáng chủ nhật, từ 5 giờ.");
    await saved(e);
    await expect.poll(async () => (await db.article.findUniqueOrThrow({ where: { id } })).reviewStartedAt, { timeout: 10_000 }).not.toBeNull();

    // Her page still offers it: the server refuses, saying why.
    await step(r, "withdraw").click();
    await expect(workflow(r).getByRole("alert")).toHaveText(msg(vi, "workflow.errors.reviewStarted"));
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("IN_REVIEW");
    // Opened afresh, the button is gone and the status says an editor is on it.
    await r.reload();
    await expect(body(r)).toBeVisible();
    await expect(step(r, "withdraw")).toHaveCount(0);
    await expect(workflow(r)).toContainText(msg(vi, "workflow.panel.reviewStarted"));
    await expect(r.getByTestId("submitted-notice")).toHaveText(msg(vi, "workflow.submitted.reviewing"));
  } finally {
    await r.context().close();
    await e.context().close();
  }
});
