"use client";
// The workflow panel's "Delete article", for admins: asks first with the
// panel's confirm dialog (`ask`, from use-workflow-steps.ts: one dialog per
// panel), as it cannot be undone, then goes to the dashboard.
// A published or scheduled article is not offered the button but told to
// take it down first; the server refuses it anyway (lib/articles/delete-article.ts).
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { deleteArticleAction } from "@/lib/actions/articles/delete-article";
import type { WorkflowView } from "@/lib/articles/editor-state";
import { FormError } from "@/components/newsroom/form-error";
import { useServerStep } from "@/components/newsroom/editor/use-server-step";
import type { ConfirmRequest } from "@/components/newsroom/workflow/confirm-dialog";

type Props = { articleId: string; view: WorkflowView; ask: (request: ConfirmRequest) => Promise<boolean> };

export function DeleteArticle({ articleId, view, ask }: Props) {
  const t = useTranslations("workflow");
  const router = useRouter();
  const { busy, error, attempt } = useServerStep({ offline: t("panel.offline"), failed: t("panel.failed") });
  if (!view.canDelete) return null;
  const live = view.status === "PUBLISHED" || view.status === "SCHEDULED";

  async function remove() {
    if (!(await ask({ title: t("confirm.deleteTitle"), text: t("confirm.deleteText"), confirm: t("panel.delete"), danger: true }))) return;
    // The article is gone: back to the dashboard, without it in the history.
    if (await attempt(() => deleteArticleAction({ articleId }))) router.replace("/newsroom");
  }

  return (
    <div className="workflow-step" data-testid="delete-article">
      {live ? (
        <p className="hint">{t("panel.deleteTakeDownFirst")}</p>
      ) : (
        <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
          {t("panel.delete")}
        </button>
      )}
      <FormError>{error}</FormError>
    </div>
  );
}
