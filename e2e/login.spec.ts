// Signing in and out, as a person does it in the browser.
import type { Page } from "@playwright/test";
import { hashRecoveryCode } from "@/lib/auth/recovery-codes";
import type { Db } from "@/lib/db/client";
import { newTotpSecret, totpCode } from "@/lib/auth/totp";
import { expect, test, type TestUser } from "@/e2e/fixtures";

// These specs start signed out.
test.use({ storageState: { cookies: [], origins: [] } });

test("an anonymous visitor to the newsroom is sent to /login and back afterwards", { tag: "@engine-independent" }, async ({ page, users }) => {
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

test("a wrong password gets a clear error and keeps the email", { tag: "@engine-independent" }, async ({ page, users }) => {
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

test("a disabled account cannot sign in", { tag: "@engine-independent" }, async ({ page, users }) => {
  const gone = await users.create({ disabled: true });
  await page.goto("/login");
  await page.getByLabel("Email").fill(gone.email);
  await page.getByLabel("Password").fill(gone.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
});

test("a signed-in user whose account is disabled is refused at the next request", { tag: "@engine-independent" }, async ({ page, users, db }) => {
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

test("signing out ends the session", { tag: "@engine-independent" }, async ({ page, users }) => {
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

test("after five failures the account is throttled, with the same answer for the right password", { tag: "@postgres" }, async ({ page, users, baseURL }) => {
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

  // What a script gets: 429 with Retry-After. Counts are per account and
  // address, and the script's connection may come from another loopback
  // address (::1 or 127.0.0.1) than the browser's: it makes its own guesses.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const post = (password: string) =>
    page.request.post("/api/auth/callback/credentials", {
      form: { email: victim.email, password, csrfToken, json: "true" },
      headers: { origin: baseURL! },
    });
  for (let i = 0; i < 5; i++) await post(`scripted guess ${i}`);
  const response = await post(victim.password);
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(800);
});

test("a sign-in posted from another site is refused", { tag: "@engine-independent" }, async ({ page, users }) => {
  const user = await users.create();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email: user.email, password: user.password, csrfToken, json: "true" },
    headers: { origin: "https://evil.example" },
  });
  expect(response.status()).toBe(403);
});

test("the sign-in page and the newsroom allow only scripts with the request's nonce, and work", { tag: "@engine-independent" }, async ({ page, users }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => violations.push(e.message));
  const scriptSources = (policy: string | undefined) => (policy ?? "").split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) ?? "";

  const user = await users.create({ displayName: "Phan Thị Mai" });
  const login = await page.goto("/login");
  const loginScripts = scriptSources(login!.headers()["content-security-policy"]);
  expect(loginScripts).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(loginScripts).not.toContain("'unsafe-inline'");
  // Signing in goes through the form's script (without it the browser would
  // send the form to /login itself).
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Phan Thị Mai");

  const newsroom = await page.goto("/newsroom/profile");
  const policy = newsroom!.headers()["content-security-policy"];
  const newsroomScripts = scriptSources(policy);
  expect(newsroomScripts).not.toContain("'unsafe-inline'");
  const nonce = /'nonce-([^']+)'/.exec(newsroomScripts)?.[1];
  expect(nonce).toBeTruthy();
  expect(nonce).not.toBe(/'nonce-([^']+)'/.exec(loginScripts)?.[1]);
  // Every script tag the server wrote carries this response's nonce (the
  // chunks those scripts load later need none: 'strict-dynamic').
  const scriptTags = (await newsroom!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  expect(scriptTags.filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([]);
  // A client component works: the language form saves through its script
  // (the confirmation is rendered by it, not by the server).
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByTestId("language-saved")).toBeVisible();
  expect(violations).toEqual([]);
});

// Two-factor sign-in (off by default: every spec above signs in with the password alone).

/** Turns two-factor sign-in on for `user` as its set-up would: a confirmed secret and one recovery code. */
async function withTwoFactor(db: Db, user: TestUser) {
  const secret = newTotpSecret();
  const recoveryCode = "k7m2p-9xq4r";
  await db.twoFactor.create({ data: { userId: user.id, secret, confirmedAt: new Date() } });
  await db.recoveryCode.create({ data: { userId: user.id, codeHash: await hashRecoveryCode(recoveryCode) } });
  return { secret, recoveryCode };
}

async function passwordStep(page: Page, user: TestUser) {
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Authentication code")).toBeVisible();
}

test("with two-factor sign-in on, the password alone makes no session: the app's code does", { tag: "@engine-independent" }, async ({ page, users, db }) => {
  const editor = await users.create({ role: "EDITOR", displayName: "Phan Thị Mai" });
  const { secret } = await withTwoFactor(db, editor);
  await page.goto("/newsroom?view=mine");
  await passwordStep(page, editor);
  // Between the steps nobody is signed in.
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});

  const code = await totpCode(secret);
  await page.getByLabel("Authentication code").fill(code === "123456" ? "654321" : "123456");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(/That code is not right/);

  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/newsroom\?view=mine$/);
  await expect(page.getByTestId("current-user")).toHaveText("Phan Thị Mai");
});

test("a recovery code signs in once", { tag: "@engine-independent" }, async ({ page, users, db }) => {
  const reporter = await users.create({ displayName: "Đỗ Văn Long" });
  const { recoveryCode } = await withTwoFactor(db, reporter);
  await page.goto("/login");
  await passwordStep(page, reporter);
  await page.getByLabel("Authentication code").fill(recoveryCode.toUpperCase());
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Đỗ Văn Long");

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await passwordStep(page, reporter);
  await page.getByLabel("Authentication code").fill(recoveryCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(/That code is not right/);
  // "Start again" goes back to the password, keeping the email.
  await page.getByRole("button", { name: "Start again" }).click();
  await expect(page.getByLabel("Email")).toHaveValue(reporter.email);
});

test("setting up two-factor sign-in from the profile, then it is asked for at sign-in", { tag: "@engine-independent" }, async ({ page, users }) => {
  const reporter = await users.create({ displayName: "Hồ Thị Thu" });
  await page.goto("/login?callbackUrl=%2Fnewsroom%2Fprofile");
  await page.getByLabel("Email").fill(reporter.email);
  await page.getByLabel("Password").fill(reporter.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/newsroom\/profile$/);

  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("two-factor-key").innerText()).replace(/\s+/g, "");
  await page.getByLabel("Code from the app").fill(await totpCode(secret));
  await page.getByRole("button", { name: "Turn on" }).click();
  const codes = page.getByTestId("recovery-codes").locator("li");
  await expect(codes).toHaveCount(10);
  const recoveryCode = await codes.first().innerText();
  await page.getByRole("button", { name: "I have kept them" }).click();
  await expect(page.getByTestId("two-factor-on")).toContainText("10 recovery codes left.");

  // The code that turned it on is spent, so the next sign-in uses a recovery code.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await passwordStep(page, reporter);
  await page.getByLabel("Authentication code").fill(recoveryCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Hồ Thị Thu");
});

