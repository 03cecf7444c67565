"use client";
// The bylines: an ordered list, one shared value (the last change wins).
import { useTranslations } from "use-intl";
import type { EditorAuthor } from "@/lib/articles/editor-state";
import { useSharedValue } from "@/components/newsroom/editor/collab/use-shared-value";
import { FieldError } from "@/components/newsroom/editor/fields/field-error";
import type { FieldErrors, FieldsSource } from "@/components/newsroom/editor/fields/source";

type Props = { source: FieldsSource; initial: EditorAuthor[]; errors: FieldErrors };

export function BylinesField({ source, initial, errors }: Props) {
  const t = useTranslations("editor");
  const [authors, setAuthors, editable] = useSharedValue(source, "authors", initial);
  const patch = (i: number, change: Partial<EditorAuthor>) => setAuthors(authors.map((a, j) => (j === i ? { ...a, ...change } : a)));
  const moveUp = (i: number) => {
    const list = [...authors];
    const [item] = list.splice(i, 1);
    list.splice(i - 1, 0, item);
    setAuthors(list);
  };
  return (
    <fieldset className="field bylines">
      <legend>{t("fields.byline")}</legend>
      {authors.map((a, i) => (
        <div key={i} className="byline-row">
          <input aria-label={t("fields.bylineN", { n: i + 1 })} value={a.byline} disabled={!editable} onChange={(e) => patch(i, { byline: e.target.value })} />
          <button type="button" aria-label={t("fields.moveUp")} title={t("fields.moveUp")} disabled={!editable || i === 0} onClick={() => moveUp(i)}>
            ↑
          </button>
          <button type="button" aria-label={t("fields.removeByline")} title={t("fields.removeByline")} disabled={!editable || authors.length === 1} onClick={() => setAuthors(authors.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" className="secondary" disabled={!editable} onClick={() => setAuthors([...authors, { byline: "", userId: null }])}>
        {t("fields.addByline")}
      </button>
      <FieldError errors={errors} name="authors" />
    </fieldset>
  );
}
