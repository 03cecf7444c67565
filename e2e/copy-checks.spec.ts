// The counts & checks panel and the publish checks (issue 20): on a
// phone-wide screen an editor opens a Vietnamese story, whose counts are in
// syllables (chữ) and whose checks all pass; typing a headline past the home
// page's length turns its check to a warning as they type, and the warning
// takes them back to the headline; a word typed twice in the body is found
// and its item selects it. "Publish now" lists the warnings and will not go
// ahead without a reason; with one, the story is published and the audit log
// shows the override with its reason.
import { createArticle } from "@/lib/articles/editing";
import { expect, test } from "@/e2e/fixtures";
import { signInAs } from "@/e2e/sign-in";

test.setTimeout(120_000);

test("a headline over the limit warns as you type; publishing past it asks for a reason, which the audit log keeps", async ({ page, browser, users, db }) => {
  const editor = await users.create({ role: "EDITOR", displayName: "Hoàng Thu Trang" });
  const stamp = Date.now();
  const me = { id: editor.id, role: editor.role, displayName: editor.displayName, penName: null };
  const title = `Chè Thanh Chương ${stamp}`;
  const id = await createArticle(db, me, {
    title,
    language: "vi",
    lead: "Vùng chè Thanh Chương mở rộng thêm 200 ha.",
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Người dân Bà Rịa-Vũng Tàu đến thăm đồi chè." }] }] } as never,
  });
  await db.article.update({ where: { id }, data: { status: "IN_REVIEW" } });

  const e = await signInAs(browser, editor, `/newsroom/articles/${id}`);
  await e.setViewportSize({ width: 390, height: 844 });
  const bodyBox = e.getByRole("textbox", { name: "Body", exact: true });
  await expect(bodyBox).toBeVisible();
  const panel = e.getByTestId("copy-desk");
  // Counted as a Vietnamese reader counts: "Bà Rịa-Vũng Tàu" is 3 words but 4 chữ.
  await expect(panel.getByTestId("count-body")).toHaveText("10 syllables · 9 words · 43 characters · 1 min read");
  await expect(panel.getByTestId("copy-desk-summary")).toHaveText("All checks pass");
  await panel.getByText("How these are counted").click();
  await expect(panel).toContainText("each syllable between spaces is one chữ");

  // A headline past the home page's 100 characters: the check warns as it is typed.
  const titleField = e.getByLabel("Title", { exact: true });
  const long = `${title} — tỉnh Nghệ An đặt mục tiêu đưa cây chè trở thành cây thoát nghèo cho người dân miền Tây`;
  expect([...long].length).toBeGreaterThan(100);
  await titleField.fill(long);
  const home = panel.locator('[data-check="titleHome"]');
  await expect(home).toHaveAttribute("data-state", "warn");
  await expect(home).toContainText("The headline is longer than the home page shows");
  await expect(home).toContainText(`Headline: ${[...long].length} characters, 100 recommended`);
  await expect(home).toContainText("Warning:");
  // Its item takes the writer back to the headline.
  await bodyBox.click();
  await home.getByRole("button", { name: /^Headline:/ }).click();
  await expect(titleField).toBeFocused();

  // A word typed twice in the body: found, and its item selects it.
  await bodyBox.click();
  await e.keyboard.press("Control+End");
  await e.keyboard.type(" Chè của của vùng này rất ngon.");
  const repeated = panel.locator('[data-check="repeatedWords"]');
  await expect(repeated).toHaveAttribute("data-state", "warn");
  await repeated.getByRole("button", { name: "Paragraph 1: “của của”" }).click();
  await expect.poll(() => e.evaluate(() => window.getSelection()?.toString())).toBe("của của");
  await e.keyboard.type("của");
  await expect(repeated).toHaveAttribute("data-state", "pass");
  await expect(repeated).toContainText("No word typed twice");
  expect(await e.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Publishing lists the warning and asks for a reason.
  await expect(e.getByTestId("save-status")).toHaveText(/^Saved/, { timeout: 10_000 });
  await e.getByTestId("workflow").getByRole("button", { name: "Publish now" }).click();
  const dialog = e.getByRole("dialog", { name: "Publish this story?" });
  await expect(dialog.getByTestId("publish-warnings")).toContainText("The headline is longer than the home page shows");
  const anyway = dialog.getByRole("button", { name: "Publish anyway" });
  await anyway.click();
  // Without a reason it does not go ahead: it says why, at the field.
  const reason = dialog.getByLabel("Reason (required)");
  await expect(dialog).toContainText("Say why it should go live despite the warnings: the reason is recorded.");
  await expect(reason).toBeFocused();
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("IN_REVIEW");
  await e.keyboard.type("Tít dài cho số báo đặc biệt về cây chè");
  await anyway.click();
  await expect(dialog).toBeHidden();
  await expect(e.getByTestId("step-confirmation")).toContainText("Published", { timeout: 15_000 });
  expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
  await e.context().close();

  // The audit log (the admin's page) names the override, its checks and reason.
  await page.goto(`/newsroom/audit?action=${encodeURIComponent("article.checksOverridden")}`);
  const row = page.locator("tbody tr").filter({ hasText: "Tít dài cho số báo đặc biệt về cây chè" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("titleHome");
  await expect(row).toContainText("titleSearch");
});
