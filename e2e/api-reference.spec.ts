// The API reference in the newsroom (/newsroom/api/reference) as a reporter
// sees it on a phone (390 × 844): every endpoint of the route table is
// there, nothing sticks out past the screen's edge (long paths wrap, curl
// commands scroll inside their own box), and the link to the OpenAPI
// document leads to the document the API serves.
import type { Page } from "@playwright/test";
import { API_ROUTES } from "@/lib/api/routes";
import { expect, test } from "@/e2e/fixtures";
import { signInAs } from "@/e2e/sign-in";

const PHONE = { width: 390, height: 844 };

/** Elements of the main region past the screen's edge that no box of theirs scrolls or clips. */
function sticksOut(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const held = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== "visible") return true;
      }
      return false;
    };
    const wide: string[] = [];
    for (const el of document.querySelectorAll("main *")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if ((box.right > width + 0.5 || box.left < -0.5) && !held(el)) wide.push(`${el.tagName.toLowerCase()}.${el.className}`);
    }
    return { wide: wide.slice(0, 8), scrollWidth: document.documentElement.scrollWidth, clientWidth: width };
  });
}

test("a reporter reads the API reference on a phone: every endpoint, nothing wider than the screen", { tag: "@engine-independent" }, async ({ browser, users }) => {
  const reporter = await users.create({ role: "REPORTER" });
  const page = await signInAs(browser, reporter, "/newsroom");
  await page.setViewportSize(PHONE);
  await page.goto("/newsroom/api/reference");
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  for (const route of API_ROUTES) {
    const card = page.locator(`[data-endpoint="${route.id}"]`);
    await expect(card).toBeVisible();
    await expect(card.getByRole("heading", { level: 3 })).toContainText(route.path);
    await expect(card.locator("pre").first()).toContainText("Authorization: Bearer $SAPO_API_KEY");
  }
  // Not an admin: no way to the key page, only who to ask.
  await expect(page.locator('main a[href="/newsroom/api"]')).toHaveCount(0);

  const found = await sticksOut(page);
  expect(found.wide).toEqual([]);
  expect(found.scrollWidth).toBeLessThanOrEqual(found.clientWidth);

  const link = page.getByTestId("openapi-link");
  expect(await link.getAttribute("href")).toMatch(/\/api\/v1\/openapi\.json$/);
  const answer = await page.request.get("/api/v1/openapi.json");
  expect(answer.status()).toBe(200);
  const document = (await answer.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(document.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(document.paths).sort()).toEqual(API_ROUTES.map((r) => r.path).sort());
  await page.context().close();
});
