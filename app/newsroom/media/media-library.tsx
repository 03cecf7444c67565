"use client";
// The media library's interactive parts. The list comes from the server page;
// this uploads to /api/media, edits an item's default texts and deletes
// through the server actions (offered only on the images the person may
// manage, which the page decides), then refreshes the page to show the result.
// Search is a plain GET form, so it works before the JavaScript loads.
// Texts, sizes and dates are in the newsroom language (the layout's provider).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { deleteMediaAction } from "@/lib/actions/media/delete-media";
import { updateMediaAction } from "@/lib/actions/media/update-media";
import type { MediaLibraryItem } from "@/lib/media/queries";
import styles from "@/app/newsroom/media/media-library.module.css";
import { UploadForm, type UploadLimits } from "@/app/newsroom/media/upload-form";
import { AltCount, AltFilter, NoAltBadge } from "@/app/newsroom/media/alt-filter";
import { useFormatBytes, useFormatDay } from "@/app/newsroom/media/use-format";
import { MediaFilePreview } from "@/app/newsroom/media/media-file-preview";
import { FormError } from "@/components/newsroom/form-error";
import { FocalPointButton } from "@/components/newsroom/media/focal-editor";

/** An item with whether this person may change or delete it (lib/media/access.ts, decided by the page). */
export type LibraryItem = MediaLibraryItem & { manageable: boolean };

/** `missingAlt`: the "missing alt text" view is on; `lackingAlt`: how many images lack it (alt-filter.tsx). */
type Props = { items: LibraryItem[]; q: string; total: number; limits: UploadLimits; missingAlt?: boolean; lackingAlt?: number };

export function MediaLibrary({ items, q, total, limits, missingAlt = false, lackingAlt = 0 }: Props) {
  const t = useTranslations("media");
  return (
    <>
      <div className={styles.toolbar}>
        <UploadForm limits={limits} />
        <form method="get" action="/newsroom/media" role="search" className={styles.search}>
          <label>
            {t("searchLabel")}
            <input type="search" name="q" defaultValue={q} />
          </label>
          <AltFilter checked={missingAlt} />
          <button type="submit">{t("search")}</button>
          {q || missingAlt ? <Link href="/newsroom/media">{t("showAll")}</Link> : null}
        </form>
      </div>
      <p className={styles.status} aria-live="polite">
        {q ? t("countMatching", { count: total, q }) : t("count", { count: total })}
      </p>
      <AltCount count={lackingAlt} active={missingAlt} />
      {items.length === 0 ? (
        <p>{q || missingAlt ? t("nothingFound") : t("empty")}</p>
      ) : (
        <ul className={styles.grid}>
          {items.map((item) => (
            <MediaCard key={item.id} item={item} maxTextLength={limits.maxTextLength} />
          ))}
        </ul>
      )}
    </>
  );
}

function MediaCard({ item, maxTextLength }: { item: LibraryItem; maxTextLength: number }) {
  const t = useTranslations("media");
  const tc = useTranslations("common");
  const bytes = useFormatBytes();
  const day = useFormatDay();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const [saving, startSaving] = useTransition();
  const [deleting, startDeleting] = useTransition();
  const name = item.caption || item.originalName || t("untitledImage");

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    startSaving(async () => {
      const result = await updateMediaAction({
        id: item.id,
        alt: String(form.get("alt") ?? ""),
        caption: String(form.get("caption") ?? ""),
        credit: String(form.get("credit") ?? ""),
      });
      if (result.ok) {
        setError(null);
        setFieldErrors({});
        setSaved(true);
        router.refresh();
      } else {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
      }
    });
  }

  function onDelete() {
    if (!window.confirm(t("confirmDelete", { name }))) return;
    startDeleting(async () => {
      const result = await deleteMediaAction({ id: item.id });
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  }

  return (
    <li className={styles.card}>
      {item.kind === "image" ? (
        // eslint-disable-next-line @next/next/no-img-element -- variants are made at upload
        <img src={item.src} srcSet={item.srcSet} sizes="260px" width={item.width} height={item.height} alt={item.alt} loading="lazy" decoding="async" />
      ) : (
        <MediaFilePreview item={item} />
      )}
      <p className={styles.name}>{name}</p>
      <NoAltBadge item={item} />
      <p className={styles.facts}>
        {item.width ? `${item.width} × ${item.height} · ` : ""}
        {bytes(item.sizeBytes)} · <time dateTime={item.createdAt}>{t("uploadedOn", { date: day(item.createdAt) })}</time> ·{" "}
        {item.usage > 0 ? <span className={styles.inUse}>{t("usedIn", { count: item.usage })}</span> : t("notUsed")}
      </p>
      {/* Hidden for someone else's image: the server would refuse anyway. */}
      {item.manageable ? (
        <details className={styles.edit}>
          <summary>{t("editTexts")}</summary>
          <form className={styles.edit} onSubmit={onSave}>
            <label>
              {t("altLong")}
              <textarea name="alt" rows={2} maxLength={maxTextLength} defaultValue={item.alt} aria-invalid={Boolean(fieldErrors.alt)} />
            </label>
            <FieldError messages={fieldErrors.alt} />
            <label>
              {t("caption")}
              <textarea name="caption" rows={2} maxLength={maxTextLength} defaultValue={item.caption} aria-invalid={Boolean(fieldErrors.caption)} />
            </label>
            <FieldError messages={fieldErrors.caption} />
            <label>
              {t("credit")}
              <input type="text" name="credit" maxLength={maxTextLength} defaultValue={item.credit} aria-invalid={Boolean(fieldErrors.credit)} />
            </label>
            <FieldError messages={fieldErrors.credit} />
            <div className={styles.actions}>
              <button type="submit" disabled={saving}>
                {saving ? tc("saving") : tc("save")}
              </button>
              {saved ? (
                <p role="status" className={styles.saved}>
                  {tc("saved")}
                </p>
              ) : null}
            </div>
          </form>
        </details>
      ) : null}
      {item.manageable ? (
        <div className={styles.actions}>
          {item.kind === "image" ? <FocalPointButton image={item} /> : null}
          <button type="button" className={styles.danger} onClick={onDelete} disabled={deleting}>
            {deleting ? t("deleting") : tc("delete")}
          </button>
        </div>
      ) : null}
      <FormError>{error}</FormError>
    </li>
  );
}

function FieldError({ messages }: { messages?: string[] }) {
  // Not announced on its own: the card's error below the fields is, once for the whole save.
  return <FormError announce={false}>{messages?.join(" ")}</FormError>;
}
