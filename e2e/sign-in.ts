// Signing someone in from a browser context of their own, through the login
// form as a person would, for the specs that need two people at once
// (co-editing, the workflow, presence, set-password).
import type { Browser, Page } from "@playwright/test";
import { expect, type TestUser } from "@/e2e/fixtures";

/** A browser of its own for `user`, signed in through the form and landed on `path`. */
export async function signInAs(browser: Browser, user: Pick<TestUser, "email" | "password">, path: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(`/login?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first sign-in of a run may meet a server still warming up.
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`), { timeout: 30_000 });
  return page;
}
