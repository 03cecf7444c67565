// Co-editing (issue 16) in two browsers at once, each signed in as a different
// person: typing together, an edit made offline, a reader who may not edit,
// comment threads and mentions, suggestions, and what reaches readers.
import type { Page } from "@playwright/test";
import type { Role } from "@prisma/client";
import { createArticle } from "@/lib/articles/editing";
import { loadEditorArticle } from "@/lib/articles/article-state";
import type { Db } from "@/lib/db/client";
import { newSuggestionId } from "@/lib/content/suggestions";
import { ADMIN, expect, test } from "@/e2e/fixtures";
import { signInAs as signIn } from "@/e2e/sign-in";

type Who = { id: string; role: Role; displayName: string; penName: string | null };

async function actor(db: Db, email: string): Promise<Who> {
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, role: u.role, displayName: u.displayName, penName: u.penName };
}

type Run = { text: string; marks?: { type: string; attrs?: Record<string, unknown> }[] };
const doc = (...paragraphs: (string | Run[])[]) => ({
  type: "doc",
  content: paragraphs.map((p) => ({ type: "paragraph", content: (typeof p === "string" ? [{ text: p }] : p).map((r) => ({ type: "text", ...r })) })),
});

/** A draft by `owner` with one paragraph per string. */
async function story(db: Db, owner: Who, title: string, ...paragraphs: (string | Run[])[]) {
  // In English, as written: checked as the site's Vietnamese, its words would
  // be underlined, and the underlines split the highlights these tests read.
  return createArticle(db, owner, { title, lead: "A lead for the co-editing tests.", language: "en", body: doc(...paragraphs) });
}

const body = (page: Page) => page.getByRole("textbox", { name: "Body", exact: true });
const status = (page: Page) => page.getByTestId("save-status");
const saved = (page: Page) => expect(status(page)).toHaveText(/^Saved/, { timeout: 15_000 });

/** The editor has the shared document and may be typed in. */
async function ready(page: Page) {
  await expect(body(page)).toHaveAttribute("contenteditable", "true", { timeout: 15_000 });
  await saved(page);
}

type EditorHandle = { editor?: { getText(o?: object): string; state: { doc: { content: { size: number } }; selection: { from: number; to: number; empty: boolean } } } };
/** The body's text as the editor holds it (the DOM also has other people's caret labels). */
const bodyText = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement & EditorHandle>(".ProseMirror")?.editor?.getText({ blockSeparator: "\n" }) ?? null);

/** What the server stored last, as plain text. */
const storedText = async (db: Db, id: string) => (await db.article.findUniqueOrThrow({ where: { id } })).bodyText;

/**
 * Puts the caret at the start or the end of the body, and waits until the
 * editor itself has it there (it learns of a keyboard move a moment later).
 */
async function caretAt(page: Page, where: "start" | "end") {
  await expect(async () => {
    await body(page).focus();
    await page.keyboard.press(where === "start" ? "ControlOrMeta+Home" : "ControlOrMeta+End");
    await page.waitForFunction(
      (w) => {
        const e = document.querySelector<HTMLElement & EditorHandle>(".ProseMirror")?.editor;
        if (!e || !e.state.selection.empty) return false;
        return w === "start" ? e.state.selection.from === 1 : e.state.selection.from === e.state.doc.content.size - 1;
      },
      where,
      { timeout: 2_000 },
    );
  }).toPass({ timeout: 10_000 });
}

