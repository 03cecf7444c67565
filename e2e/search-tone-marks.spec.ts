// Search matches both placements of a tone mark (issue 20): one story says
// "hoà" (mark on the main vowel), the other "hòa" (on the first); a search for
// "hoa", "hoà", "hòa" or a decomposed "HÒA" finds both. A word of this run's
// own keeps other stories out of the results.
import { expect, publishedStory, test } from "@/e2e/fixtures";

test("a search finds a word in both tone-mark styles, however it was typed", async ({ page, db }) => {
  const nonce = `tm${Date.now().toString(36)}`;
  const main = await publishedStory(db, `Hoà giải thành ở xã ${nonce}`);
  const first = await publishedStory(db, `Hòa giải viên giỏi ở xã ${nonce}`);
  const results = page.locator("main article.search-result");

  for (const word of ["hoa", "hoà", "hòa", "HÒA".normalize("NFD")]) {
    await page.goto(`/search?q=${encodeURIComponent(`${word} ${nonce}`)}`);
    await expect(results, word).toHaveCount(2);
    await expect(results.filter({ hasText: main.title })).toHaveCount(1);
    await expect(results.filter({ hasText: first.title })).toHaveCount(1);
  }

  // Typed into the reader's search box, as a reader does.
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search" }).fill(`hòa ${nonce}`);
  await page.getByRole("searchbox", { name: "Search" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(results).toHaveCount(2);
});
