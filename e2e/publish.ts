// Publishing from the editor's workflow panel, for specs whose subject is
// what comes after: "Publish now", then the confirm dialog's go-ahead when
// the newsroom asks (it may list publish checks: the go-ahead is then
// "Publish anyway"), then the panel says "Published".
import type { Page } from "@playwright/test";
import { expect } from "@/e2e/fixtures";

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
  if (asked) await confirm.getByRole("button").filter({ hasNotText: "Cancel" }).last().click();
  await expect(workflow).toContainText("Published");
}
