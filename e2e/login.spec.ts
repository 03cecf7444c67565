// Signing in and out, as a person does it in the browser.
import { expect, test } from "@/e2e/fixtures";

// These specs start signed out.
test.use({ storageState: { cookies: [], origins: [] } });

test("an anonymous visitor to the newsroom is sent to /login and back afterwards", async ({ page, users }) => {
  const editor = await users.create({ role: "EDITOR", displayName: "Trần Thu Hoa" });
  await page.goto("/newsroom?view=mine");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fnewsroom%3Fview%3Dmine$/);
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/newsroom\?view=mine$/);
  await expect(page.getByTestId("current-user")).toHaveText("Trần Thu Hoa");
  await expect(page.getByTestId("current-role")).toHaveText("Editor");
});

test("a wrong password gets a clear error and keeps the email", async ({ page, users }) => {
  const reporter = await users.create();
  await page.goto("/login");
  await page.getByLabel("Email").fill(reporter.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("Email")).toHaveValue(reporter.email);
  // Still signed out: the newsroom sends us back to the login page.
  await page.goto("/newsroom");
  await expect(page).toHaveURL(/\/login/);
});

test("a disabled account cannot sign in", async ({ page, users }) => {
  const gone = await users.create({ disabled: true });
  await page.goto("/login");
  await page.getByLabel("Email").fill(gone.email);
  await page.getByLabel("Password").fill(gone.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
});

test("a signed-in user whose account is disabled is refused at the next request", async ({ page, users, db }) => {
  const reporter = await users.create({ displayName: "Lê Văn Nam" });
  await page.goto("/login");
  await page.getByLabel("Email").fill(reporter.email);
  await page.getByLabel("Password").fill(reporter.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Lê Văn Nam");
  await db.user.update({ where: { id: reporter.id }, data: { disabledAt: new Date() } });
  await page.reload();
  await expect(page).toHaveURL(/\/login/);
});

test("signing out ends the session", async ({ page, users }) => {
  const reporter = await users.create();
  await page.goto("/login");
  await page.getByLabel("Email").fill(reporter.email);
  await page.getByLabel("Password").fill(reporter.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-role")).toHaveText("Reporter");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/newsroom");
  await expect(page).toHaveURL(/\/login/);
});

test("after five failures the account is throttled, with the same answer for the right password", async ({ page, users, baseURL }) => {
  const victim = await users.create();
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(victim.email);
    await page.getByLabel("Password").fill(`wrong guess ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  }
  await page.getByLabel("Password").fill(victim.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Too many sign-in attempts. Wait a few minutes and try again.");
  await page.goto("/newsroom");
  await expect(page).toHaveURL(/\/login/);

  // What a script gets: 429 with Retry-After.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email: victim.email, password: victim.password, csrfToken, json: "true" },
    headers: { origin: baseURL! },
  });
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(800);
});

test("a sign-in posted from another site is refused", async ({ page, users }) => {
  const user = await users.create();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email: user.email, password: user.password, csrfToken, json: "true" },
    headers: { origin: "https://evil.example" },
  });
  expect(response.status()).toBe(403);
});