/** Selects the first `length` characters of the body (from its start). */
async function selectFromStart(page: Page, length: number) {
  await expect(async () => {
    await caretAt(page, "start");
    for (let i = 0; i < length; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.waitForFunction((n) => {
      const e = document.querySelector<HTMLElement & EditorHandle>(".ProseMirror")?.editor;
      return !!e && e.state.selection.from === 1 && e.state.selection.to === 1 + n;
    }, length, { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

test("two people typing in the same paragraph at once end with the same text in both browsers and in the database, and see each other's carets", { tag: "@postgres" }, async ({ browser, page, users, db }) => {
  const admin = await actor(db, ADMIN.email);
  const hoa = await users.create({ role: "EDITOR", displayName: "Hoa" });
  const id = await story(db, admin, "Flood warning", "the river rose overnight");
  const path = `/newsroom/articles/${id}`;
  await page.goto(path);
  const other = await signIn(browser, hoa, path);
  await ready(page);
  await ready(other);

  // Each sees the other in the article.
  await expect(page.getByTestId("presence")).toHaveText("Hoa is editing");
  await expect(other.getByTestId("presence")).toHaveText("Administrator is editing");

  // One writes at the end of the paragraph, the other at its start; each sees the other's caret with their name.
  await caretAt(page, "end");
  await caretAt(other, "start");
  await expect(body(page).getByText("Hoa", { exact: true })).toBeVisible();
  await expect(body(other).getByText("Administrator", { exact: true })).toBeVisible();

  await Promise.all([page.keyboard.type(" and the dykes held", { delay: 40 }), other.keyboard.type("At dawn, ", { delay: 40 })]);
  const expected = "At dawn, the river rose overnight and the dykes held";
  await expect.poll(() => bodyText(page)).toBe(expected);
  await expect.poll(() => bodyText(other)).toBe(expected);

  // Typing at the same place, at the same time: both keep every letter, and the browsers agree.
  await caretAt(page, "end");
  await caretAt(other, "end");
  await Promise.all([page.keyboard.type(" ADMIN", { delay: 30 }), other.keyboard.type(" hoa", { delay: 30 })]);
  await expect.poll(async () => (await bodyText(page)) === (await bodyText(other)) && (await bodyText(page))!.length === expected.length + 10).toBe(true);
  const merged = (await bodyText(page))!;
  expect(merged.startsWith(expected)).toBe(true);
  expect([...merged.slice(expected.length)].sort().join("")).toBe([..." ADMIN hoa"].sort().join(""));
  // The server stored what both browsers show.
  await expect.poll(async () => (await loadEditorArticle(db, id))!.body, { timeout: 15_000 }).toEqual(doc(merged));
  expect(await storedText(db, id)).toBe(merged.trim());
  await other.context().close();
});

test("an edit made offline syncs when the connection is back, and both people's words are kept", async ({ browser, page, users, db }) => {
  const admin = await actor(db, ADMIN.email);
  const hoa = await users.create({ role: "EDITOR", displayName: "Hoa" });
  const id = await story(db, admin, "Storm in the west", "The storm reached the coast.");
  const path = `/newsroom/articles/${id}`;
  await page.goto(path);
  const other = await signIn(browser, hoa, path);
  await ready(page);
  await ready(other);

  await other.context().setOffline(true);
  await caretAt(other, "end");
  await other.keyboard.type(" Roads are closed.");
  await expect(status(other)).toHaveText("Offline — your changes will sync", { timeout: 10_000 });
  // Meanwhile the other person goes on writing.
  await caretAt(page, "start");
  await page.keyboard.type("Update: ");
  await saved(page);
  await expect.poll(() => storedText(db, id), { timeout: 15_000 }).toBe("Update: The storm reached the coast.");
  // Nothing typed offline has left that browser yet.
  expect(await bodyText(page)).toBe("Update: The storm reached the coast.");
  expect(await bodyText(other)).toBe("The storm reached the coast. Roads are closed.");

  await other.context().setOffline(false);
  const expected = "Update: The storm reached the coast. Roads are closed.";
  await saved(other);
  await expect.poll(() => bodyText(other)).toBe(expected);
  await expect.poll(() => bodyText(page)).toBe(expected);
  await expect.poll(() => storedText(db, id), { timeout: 15_000 }).toBe(expected);
  await other.context().close();
});

test("a reporter reading someone else's story cannot change anything", { tag: "@engine-independent" }, async ({ browser, users, db }) => {
  const admin = await actor(db, ADMIN.email);
  const reporter = await users.create({ role: "REPORTER", displayName: "Nam" });
  const id = await story(db, admin, "Not yours to edit", "Only the desk edits this.");
  const page = await signIn(browser, reporter, `/newsroom/articles/${id}`);
  await expect(page.getByText("You can read this article but not edit it.")).toBeVisible();
  await expect(body(page)).toHaveAttribute("contenteditable", "false");
  await expect.poll(() => bodyText(page)).toBe("Only the desk edits this.");
  for (const name of ["Title", "Lead", "Tags", "Byline 1", /^Slug/, "SEO title", "SEO description"]) {
    await expect(page.getByRole("textbox", { name, exact: true })).toBeDisabled();
  }
  for (const name of ["Section", "Language"]) await expect(page.getByRole("combobox", { name })).toBeDisabled();
  for (const name of ["Add a byline", "Choose cover image"]) await expect(page.getByRole("button", { name })).toBeDisabled();
  await expect(page.getByRole("group", { name: "Editing mode" })).toHaveCount(0);

  // Typing anyway changes nothing, here or on the server.
  await body(page).click();
  await page.keyboard.type("Sneaky words");
  await expect.poll(() => bodyText(page)).toBe("Only the desk edits this.");
  await page.waitForTimeout(2_500); // the server's store delay
  const stored = (await loadEditorArticle(db, id))!;
  expect(stored.title).toBe("Not yours to edit");
  expect(stored.body).toEqual(doc("Only the desk edits this."));
  await page.context().close();
});

test("a comment thread on selected text is answered by another person and resolved", { tag: "@engine-independent" }, async ({ browser, page, users, db }) => {
  const admin = await actor(db, ADMIN.email);
  const hoa = await users.create({ role: "EDITOR", displayName: "Hoa" });
  const id = await story(db, admin, "Bridge reopens", "The mayor said the bridge would reopen on Friday.");
  const path = `/newsroom/articles/${id}`;
  await page.goto(path);
  const other = await signIn(browser, hoa, path);
  await ready(page);
  await ready(other);

  // Select "The mayor" and comment on it with the keyboard shortcut.
  await selectFromStart(page, "The mayor".length);
  await page.keyboard.press("Control+Alt+m");
  await page.getByRole("textbox", { name: "Your comment" }).fill("Which mayor? Give the full name.");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const mine = page.getByRole("article", { name: "Comment by Administrator on “The mayor”" });
  await expect(mine).toContainText("Which mayor? Give the full name.");
  await expect(body(page).locator(".comment-highlight")).toHaveText("The mayor");

  // The other person sees it without reloading, with the text highlighted, and replies.
  const theirs = other.getByRole("article", { name: "Comment by Administrator on “The mayor”" });
  await expect(theirs).toContainText("Which mayor? Give the full name.", { timeout: 10_000 });
  await expect(body(other).locator(".comment-highlight")).toHaveText("The mayor");
  await theirs.getByRole("button", { name: "Reply" }).click();
  await theirs.getByRole("textbox", { name: "Your reply" }).fill("Mayor Nguyễn Văn An.");
  await theirs.getByRole("button", { name: "Reply" }).click();
  await expect(theirs.locator(".comment")).toHaveCount(2);

  // The first person sees the reply arrive, and resolves the thread.
  await expect(mine.locator(".comment")).toHaveCount(2, { timeout: 10_000 });
  await expect(mine.locator(".comment").nth(1)).toContainText("Hoa");
  await expect(mine.locator(".comment").nth(1)).toContainText("Mayor Nguyễn Văn An.");
  await mine.getByRole("button", { name: "Resolve" }).click();
  await expect(page.getByRole("button", { name: "Resolved (1)" })).toBeVisible();
  await expect(body(page).locator(".comment-highlight")).toHaveCount(0);
  await expect(other.getByRole("button", { name: "Resolved (1)" })).toBeVisible({ timeout: 10_000 });
  await expect(body(other).locator(".comment-highlight")).toHaveCount(0);

  const thread = await db.commentThread.findFirstOrThrow({ where: { articleId: id }, include: { comments: { orderBy: { createdAt: "asc" } } } });
  expect(thread.quote).toBe("The mayor");
  expect(thread.resolvedById).toBe(admin.id);
  expect(thread.comments.map((c) => c.text)).toEqual(["Which mayor? Give the full name.", "Mayor Nguyễn Văn An."]);
  await other.context().close();
});

test("mentioning someone in a comment raises their bell's count at once, without a reload", { tag: "@engine-independent" }, async ({ browser, page, users, db }) => {
  const admin = await actor(db, ADMIN.email);
  // A first name no one else has, so typing it finds only her.
  const first = `Hoa${Date.now().toString(36)}`;
  const name = `${first} Trần`;
  const hoa = await users.create({ role: "EDITOR", displayName: name });
  const title = "Market prices climb";
  const id = await story(db, admin, title, "Rice prices rose for the third week.");
  const other = await signIn(browser, hoa, "/newsroom");
  const bell = other.locator(".bell-button");
  await expect(bell).toHaveAttribute("aria-label", "No unread notifications");
  // A mark on her page that a reload would wipe.
  await other.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  await page.goto(`/newsroom/articles/${id}`);
  await ready(page);
  await selectFromStart(page, "Rice prices".length);
  await page.getByRole("button", { name: "Comment", exact: true }).first().click();
  const box = page.getByRole("textbox", { name: "Your comment" });
  await box.pressSequentially(`Can you check this, @${first}`, { delay: 20 });
  await page.getByRole("option", { name }).click();
  await expect(box).toHaveValue(`Can you check this, @${name} `);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByRole("article", { name: "Comment by Administrator on “Rice prices”" })).toBeVisible();

  await expect(bell).toHaveAttribute("aria-label", "1 unread notification", { timeout: 10_000 });
  await expect(bell.locator(".bell-badge")).toHaveText("1");
  expect(await other.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await bell.click();
  await expect(other.locator(".notification-list")).toContainText(`Administrator mentioned you in a comment on “${title}”`);
  await other.context().close();
});

test("in Suggesting mode one suggestion is accepted and another rejected", { tag: "@engine-independent" }, async ({ browser, page, users, db }) => {
  const admin = await actor(db, ADMIN.email);
  const hoa = await users.create({ role: "EDITOR", displayName: "Hoa" });
  const id = await story(db, admin, "Council meets", "The council met on Monday to discuss the budget.");
  const path = `/newsroom/articles/${id}`;
  await page.goto(path);
  const other = await signIn(browser, hoa, path);
  await ready(page);
  await ready(other);

  // Hoa suggests: deleting "The" at the start, and adding a sentence at the end.
  await other.getByRole("group", { name: "Editing mode" }).getByRole("button", { name: "Suggesting" }).click();
  await expect(other.getByRole("button", { name: "Suggesting" })).toHaveAttribute("aria-pressed", "true");
  await selectFromStart(other, "The ".length);
  await other.keyboard.press("Backspace");
  await caretAt(other, "end");
  await other.keyboard.type(" It approved it.");
  const panel = (p: Page) => p.getByTestId("suggestions-panel");
  await expect(panel(other).getByRole("heading")).toHaveText("2 suggestions");
  // Suggested text stays in the body until someone decides.
  await expect.poll(() => bodyText(other)).toBe("The council met on Monday to discuss the budget. It approved it.");

  // The administrator sees them, by Hoa, and decides.
  await expect(panel(page).getByRole("heading")).toHaveText("2 suggestions", { timeout: 10_000 });
  await expect(panel(page).locator(".suggestion-item").first()).toContainText("Hoa");
  // In the text, the deletion is struck through and the insertion underlined, not yet made.
  await expect(body(page).locator("del")).toHaveText("The ");
  await expect(body(page).locator("ins")).toHaveText(" It approved it.");
  await panel(page).getByRole("button", { name: "Accept the suggestion “The”" }).click();
  await panel(page).getByRole("button", { name: "Reject the suggestion “It approved it.”" }).click();
  await expect(panel(page).getByRole("heading")).toHaveText("No suggestions");

  const expected = "council met on Monday to discuss the budget.";
  await expect.poll(() => bodyText(page)).toBe(expected);
  await expect.poll(() => bodyText(other)).toBe(expected);
  await expect(panel(other).getByRole("heading")).toHaveText("No suggestions");
  await saved(page);
  await expect.poll(() => storedText(db, id), { timeout: 15_000 }).toBe(expected);
  expect(JSON.stringify((await loadEditorArticle(db, id))!.body)).not.toMatch(/insertion|deletion/);
  await other.context().close();
});

/** A paragraph with a suggested insertion and a suggested deletion, as stored. */
function withSuggestions(userId: string) {
  return [
    { text: "Ferries run " },
    { text: "again ", marks: [{ type: "insertion", attrs: { id: newSuggestionId(userId) } }] },
    { text: "from Cửa Lò" },
    { text: " every hour", marks: [{ type: "deletion", attrs: { id: newSuggestionId(userId) } }] },
    { text: "." },
  ];
}

test("publishing is refused while suggestions are open, saying how many; once they are settled and a comment left, the public page carries neither", async ({ page, db, request }) => {
  const admin = await actor(db, ADMIN.email);
  const id = await story(db, admin, "Ferries back on", withSuggestions(admin.id));
  await page.goto(`/newsroom/articles/${id}`);
  await ready(page);
  const workflow = page.getByTestId("workflow");
  await workflow.getByRole("button", { name: "Submit for review" }).click();
  await expect(workflow).toContainText("In review");
  await workflow.getByRole("button", { name: "Publish now" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publish now" }).click();
  await expect(workflow.getByRole("alert")).toHaveText("The text still has 2 open suggestions: accept or reject each one before publishing.");
  expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("IN_REVIEW");

  // The suggestions are settled, and a desk comment left on the text.
  const panel = page.getByTestId("suggestions-panel");
  await panel.getByRole("button", { name: "Accept the suggestion “again”" }).click();
  await panel.getByRole("button", { name: "Reject the suggestion “every hour”" }).click();
  await expect(panel.getByRole("heading")).toHaveText("No suggestions");
  await selectFromStart(page, "Ferries".length);
  await page.keyboard.press("Control+Alt+m");
  await page.getByRole("textbox", { name: "Your comment" }).fill("Secret desk note about the ferries.");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(body(page).locator(".comment-highlight")).toHaveText("Ferries");
  await saved(page);
  await workflow.getByRole("button", { name: "Publish now" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publish now" }).click();
  await expect(workflow).toContainText("Published");

  // Readers get the settled text, without a trace of the review.
  const article = await db.article.findUniqueOrThrow({ where: { id }, include: { section: true } });
  const response = await request.get(`/${article.section.slug}/${article.slug}`, { headers: { cookie: "" } });
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain("Ferries run again from Cửa Lò every hour.");
  for (const markup of ["<ins", "<del", "data-id", "comment-highlight", "data-thread-id", "data-suggestion", "Secret desk note"]) {
    expect(html).not.toContain(markup);
  }
});
