// The newsroom editor as journalists use it: writing every kind of block,
// autosave, a lost connection, a shared computer, and revisions. Two people
// in one article at once: e2e/collab.spec.ts.
import type { Dialog, Page } from "@playwright/test";
import sharp from "sharp";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle, saveArticle } from "@/lib/articles/editing";
import { ADMIN, expect, test } from "@/e2e/fixtures";

async function pngFile(name: string) {
  const buffer = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 30, g: 110, b: 160 } } }).png().toBuffer();
  return { name, mimeType: "image/png", buffer };
}

async function newArticle(page: Page) {
  await page.goto("/newsroom/articles/new");
  await page.getByRole("button", { name: "Start writing" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/[a-z0-9]+$/);
  await expect(page.getByRole("textbox", { name: "Body" })).toBeVisible();
  return page.url().split("/").pop()!;
}

const saved = (page: Page) => expect(page.getByTestId("save-status")).toHaveText(/^Saved/, { timeout: 10_000 });

/**
 * Waits until the editor's copy in this browser has everything typed so far:
 * a read of IndexedDB runs only after the writes begun before it (the copy
 * is written a moment after each keystroke; a tab closed sooner loses that
 * moment's letters).
 */
function copyWritten(page: Page, name: string) {
  return page.evaluate(
    (dbName) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("updates", "readonly");
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    name,
  );
}

async function adminEditor(db: import("@/lib/db/client").Db) {
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  return { id: admin.id, role: admin.role, displayName: admin.displayName, penName: admin.penName };
}

test("an article with every kind of block and an uploaded figure survives a reload intact", { tag: "@engine-independent" }, async ({ page, db }) => {
  const id = await newArticle(page);
  await page.getByLabel("Title", { exact: true }).fill("Mùa lúa mới ở Nam Đàn");
  await page.getByLabel("Lead", { exact: true }).fill("(Baonghean.vn) - Farmers in Nam Dan started the harvest early.");
  await page.getByLabel("Tags").fill("Nam Đàn, lúa");
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  const type = (text: string) => page.keyboard.type(text);
  await type("## The harvest\n### In the fields\n");
  await type("Plain ");
  await page.keyboard.press("ControlOrMeta+b");
  await type("bold");
  await page.keyboard.press("ControlOrMeta+b");
  await type(" ");
  await page.keyboard.press("ControlOrMeta+i");
  await type("italic");
  await page.keyboard.press("ControlOrMeta+i");
  await type(" ");
  await page.keyboard.press("ControlOrMeta+u");
  await type("under");
  await page.keyboard.press("ControlOrMeta+u");
  await type(" ");
  await page.keyboard.press("ControlOrMeta+Shift+s");
  await type("struck");
  await page.keyboard.press("ControlOrMeta+Shift+s");
  await type(" newspaper");
  await saved(page); // select once the autosave has settled, so no keystroke races a re-render
  const acceptLink = (dialog: Dialog) => dialog.accept("https://baonghean.vn/");
  page.on("dialog", acceptLink);
  // Select the last word and link it. On a loaded machine the editor can read
  // the page's selection a moment late, so the link is checked before typing
  // on (typing over a live selection would replace the word) and the
  // selection tried again if it did not take.
  await expect(async () => {
    await page.keyboard.press("End");
    for (let i = 0; i < "newspaper".length; i++) await page.keyboard.press("Shift+ArrowLeft");
    await page.waitForFunction(() => window.getSelection()?.toString() === "newspaper", undefined, { timeout: 2_000 });
    await page.waitForTimeout(100);
    await page.keyboard.press("ControlOrMeta+k");
    await expect(page.getByRole("textbox", { name: "Body" }).locator('a[href="https://baonghean.vn/"]')).toHaveText("newspaper", { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  page.off("dialog", acceptLink);
  // Leave the linked word. The browser moves the caret for End; ProseMirror
  // learns of it from a later selectionchange event, and an Enter typed
  // before that would replace the word it still thinks is selected. So wait
  // until the editor's own selection (Tiptap puts the editor on its element)
  // is a caret.
  await expect(async () => {
    await body.focus();
    await page.keyboard.press("End");
    await page.waitForFunction(
      () => (document.querySelector(".ProseMirror") as unknown as { editor?: { state: { selection: { empty: boolean } } } } | null)?.editor?.state.selection.empty === true,
      undefined,
      { timeout: 2_000 },
    );
  }).toPass({ timeout: 10_000 });
  await type("\n- first bullet\nsecond bullet\n\n1. first step\nsecond step\n\n> A quotation from the farmer\n\n---");
  await type("Closing paragraph.");

  await page.getByRole("button", { name: /Insert an image/ }).click();
  const dialog = page.getByRole("dialog", { name: "Choose an image" });
  await dialog.locator('input[type="file"]').setInputFiles(await pngFile("field.png"));
  await expect(dialog).toBeHidden();
  const figure = page.locator(".editor-figure");
  await figure.getByLabel("Caption").fill("Harvest in Nam Dan.");
  await figure.getByLabel("Credit").fill("Photo: MH");
  await figure.getByLabel("Alt text").fill("Rice field at harvest");
  await expect(page.locator(".word-count")).toContainText("words");
  await saved(page);

  await page.reload();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Mùa lúa mới ở Nam Đàn");
  const editorBody = page.getByRole("textbox", { name: "Body" });
  await expect(editorBody.locator("h2")).toHaveText("The harvest");
  await expect(editorBody.locator("h3")).toHaveText("In the fields");
  await expect(editorBody.locator("strong")).toHaveText("bold");
  await expect(editorBody.locator("em")).toHaveText("italic");
  await expect(editorBody.locator("u")).toHaveText("under");
  await expect(editorBody.locator("s")).toHaveText("struck");
  await expect(editorBody.locator('a[href="https://baonghean.vn/"]')).toHaveText("newspaper");
  await expect(editorBody.locator("ul li")).toHaveText(["first bullet", "second bullet"]);
  await expect(editorBody.locator("ol li")).toHaveText(["first step", "second step"]);
  await expect(editorBody.locator("blockquote")).toHaveText("A quotation from the farmer");
  await expect(editorBody.locator("hr")).toHaveCount(1);
  await expect(page.locator(".editor-figure").getByLabel("Credit")).toHaveValue("Photo: MH");

  // What the server stored and derived from the JSON.
  const row = await db.article.findUniqueOrThrow({ where: { id }, include: { media: true } });
  for (const html of ["<h2>The harvest</h2>", "<strong>bold</strong>", "<u>under</u>", "<s>struck</s>", "<blockquote>", "<hr>", "<ol>", "<ul>"]) {
    expect(row.bodyHtml).toContain(html);
  }
  // A new upload has AVIF beside WebP: the figure offers both through <picture>.
  expect(row.bodyHtml).toMatch(
    /<figure><picture><source type="image\/avif" srcset="[^"]+\.avif \d+w[^"]*" sizes="[^"]+"><img src="\/media\/[a-f0-9]+-640\.webp" srcset="[^"]+" sizes="[^"]+" alt="Rice field at harvest"/,
  );
  expect(row.bodyHtml).toContain('<figcaption>Harvest in Nam Dan. <span class="credit">Photo: MH</span></figcaption>');
  expect(row.media).toHaveLength(1);
});

test("text typed while offline stays in this browser and syncs by itself when the article is opened again", async ({ page, context, db }) => {
  const id = await newArticle(page);
  await page.getByLabel("Title", { exact: true }).fill("Storm in the west");
  await saved(page);
  await context.setOffline(true);
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("Words written without a connection.");
  await expect(page.getByTestId("save-status")).toHaveText("Offline — your changes will sync", { timeout: 10_000 });
  // The words are in this browser's copy of the article (IndexedDB, per person and article).
  const admin = await adminEditor(db);
  const copies = (p: Page) => p.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? "").filter((n) => n.startsWith("sapo:")));
  expect(await copies(page)).toContain(`sapo:${admin.id}:article:${id}`);
  await copyWritten(page, `sapo:${admin.id}:article:${id}`);

  // The tab dies while offline: nothing of the offline text reaches the server
  // (not even once the network is back: the server would have stored it within 2 s).
  await page.close({ runBeforeUnload: false });
  await context.setOffline(false);
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  expect(JSON.stringify((await loadEditorArticle(db, id))!.body)).not.toContain("without a connection");

  // Later the journalist opens the article again: the words are there and reach the server on their own.
  const again = await context.newPage();
  await again.goto(`/newsroom/articles/${id}`);
  await expect(again.getByRole("textbox", { name: "Body" })).toHaveText("Words written without a connection.");
  await saved(again);
  await expect.poll(async () => (await db.article.findUniqueOrThrow({ where: { id } })).bodyText, { timeout: 15_000 }).toBe("Words written without a connection.");
});

test("on a shared computer each person's offline copy stays theirs: synced when they come back, removed when they sign out", async ({ browser, users, db }) => {
  const lan = await users.create({ role: "EDITOR", displayName: "Lan" });
  const minh = await users.create({ role: "EDITOR", displayName: "Minh" });
  // One browser profile, used in turn by two people.
  const shared = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  let page = await shared.newPage();
  const signIn = async (who: { email: string; password: string; displayName: string }, callbackUrl: string) => {
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Email").fill(who.email);
    await page.getByLabel("Password").fill(who.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("current-user")).toHaveText(who.displayName);
  };
  const signOut = async () => {
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
  };
  const body = () => page.getByRole("textbox", { name: "Body" });
  // The editor's copies in this browser: IndexedDB databases sapo:<userId>:article:<id> (components/newsroom/offline-copies.ts).
  const copies = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? "").filter((n) => n.startsWith("sapo:")).sort());
  const storedBody = async (id: string) => JSON.stringify((await loadEditorArticle(db, id))!.body);

  // Lan writes while offline and the tab dies: her words are only in this browser.
  await signIn(lan, "/newsroom/articles/new");
  await page.getByRole("button", { name: "Start writing" }).click();
  // The draft's own address, not /newsroom/articles/new that the button is on.
  await expect(page).toHaveURL(/\/newsroom\/articles\/(?!new$)[a-z0-9]+$/);
  const articlePath = new URL(page.url()).pathname;
  const id = articlePath.split("/").pop()!;
  await page.getByLabel("Title", { exact: true }).fill("Flood on the Lam river");
  await saved(page);
  await shared.setOffline(true);
  await body().click();
  await page.keyboard.type("Lan's notes, never sent.");
  await expect(page.getByTestId("save-status")).toHaveText("Offline — your changes will sync", { timeout: 10_000 });
  await copyWritten(page, `sapo:${lan.id}:article:${id}`);
  await page.close({ runBeforeUnload: false });
  await shared.setOffline(false);

  // Her session ends without a sign-out (it expired); Minh signs in at the same computer.
  await shared.clearCookies();
  page = await shared.newPage();
  await signIn(minh, articlePath);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Flood on the Lam river");
  await saved(page);
  // He works on his own copy: Lan's words are neither shown to him nor sent with his.
  await expect(body()).toHaveText("");
  expect(await copies()).toEqual([`sapo:${lan.id}:article:${id}`, `sapo:${minh.id}:article:${id}`].sort());
  expect(await storedBody(id)).not.toContain("never sent");
  // Minh signs out: his copy goes, Lan's is not his to remove.
  await signOut();
  expect(await copies()).toEqual([`sapo:${lan.id}:article:${id}`]);

  // Lan comes back: her words are there, and reach the server by themselves.
  await signIn(lan, articlePath);
  // (The apostrophe she typed became ’: the newsroom's typographic quotes, on by default.)
  await expect(body()).toHaveText("Lan’s notes, never sent.");
  await saved(page);
  await expect.poll(() => storedBody(id), { timeout: 15_000 }).toContain("Lan’s notes, never sent.");

  // She signs out: nothing of hers stays in this browser.
  await signOut();
  expect(await copies()).toEqual([]);
  await shared.close();
});

