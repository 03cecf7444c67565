// Signs in once as the first admin and saves the session for the specs.
import { mkdirSync } from "node:fs";
import { test as setup, expect } from "@playwright/test";
import { ADMIN } from "@/e2e/fixtures";
import { E2E_ADMIN_STATE } from "@/e2e/env";

setup("sign in as the first admin", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/newsroom$/);
  await expect(page.getByTestId("current-role")).toHaveText("Admin");
  mkdirSync("e2e/.auth", { recursive: true });
  await page.context().storageState({ path: E2E_ADMIN_STATE });
});
