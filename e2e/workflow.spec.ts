// The newsroom's chain of people, end to end in three browsers: a reporter
// files, an editor sends back, the reporter fixes, the editor schedules, the
// article goes live on time; an update stays pending until republished; a
// disabled reporter's open session stops working.
import type { Page } from "@playwright/test";
import { formatTyped, typedDatePattern } from "@/lib/time/typed-date";
import { utcToZonedLocal } from "@/lib/time/zones";
import { expect, test } from "@/e2e/fixtures";
import { signInAs as signIn } from "@/e2e/sign-in";

test.setTimeout(180_000);

const saved = (page: Page) => expect(page.getByTestId("save-status")).toHaveText(/^Saved/, { timeout: 10_000 });
const workflow = (page: Page) => page.getByTestId("workflow");
// The body editor mounts only in the browser: once it is there, the page's
// buttons answer (a click before hydration would do nothing).
const interactive = (page: Page) => expect(page.getByRole("textbox", { name: "Body", exact: true })).toBeVisible();

test("reporter files, editor sends back, reporter resubmits, editor schedules, readers see it on time", { tag: "@postgres" }, async ({ browser, users, db, page: adminPage }) => {
  const reporter = await users.create({ role: "REPORTER", displayName: "Lê Văn Nam" });
  const editor = await users.create({ role: "EDITOR", displayName: "Trần Thu Hoa" });
  const title = `Đường mới về Con Cuông ${Date.now()}`;

  // The reporter writes and submits.
  const r = await signIn(browser, reporter, "/newsroom/articles/new");
  await r.getByRole("button", { name: "Start writing" }).click();
  await r.getByLabel("Title", { exact: true }).fill(title);
  await r.getByLabel("Lead", { exact: true }).fill("(Baonghean.vn) - A new road reaches the district.");
  await r.getByRole("textbox", { name: "Body" }).click();
  await r.keyboard.type("The road opened this morning.");
  await saved(r);
  const articleUrl = new URL(r.url()).pathname;
  await workflow(r).getByRole("button", { name: "Submit for review" }).click();
  await expect(workflow(r)).toContainText("In review");
  // A reporter cannot publish, and cannot edit while the desk has the article: the editor says where it stands.
  await expect(workflow(r).getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await expect(r.getByTestId("submitted-notice")).toHaveText("Sent for review — an editor will look at it");
  await expect(r.getByRole("textbox", { name: "Body", exact: true })).toHaveAttribute("contenteditable", "false");

  // The editor sends it back with a note.
  const e = await signIn(browser, editor, articleUrl);
  await interactive(e);
  await workflow(e).getByLabel("Note for the reporter").fill("Name the commune and add a quote.");
  await workflow(e).getByRole("button", { name: "Send back to the reporter" }).click();
  await expect(workflow(e)).toContainText("Draft");

  // The reporter sees the note, fixes the text and resubmits.
  await r.reload();
  await expect(r.getByTestId("review-note")).toContainText("Name the commune and add a quote.");
  await r.getByRole("textbox", { name: "Body" }).click();
  await r.keyboard.press("End");
  await r.keyboard.type(" It links Môn Sơn commune to the highway.");
  await saved(r);
  await workflow(r).getByRole("button", { name: "Submit for review" }).click();
  await expect(workflow(r)).toContainText("In review");

  // The editor schedules it a few seconds ahead, in the site's time zone
  // (far enough for the form to be sent before that time comes).
  await e.reload();
  await interactive(e);
  const due = new Date(Date.now() + 10_000);
  // Typed as the newsroom's language writes dates (English here: mm/dd/yyyy HH:mm:ss).
  const at = formatTyped(utcToZonedLocal(due) + `:${String(due.getSeconds()).padStart(2, "0")}`, typedDatePattern("en", true));
  await workflow(e).getByLabel(/Publish at/).fill(at);
  await workflow(e).getByRole("button", { name: "Schedule" }).click();
  // The dialog says when it goes live; the confirmation says it is scheduled.
  await expect(e.getByRole("dialog")).toContainText(/It goes live at \d{2}:\d{2} today/);
  await e.getByRole("dialog").getByRole("button", { name: "Schedule" }).click();
  await expect(workflow(e).getByTestId("step-confirmation")).toHaveText(/^Scheduled: \d{2}:\d{2}, /);
  await expect(workflow(e)).toContainText("Scheduled");

  const article = await db.article.findFirstOrThrow({ where: { title }, include: { section: true } });
  const publicUrl = `/${article.section.slug}/${article.slug}`;
  expect((await adminPage.request.get(publicUrl)).status()).toBe(404);
  // The scheduler polls every second in this suite (SCHEDULER_INTERVAL_MS in playwright.config.ts).
  await expect
    .poll(async () => (await adminPage.request.get(publicUrl)).status(), { timeout: 30_000, intervals: [500] })
    .toBe(200);
  // Not before its time, and within seconds of it.
  const { publishedAt } = await db.article.findUniqueOrThrow({ where: { id: article.id } });
  expect(publishedAt!.getTime()).toBeGreaterThanOrEqual(article.scheduledAt!.getTime());
  expect(publishedAt!.getTime() - article.scheduledAt!.getTime()).toBeLessThan(10_000);
  await adminPage.goto(publicUrl);
  await expect(adminPage.locator("h1")).toHaveText(title);
  await expect(adminPage.locator(".article-body")).toContainText("Môn Sơn commune");
  const event = await db.auditEvent.findFirstOrThrow({ where: { targetId: article.id, action: "article.publish" } });
  expect(event.actorId).toBeNull(); // published by the scheduler

  // The editor edits the live article: readers keep the old text until it is republished.
  await e.reload();
  await expect(workflow(e)).toContainText("Published");
  await e.getByLabel("Title", { exact: true }).fill(`${title} (updated)`);
  await saved(e);
  await expect(workflow(e).getByTestId("pending-changes")).toBeVisible();
  await adminPage.reload();
  await expect(adminPage.locator("h1")).toHaveText(title);
  await workflow(e).getByRole("button", { name: "Publish update" }).click();
  await expect(e.getByRole("dialog")).toContainText("This story is live: readers see your changes now.");
  await e.getByRole("dialog").getByRole("button", { name: "Publish update" }).click();
  await expect(workflow(e).getByTestId("step-confirmation")).toHaveText("Update published — View story");
  await expect(workflow(e).getByTestId("pending-changes")).toHaveCount(0);
  await expect
    .poll(async () => {
      await adminPage.reload();
      return adminPage.locator("h1").textContent();
    }, { timeout: 30_000, intervals: [1_000] })
    .toBe(`${title} (updated)`);
  await expect(adminPage.locator(".article-meta")).toContainText("Updated");

  // An admin disables the reporter: the reporter's open session is refused at the next request.
  await adminPage.goto("/newsroom/users");
  const row = adminPage.locator("tr, li, article").filter({ hasText: reporter.email }).last();
  adminPage.once("dialog", (d) => d.accept());
  await row.getByRole("button", { name: /^Disable/ }).click();
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: reporter.id } })).disabledAt).not.toBeNull();
  await r.goto("/newsroom");
  await expect(r).toHaveURL(/\/login/);
  await r.context().close();
  await e.context().close();
});

test("the preview of a published article shows its pending changes, the public page its live version", async ({ page, db }) => {
  const { loadEditorArticle } = await import("@/lib/articles/article-state");
  const { createArticle, saveArticle } = await import("@/lib/articles/editing");
  const { transition } = await import("@/lib/articles/workflow");
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@e2e.test" } });
  const me = { id: admin.id, role: admin.role, displayName: admin.displayName, penName: null };
  const body = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
  const id = await createArticle(db, me, { title: "Live headline", body: body("live words") as never });
  await transition(db, me, { articleId: id, action: "submit" });
  await transition(db, me, { articleId: id, action: "publish" });
  const working = (await loadEditorArticle(db, id))!;
  await saveArticle(db, me, { ...working, articleId: id, baseVersion: working.version, title: "Pending headline", body: body("pending words") as never });

  await page.goto(`/newsroom/articles/${id}/preview`);
  await expect(page.locator("h1.article-title")).toHaveText("Pending headline");
  await expect(page.locator(".article-body")).toHaveText("pending words");
  const live = await db.article.findUniqueOrThrow({ where: { id }, include: { section: true } });
  await page.goto(`/${live.section.slug}/${live.slug}`);
  await expect(page.locator("h1")).toHaveText("Live headline");
});
