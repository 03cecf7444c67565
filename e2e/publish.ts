// Publishing from the editor's workflow panel, for specs whose subject is
// what comes after: "Publish now", then the confirm dialog's go-ahead when
// the newsroom asks (it may list publish checks: the go-ahead is then
// "Publish anyway", which takes a reason), then the panel says "Published".
import type { Locator, Page } from "@playwright/test";
import { expect } from "@/e2e/fixtures";

/** Goes ahead in the confirm dialog; past publish checks' warnings, with a reason (required). */
export async function goAhead(dialog: Locator): Promise<void> {
  const warnings = dialog.getByTestId("publish-warnings");
  if (await warnings.isVisible()) await warnings.getByRole("textbox").fill("Published by an e2e test whose subject is not the checks.");
  await dialog.getByRole("button").filter({ hasNotText: "Cancel" }).last().click();
}

export async function publishNow(page: Page): Promise<void> {
  const workflow = page.getByTestId("workflow");
  await workflow.getByRole("button", { name: "Publish now" }).click();
  const confirm = page.getByTestId("confirm-dialog");
  const asked = await confirm
    .getByRole("button")
    .first()
    .waitFor({ state: "visible", timeout: 3_000 })
    .then(() => true)
    .catch(() => false);
  if (asked) await goAhead(confirm);
  await expect(workflow).toContainText("Published");
}
