// The newsroom's tone-mark style (the toneMarkStyle setting): with "hoà,
// thuý, khoẻ" chosen, an article written the other way ("hòa", "thúy",
// "khỏe") is offered a conversion beside the editor that counts the words
// to change in the body, headline, lead and SEO texts, converts them all in
// one click, says how many changed, and leaves alone the words whose mark
// has only one place ("Hoàng", "quý", "Quỳnh").
import { updateSiteSettings, getSiteSettings } from "@/lib/settings/site-settings";
import { createArticle } from "@/lib/articles/editing";
import { ADMIN, expect, test } from "@/e2e/fixtures";

test("an article written “hòa”-style is converted to the newsroom's “hoà” in one click, with the count of words", { tag: "@engine-independent" }, async ({ page, db }) => {
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const me = { id: admin.id, role: admin.role, displayName: admin.displayName, penName: null };
  const before = (await getSiteSettings(db)).toneMarkStyle;
  await updateSiteSettings(db, { id: admin.id, ip: null }, { toneMarkStyle: "mainVowel" });
  try {
    const id = await createArticle(db, me, {
      // 2 words to convert in the headline, 1 in the lead, 1 in the SEO title, 4 in the body.
      title: "Hòa Bình: người dân khỏe mạnh",
      lead: "Chị Thúy ở Quỳnh Lưu kể lại.",
      seoTitle: "Hòa Bình mùa lúa",
      body: {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: "Ông Hoàng, người giữ giống lúa quý, nói: hòa giải và thủy lợi giúp cả xã hòa hợp và " },
              { type: "text", text: "khỏe", marks: [{ type: "bold" }] },
              { type: "text", text: " hơn." },
            ],
          },
        ],
      } as never,
    });
    await page.goto(`/newsroom/articles/${id}`);
    const bodyBox = page.getByRole("textbox", { name: "Body" });
    await expect(bodyBox).toHaveAttribute("contenteditable", "true");

    const offer = page.getByTestId("tone-style-offer");
    await expect(offer).toContainText("8 words are written “hòa”-style; the newsroom writes “hoà”.");
    await offer.getByRole("button", { name: "Convert to “hoà”-style" }).click();
    await expect(offer.getByRole("status")).toHaveText("Converted 8 words to “hoà”-style.");
    await expect(offer.getByRole("button", { name: /Convert/ })).toHaveCount(0);

    await expect(bodyBox.locator("p")).toHaveText("Ông Hoàng, người giữ giống lúa quý, nói: hoà giải và thuỷ lợi giúp cả xã hoà hợp và khoẻ hơn.");
    await expect(bodyBox.locator("strong")).toHaveText("khoẻ");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Hoà Bình: người dân khoẻ mạnh");
    await expect(page.getByLabel("Lead", { exact: true })).toHaveValue("Chị Thuý ở Quỳnh Lưu kể lại.");

    await expect(page.getByTestId("save-status")).toHaveText(/^Saved/, { timeout: 10_000 });
    await expect
      .poll(async () => {
        const a = await db.article.findUniqueOrThrow({ where: { id }, select: { title: true, lead: true, seoTitle: true, bodyText: true } });
        return [a.title, a.lead, a.seoTitle, a.bodyText.includes("hoà giải và thuỷ lợi")];
      })
      .toEqual(["Hoà Bình: người dân khoẻ mạnh", "Chị Thuý ở Quỳnh Lưu kể lại.", "Hoà Bình mùa lúa", true]);
  } finally {
    await updateSiteSettings(db, { id: admin.id, ip: null }, { toneMarkStyle: before });
  }
});

test("with no house style the editor offers no conversion", { tag: "@engine-independent" }, async ({ page, db }) => {
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const before = (await getSiteSettings(db)).toneMarkStyle;
  await updateSiteSettings(db, { id: admin.id, ip: null }, { toneMarkStyle: "none" });
  try {
    const me = { id: admin.id, role: admin.role, displayName: admin.displayName, penName: null };
    const id = await createArticle(db, me, { title: "Hòa Bình khỏe mạnh" });
    await page.goto(`/newsroom/articles/${id}`);
    await expect(page.getByRole("textbox", { name: "Body" })).toHaveAttribute("contenteditable", "true");
    await expect(page.getByTestId("convert-selection")).toBeVisible();
    await expect(page.getByTestId("tone-style-offer")).toHaveCount(0);
  } finally {
    await updateSiteSettings(db, { id: admin.id, ip: null }, { toneMarkStyle: before });
  }
});
