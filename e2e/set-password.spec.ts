// A one-time set-password link, from the admin who hands it out to the
// person who uses it: setting the password signs them in and lands them in
// the newsroom as themselves; a role that must use two-factor sign-in lands
// on setting it up, as after signing in.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { setTwoFactorRequiredRoles } from "@/lib/auth/two-factor-policy";
import { ADMIN, expect, test } from "@/e2e/fixtures";

const PASSWORD = "kites above the paddy fields at dusk";

/** The admin adds a user on the users page; returns their address and the link shown once. */
async function addUser(page: Page, displayName: string, role: "Reporter" | "Editor") {
  const email = `${displayName.toLowerCase()}-${randomBytes(4).toString("hex")}@e2e.test`;
  await page.goto("/newsroom/users");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Display name").fill(displayName);
  // The new user's role (the rows' menus are labelled "Role of …").
  await page.getByRole("region", { name: "Add a user" }).getByRole("combobox").selectOption({ label: role });
  await page.getByRole("button", { name: "Add user" }).click();
  const link = await page.getByTestId("password-link").getByLabel("Set-password link").inputValue();
  expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
  return { email, link };
}

/** The new person, in a browser of their own, sets their password through the link. */
async function usesLink(page: Page, link: string): Promise<Page> {
  const context = await page.context().browser()!.newContext({ storageState: { cookies: [], origins: [] } });
  const own = await context.newPage();
  await own.goto(link);
  await own.getByLabel("New password").fill(PASSWORD);
  await own.getByLabel("Repeat the password").fill(PASSWORD);
  await own.getByRole("button", { name: "Set password" }).click();
  return own;
}

test("setting a password from a one-time link signs the person in, into the newsroom", async ({ page, db }) => {
  const { email, link } = await addUser(page, "Thu", "Reporter");
  try {
    const own = await usesLink(page, link);
    await expect(own).toHaveURL(/\/newsroom$/);
    await expect(own.getByTestId("current-user")).toHaveText("Thu");
    await expect(own.getByTestId("current-role")).toHaveText("Reporter");
    // The link is spent: it signs nobody in again.
    await own.goto(link);
    await expect(own.getByText("This link has already been used.", { exact: false })).toBeVisible();
    await own.context().close();
  } finally {
    await db.user.deleteMany({ where: { email } });
  }
});

test("a role that must use two-factor sign-in lands on setting it up", async ({ page, db }) => {
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  await setTwoFactorRequiredRoles(db, { id: admin.id }, ["EDITOR"]);
  let email = "";
  try {
    const added = await addUser(page, "Quang", "Editor");
    email = added.email;
    const own = await usesLink(page, added.link);
    await expect(own).toHaveURL(/\/newsroom\/profile\?twoFactor=required$/);
    await expect(own.getByText("Your role must use two-factor sign-in.", { exact: false })).toBeVisible();
    await own.context().close();
  } finally {
    await setTwoFactorRequiredRoles(db, { id: admin.id }, []);
    if (email) await db.user.deleteMany({ where: { email } });
  }
});
