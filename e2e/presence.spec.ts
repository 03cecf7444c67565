// Who else has an article open, as the editor's presence line says it: people
// who leave drop off within seconds, whether they close the tab or move to
// another newsroom page, and those who may only read are "viewing", not
// "editing", changing live when the story's access changes.
import type { Page } from "@playwright/test";
import { createArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import { expect, test, type TestUser } from "@/e2e/fixtures";
import { signInAs } from "@/e2e/sign-in";

const asActor = (u: TestUser) => ({ id: u.id, role: u.role, displayName: u.displayName, penName: null });
const presence = (page: Page) => page.getByTestId("presence");
/** The shared document is there (the body is shown). */
const ready = (page: Page) => expect(page.getByRole("textbox", { name: "Body", exact: true })).toBeVisible({ timeout: 15_000 });

test("someone who closes the article, or leaves it for another page, drops off the presence line within seconds", { tag: "@engine-independent" }, async ({ browser, users, db }) => {
  const hoa = await users.create({ role: "EDITOR", displayName: "Hoa" });
  const minh = await users.create({ role: "EDITOR", displayName: "Minh" });
  const id = await createArticle(db, asActor(hoa), { title: "Night shift", lead: "A lead for the presence tests." });
  const path = `/newsroom/articles/${id}`;
  const page = await signInAs(browser, hoa, path);
  await ready(page);

  // Closing the tab.
  const closing = await signInAs(browser, minh, path);
  await ready(closing);
  await expect(presence(page)).toHaveText("Minh is editing");
  await closing.close();
  await expect(presence(page)).toHaveCount(0, { timeout: 5_000 });

  // Leaving for another newsroom page without a reload (the editor unmounts).
  const leaving = await signInAs(browser, minh, path);
  await ready(leaving);
  await expect(presence(page)).toHaveText("Minh is editing");
  await leaving.getByRole("link", { name: "Revisions" }).click();
  await expect(leaving).toHaveURL(new RegExp(`${path}/revisions$`));
  await expect(presence(page)).toHaveCount(0, { timeout: 5_000 });
  await leaving.context().close();
  await page.context().close();
});

test("a reporter reading someone else's story is viewing, and one whose story goes to review turns from editing to viewing live", async ({ browser, users, db }) => {
  const editor = await users.create({ role: "EDITOR", displayName: "Hoa" });
  const reporter = await users.create({ role: "REPORTER", displayName: "Nam" });

  // The editor's story: the reporter may only read it.
  const theirs = await createArticle(db, asActor(editor), { title: "Desk story", lead: "A lead for the presence tests." });
  const desk = await signInAs(browser, editor, `/newsroom/articles/${theirs}`);
  const reading = await signInAs(browser, reporter, `/newsroom/articles/${theirs}`);
  await ready(desk);
  await ready(reading);
  await expect(presence(desk)).toHaveText("Nam is viewing");
  await expect(presence(reading)).toHaveText("Hoa is editing");

  // The reporter's own draft: editing, until it is submitted for review.
  const own = await createArticle(db, asActor(reporter), { title: "Reporter's draft", lead: "A lead for the presence tests." });
  await reading.goto(`/newsroom/articles/${own}`);
  await desk.goto(`/newsroom/articles/${own}`);
  await ready(reading);
  await ready(desk);
  await expect(presence(desk)).toHaveText("Nam is editing");
  await transition(db, asActor(reporter), { articleId: own, action: "submit" });
  await expect(presence(desk)).toHaveText("Nam is viewing", { timeout: 10_000 });
  await reading.context().close();
  await desk.context().close();
});
