"use client";
// The media library's interactive parts. The list comes from the server page;
// this uploads to /api/media, edits an item's default texts and deletes
// through the server actions, then refreshes the page to show the result.
// Search is a plain GET form, so it works before the JavaScript loads.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { deleteMediaAction } from "@/lib/actions/media/delete-media";
import { updateMediaAction } from "@/lib/actions/media/update-media";
import type { MediaLibraryItem } from "@/lib/media/queries";
import styles from "./media-library.module.css";

/** The rules from lib/media/upload.ts (which cannot be bundled for the browser). */
export type UploadLimits = { maxUploadBytes: number; maxTextLength: number; accept: string; typesLabel: string };

type Props = { items: MediaLibraryItem[]; q: string; total: number; limits: UploadLimits };

export function MediaLibrary({ items, q, total, limits }: Props) {
  return (
    <>
      <div className={styles.toolbar}>
        <UploadForm limits={limits} />
        <form method="get" action="/newsroom/media" role="search" className={styles.search}>
          <label>
            Search caption, credit, alt text or file name
            <input type="search" name="q" defaultValue={q} />
          </label>
          <button type="submit">Search</button>
          {q ? <Link href="/newsroom/media">Show all</Link> : null}
        </form>
      </div>
      <p className={styles.status} aria-live="polite">
        {q ? `${total} ${total === 1 ? "image matches" : "images match"} “${q}”.` : `${total} ${total === 1 ? "image" : "images"} in the library.`}
      </p>
      {items.length === 0 ? (
        <p>{q ? "Nothing found. Try another word." : "No images yet. Upload the first one above."}</p>
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

type Notice = { kind: "progress" | "error" | "done"; text: string } | null;

function UploadForm({ limits }: { limits: UploadLimits }) {
  const { maxUploadBytes, maxTextLength } = limits;
  const router = useRouter();
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setNotice({ kind: "error", text: "Choose an image first." });
      return;
    }
    // Saves sending a file the server would refuse anyway.
    if (file.size > maxUploadBytes) {
      setNotice({ kind: "error", text: `${file.name} is larger than ${formatBytes(maxUploadBytes)}. Make it smaller and try again.` });
      return;
    }
    setBusy(true);
    setNotice({ kind: "progress", text: `Uploading ${file.name}…` });
    try {
      const response = await fetch("/api/media", { method: "POST", body: form });
      const result = (await response.json().catch(() => null)) as { ok: boolean; error?: string } | null;
      if (!result?.ok) {
        setNotice({ kind: "error", text: result?.error ?? `The upload failed (error ${response.status}). Try again.` });
        return;
      }
      setNotice({ kind: "done", text: `Uploaded ${file.name}.` });
      formElement.reset();
      router.refresh();
    } catch {
      setNotice({ kind: "error", text: "Could not reach the server. Check your connection and try again." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.upload} onSubmit={onSubmit} aria-busy={busy} noValidate>
      <label>
        Image ({limits.typesLabel}, up to {formatBytes(maxUploadBytes)})
        <input type="file" name="file" accept={limits.accept} required disabled={busy} />
      </label>
      <label>
        Alt text
        <input type="text" name="alt" maxLength={maxTextLength} disabled={busy} />
      </label>
      <label>
        Caption
        <input type="text" name="caption" maxLength={maxTextLength} disabled={busy} />
      </label>
      <label>
        Credit
        <input type="text" name="credit" maxLength={maxTextLength} disabled={busy} />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? "Uploading…" : "Upload"}
      </button>
      {notice ? (
        <p role={notice.kind === "error" ? "alert" : "status"} className={notice.kind === "error" ? "form-error" : styles.saved}>
          {notice.text}
        </p>
      ) : null}
    </form>
  );
}

function MediaCard({ item, maxTextLength }: { item: MediaLibraryItem; maxTextLength: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const [saving, startSaving] = useTransition();
  const [deleting, startDeleting] = useTransition();
  const name = item.caption || item.originalName || "Untitled image";

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
    if (!window.confirm(`Delete “${name}” from the library? This cannot be undone.`)) return;
    startDeleting(async () => {
      const result = await deleteMediaAction({ id: item.id });
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  }

  return (
    <li className={styles.card}>
      {/* eslint-disable-next-line @next/next/no-img-element -- variants are made at upload */}
      <img src={item.src} srcSet={item.srcSet} sizes="260px" width={item.width} height={item.height} alt={item.alt} loading="lazy" decoding="async" />
      <p className={styles.name}>{name}</p>
      <p className={styles.facts}>
        {item.width} × {item.height} · {formatBytes(item.sizeBytes)} ·{" "}
        {item.usage > 0 ? (
          <span className={styles.inUse}>
            used in {item.usage} {item.usage === 1 ? "article" : "articles"}
          </span>
        ) : (
          "not used"
        )}
      </p>
      <details className={styles.edit}>
        <summary>Edit alt text, caption and credit</summary>
        <form className={styles.edit} onSubmit={onSave}>
          <label>
            Alt text (what the image shows)
            <textarea name="alt" rows={2} maxLength={maxTextLength} defaultValue={item.alt} aria-invalid={Boolean(fieldErrors.alt)} />
          </label>
          <FieldError messages={fieldErrors.alt} />
          <label>
            Caption
            <textarea name="caption" rows={2} maxLength={maxTextLength} defaultValue={item.caption} aria-invalid={Boolean(fieldErrors.caption)} />
          </label>
          <FieldError messages={fieldErrors.caption} />
          <label>
            Credit
            <input type="text" name="credit" maxLength={maxTextLength} defaultValue={item.credit} aria-invalid={Boolean(fieldErrors.credit)} />
          </label>
          <FieldError messages={fieldErrors.credit} />
          <div className={styles.actions}>
            <button type="submit" disabled={saving}>
              {saving ? "Saving…" : "Save"}
            </button>
            {saved ? (
              <p role="status" className={styles.saved}>
                Saved.
              </p>
            ) : null}
          </div>
        </form>
      </details>
      <div className={styles.actions}>
        <button type="button" className={styles.danger} onClick={onDelete} disabled={deleting}>
          {deleting ? "Deleting…" : "Delete"}
        </button>
      </div>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </li>
  );
}

function FieldError({ messages }: { messages?: string[] }) {
  return messages?.length ? <p className="form-error">{messages.join(" ")}</p> : null;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