test("revisions show a side-by-side diff and can be restored", async ({ page, db }) => {
  const editor = await adminEditor(db);
  const p = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
  const id = await createArticle(db, editor, { title: "Old headline", lead: "Old lead", body: p("The old text of the story.") });
  const before = (await loadEditorArticle(db, id))!;
  await saveArticle(db, editor, { ...before, articleId: id, baseVersion: before.version, title: "New headline", body: p("The new text of the story."), forceRevision: true });

  await page.goto(`/newsroom/articles/${id}/revisions`);
  await expect(page.getByTestId("revision-row")).toHaveCount(2);
  await expect(page.getByTestId("diff-title").locator("del")).toHaveText("Old");
  await expect(page.getByTestId("diff-title").locator("ins")).toHaveText("New");
  await expect(page.getByTestId("diff-body").locator("del")).toHaveText("old");
  await expect(page.getByTestId("diff-body").locator("ins")).toHaveText("new");
  await expect(page.getByTestId("revision-row").first()).toContainText("Administrator");

  page.once("dialog", (d) => d.accept());
  await page.getByTestId("revision-row").filter({ hasText: "Created" }).getByRole("button", { name: "Restore" }).click();
  await expect(page.getByTestId("revision-row")).toHaveCount(3);
  await expect(page.getByTestId("revision-row").first()).toContainText("Restored the revision of");
  await page.goto(`/newsroom/articles/${id}`);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Old headline");
  await expect(page.getByRole("textbox", { name: "Body" })).toHaveText("The old text of the story.");
});

test("preview shows a draft as the public page will, to staff only", { tag: "@engine-independent" }, async ({ page, db, request }) => {
  const editor = await adminEditor(db);
  const id = await createArticle(db, editor, { title: "A draft to preview", lead: "Lead of the draft" });
  await page.goto(`/newsroom/articles/${id}/preview`);
  await expect(page.locator("h1.article-title")).toHaveText("A draft to preview");
  await expect(page.locator(".article-lead")).toHaveText("Lead of the draft");
  const anonymous = await request.get(`/newsroom/articles/${id}/preview`, { maxRedirects: 0, headers: { cookie: "" } });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()["location"]).toContain("/login");
});
