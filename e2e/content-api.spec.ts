// The content API and webhooks end to end (issue 18): an admin lets webhooks
// reach this machine over http, creates an API key and an endpoint for
// article.published on /newsroom/api (each secret read from the panel that
// shows it once); an editor publishes through the newsroom; a receiver the
// test runs on 127.0.0.1 gets the event within 2 s, signed as Standard
// Webhooks says (checked with the standardwebhooks package); the article is
// then read through the API with the key. The endpoint's delivery log shows
// the delivery, and once the key is revoked the API answers 401.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { createArticle } from "@/lib/articles/editing";
import { updateSiteSettings } from "@/lib/settings/site-settings";
import { ADMIN, expect, test } from "@/e2e/fixtures";
import { signInAs } from "@/e2e/sign-in";

test.setTimeout(120_000);

type Received = { headers: Record<string, string>; body: string; at: number };

/** A webhook receiver on 127.0.0.1 at a port of its own, keeping what it is sent. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: flatHeaders(req.headers), body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/sapo`, received };
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : (value ?? "")]));
}

/** The secret in the panel that shows it once. */
async function onceShownSecret(page: Page, kind: "key" | "endpoint"): Promise<string> {
  const panel = page.getByTestId(`${kind}-secret`);
  await expect(panel).toContainText("you will not see it again");
  return panel.getByTestId("secret-value").inputValue();
}

