// Deleting an article from the editor's workflow panel: an admin asks, says
// yes in the confirm dialog and lands on the dashboard with the article gone;
// a live article offers no button but says to take it down first; an editor
// is not offered deletion at all.
import type { Page } from "@playwright/test";
import { createArticle } from "@/lib/articles/editing";
import { ADMIN, expect, publishedStory, test } from "@/e2e/fixtures";
import { signInAs } from "@/e2e/sign-in";

const workflow = (page: Page) => page.getByTestId("workflow");
// The body editor mounts only in the browser: once it is there, the buttons answer.
const interactive = (page: Page) => expect(page.getByRole("textbox", { name: "Body", exact: true })).toBeVisible();

test("an admin deletes a draft after confirming; a live one must come down first; editors cannot", async ({ page, db, browser, users }) => {
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const me = { id: admin.id, role: admin.role, displayName: admin.displayName, penName: null };
  const title = `Bản nháp sẽ xóa ${Date.now()}`;
  const id = await createArticle(db, me, { title });

  await page.goto(`/newsroom/articles/${id}`);
  await interactive(page);
  await workflow(page).getByRole("button", { name: "Delete article" }).click();
  const dialog = page.getByTestId("confirm-dialog");
  await expect(dialog).toContainText("Delete this article for good?");
  // Cancel keeps it.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(await db.article.count({ where: { id } })).toBe(1);

  await workflow(page).getByRole("button", { name: "Delete article" }).click();
  await dialog.getByRole("button", { name: "Delete article" }).click();
  await expect(page).toHaveURL(/\/newsroom$/);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect(await db.article.count({ where: { id } })).toBe(0);
  expect(await db.auditEvent.count({ where: { action: "article.deleted", targetId: id } })).toBe(1);

  const live = await publishedStory(db, `Bài đang hiển thị ${Date.now()}`);
  try {
    await page.goto(`/newsroom/articles/${live.id}`);
    await interactive(page);
    await expect(workflow(page).getByTestId("delete-article")).toContainText("take it off the site");
    await expect(workflow(page).getByRole("button", { name: "Delete article" })).toHaveCount(0);

    const editor = await users.create({ role: "EDITOR" });
    const e = await signInAs(browser, editor, `/newsroom/articles/${live.id}`);
    await interactive(e);
    await expect(workflow(e).getByTestId("delete-article")).toHaveCount(0);
    await e.context().close();
  } finally {
    await db.article.delete({ where: { id: live.id } });
  }
});