test("an admin creates a key and a webhook; an editor publishes; the receiver gets the signed event within 2 s and the API gives the article", { tag: "@postgres" }, async ({ page, browser, db, users, baseURL }) => {
  const receiver = await startReceiver();
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  try {
    // The admin lets webhooks go to http on this machine.
    await page.goto("/newsroom/api");
    await expect(page).toHaveTitle(/API and webhooks/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("API and webhooks");
    const settings = page.getByRole("form", { name: "API settings" });
    const loopback = settings.getByLabel("Allow http to this machine (development)");
    await loopback.check();
    await settings.getByRole("button", { name: "Save API settings" }).click();
    await expect(page.getByTestId("api-settings-saved")).toHaveText("API settings saved.");

    // A key for an app, its secret read from the panel that shows it once.
    const keyName = `Mobile app ${Date.now()}`;
    const keyForm = page.getByRole("form", { name: "New key" });
    await keyForm.getByRole("textbox", { name: /^Name/ }).fill(keyName);
    await expect(keyForm.getByRole("checkbox", { name: /^Articles/ })).toBeChecked();
    await keyForm.getByRole("button", { name: "Create key" }).click();
    const key = await onceShownSecret(page, "key");
    expect(key).toMatch(/^sapo_[0-9a-f]{12}_/);
    const keys = page.getByTestId("api-keys");
    await expect(keys.getByRole("row", { name: new RegExp(keyName) })).toContainText("Active");

    // An endpoint for article.published at the receiver.
    const hookForm = page.getByRole("form", { name: "New endpoint" });
    await hookForm.getByRole("textbox", { name: /^URL/ }).fill(receiver.url);
    await expect(hookForm.getByRole("checkbox", { name: /^Published/ })).toBeChecked();
    await hookForm.getByRole("button", { name: "Add endpoint" }).click();
    const signingSecret = await onceShownSecret(page, "endpoint");
    expect(signingSecret).toMatch(/^whsec_/);
    const endpointRow = page.getByTestId("webhook-endpoints").getByRole("row", { name: new RegExp(receiver.url.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")) });
    await expect(endpointRow).toContainText("Active");

    // An editor publishes a story through the newsroom.
    const editor = await users.create({ role: "EDITOR", displayName: "Phan Thị Mai" });
    const title = `Cầu Bến Thủy mở lại ${Date.now()}`;
    const id = await createArticle(db, { id: editor.id, role: editor.role, displayName: editor.displayName, penName: null }, { title, lead: "Traffic returns to the bridge." });
    const e = await signInAs(browser, editor, `/newsroom/articles/${id}`);
    await expect(e.getByRole("textbox", { name: "Body", exact: true })).toBeVisible();
    const workflow = e.getByTestId("workflow");
    await workflow.getByRole("button", { name: "Submit for review" }).click();
    await expect(workflow).toContainText("In review");
    await workflow.getByRole("button", { name: "Publish now" }).click();
    const publishedAt = Date.now();
    await e.getByRole("dialog").getByRole("button", { name: "Publish now" }).click();
    await expect(workflow).toContainText("Published");

    // The receiver has the event within 2 s of the click, signed with the endpoint's secret.
    await expect.poll(() => receiver.received.length, { timeout: 5_000, intervals: [50] }).toBeGreaterThan(0);
    const delivery = receiver.received[0];
    expect(delivery.at - publishedAt).toBeLessThanOrEqual(2_000);
    const event = new Webhook(signingSecret).verify(delivery.body, delivery.headers) as { type: string; data: { id: string; title: string } };
    expect(event.type).toBe("article.published");
    expect(event.data.id).toBe(id);
    expect(delivery.headers["webhook-id"]).toBeTruthy();
    // A signature made with another secret is refused.
    expect(() => new Webhook(`whsec_${Buffer.from("not the endpoint's secret").toString("base64")}`).verify(delivery.body, delivery.headers)).toThrow();

    // The article through the API, with the key.
    const api = (path: string, token = key) => fetch(`${baseURL}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const answer = await api(`/api/v1/articles/${id}`);
    expect(answer.status).toBe(200);
    expect((await answer.json()).title).toBe(title);
    expect((await api(`/api/v1/articles/${id}`, `sapo_000000000000_${"A".repeat(43)}`)).status).toBe(401);

    // The endpoint's delivery log shows the delivery.
    await page.reload();
    await endpointRow.getByRole("link", { name: /^Delivery log of/ }).click();
    await expect(page).toHaveURL(/\/newsroom\/api\/webhooks\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delivery log");
    const log = page.getByTestId("delivery-log");
    const row = log.getByRole("row", { name: new RegExp(title) });
    await expect(row).toContainText("Published");
    await expect(row).toContainText("Delivered");
    await expect(row).toContainText("HTTP 200");
    // Redelivered: the same event (same webhook-id) reaches the receiver again.
    await row.getByRole("button", { name: /^Redeliver/ }).click();
    await expect(page.getByText(/will be sent again\.$/)).toBeVisible();
    await expect.poll(() => receiver.received.length, { timeout: 5_000, intervals: [50] }).toBe(2);
    expect(receiver.received[1].headers["webhook-id"]).toBe(delivery.headers["webhook-id"]);
    new Webhook(signingSecret).verify(receiver.received[1].body, receiver.received[1].headers);

    // Revoking the key: the API refuses it (at once here; other instances within their key cache's few seconds).
    await page.goto("/newsroom/api");
    await keys.getByRole("button", { name: `Revoke the key “${keyName}”` }).click();
    const confirm = page.getByRole("dialog");
    await expect(confirm).toContainText("cannot be undone");
    await confirm.getByRole("button", { name: "Revoke" }).click();
    await expect(page.getByText(`Key “${keyName}” revoked.`)).toBeVisible();
    await expect(keys.getByRole("row", { name: new RegExp(keyName) })).toContainText("Revoked");
    await expect.poll(async () => (await api(`/api/v1/articles/${id}`)).status, { timeout: 8_000 }).toBe(401);

    // Disabling the endpoint says so in its row.
    await endpointRow.getByRole("button", { name: `Disable ${receiver.url}` }).click();
    await expect(endpointRow).toContainText("Disabled");
    await expect(endpointRow).toContainText("Turned off by an admin.");
    await expect(endpointRow.getByRole("button", { name: `Enable ${receiver.url}` })).toBeVisible();
    await e.context().close();
  } finally {
    receiver.server.close();
    // Back to the default for the rest of the suite.
    await updateSiteSettings(db, { id: admin.id, ip: null }, { webhooksAllowLoopbackHttp: false });
  }
});

test("on a 390 px phone the API page fits the screen, keys show as cards, and a key is made from the keyboard", { tag: "@engine-independent" }, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/newsroom/api");
  const form = page.getByRole("form", { name: "New key" });
  const name = `Phone key ${Date.now()}`;
  await form.getByRole("textbox", { name: /^Name/ }).fill(name);
  // Tab to the last scope and tick it with the space bar, then submit with Enter from the button.
  const search = form.getByRole("checkbox", { name: /^Search/ });
  await search.focus();
  await page.keyboard.press("Space");
  await expect(search).toBeChecked();
  await form.getByRole("button", { name: "Create key" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("key-secret")).toContainText("you will not see it again");
  const row = page.getByTestId("api-keys").getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Articles, Search");
  // A card: the column's name over each value, and nothing wider than the screen.
  expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe("block");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The settings' checkboxes stay checkbox-sized beside their labels.
  const anonymous = page.getByRole("checkbox", { name: "Allow reading without a key" });
  expect((await anonymous.boundingBox())!.width).toBeLessThanOrEqual(24);
  await page.getByTestId("key-secret").getByRole("button", { name: "I have copied it" }).click();
  await expect(page.getByTestId("key-secret")).toHaveCount(0);
});
