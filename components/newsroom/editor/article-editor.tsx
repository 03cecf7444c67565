"use client";
// The article editor. Its promise is that no word is ever lost:
// - every change is copied to this browser at once (local-copy.ts, per
//   person) and saved to the server shortly after typing stops (use-autosave.ts);
// - every save names the version it was based on; if someone else saved in
//   between, the server refuses and the conflict panel offers a way forward;
// - leaving with unsaved changes asks first; a crash or reload offers to
//   restore what the server never confirmed (use-local-copy.ts).
// This file puts the parts together: the fields (use-article-fields.ts), the
// body's Tiptap editor (use-body-editor.ts), the side fields (meta-fields.tsx)
// and the workflow, translation, conflict and media panels.
import { EditorContent } from "@tiptap/react";
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "use-intl";
import type { EditorArticle, EditorFields, TranslationsView, WorkflowView } from "@/lib/articles/editor-state";
import type { LanguageOption } from "@/lib/articles/languages";
import type { MediaItem } from "@/lib/media/items";
import { FormError } from "@/components/newsroom/form-error";
import { ConflictPanel } from "@/components/newsroom/editor/conflict-panel";
import { FieldError } from "@/components/newsroom/editor/field-error";
import { MediaPicker } from "@/components/newsroom/editor/media-picker";
import { MetaFields } from "@/components/newsroom/editor/meta-fields";
import { StatusLine } from "@/components/newsroom/editor/status-line";
import { Toolbar } from "@/components/newsroom/editor/toolbar";
import { TranslationsPanel } from "@/components/newsroom/editor/translations-panel";
import { useArticleFields, type Meta } from "@/components/newsroom/editor/use-article-fields";
import { useAutosave } from "@/components/newsroom/editor/use-autosave";
import { useBodyEditor } from "@/components/newsroom/editor/use-body-editor";
import { useDateTime } from "@/components/newsroom/editor/use-date-time";
import { useLocalCopy } from "@/components/newsroom/editor/use-local-copy";
import { usePresence } from "@/components/newsroom/editor/use-presence";
import { WorkflowPanel } from "@/components/newsroom/editor/workflow-panel";

const WORDS_PER_MINUTE = 200;

type Props = {
  initial: EditorArticle;
  /** Whose editor this is: the browser's unsaved copies are kept per person. */
  userId: string;
  slugIsAuto: boolean;
  sections: { id: string; name: string }[];
  cover: MediaItem | null;
  readOnly: boolean;
  workflow: WorkflowView;
  /** The languages an article may be in, and the site's (an article without its own is in that). */
  languages: LanguageOption[];
  siteLanguage: string;
  translations: TranslationsView;
};

export function ArticleEditor({ initial, userId, slugIsAuto, sections, cover: initialCover, readOnly, workflow, languages, siteLanguage, translations }: Props) {
  const articleId = initial.id;
  const t = useTranslations("editor");
  const dateTime = useDateTime();
  const fields = useArticleFields(initial, slugIsAuto);
  const autosave = useAutosave({ initial, userId, readOnly, currentFields: fields.current });
  const body = useBodyEditor({
    initialBody: initial.body,
    readOnly,
    onChange: (json) => {
      fields.setBody(json);
      autosave.changed();
    },
  });
  const localCopy = useLocalCopy({ userId, articleId, readOnly, opened: fields.opened });
  const others = usePresence(articleId);
  const [cover, setCover] = useState<MediaItem | null>(initialCover);
  const [picker, setPicker] = useState<null | "figure" | "cover">(null);
  const { meta } = fields;
  const { editor, words } = body;

  function setField<K extends keyof Meta>(key: K, value: Meta[K]) {
    fields.setField(key, value);
    autosave.changed();
  }

  function loadFields(next: EditorFields) {
    fields.load(next);
    body.load(next.body);
  }

  function restoreLocal() {
    if (!localCopy.offer) return;
    loadFields(localCopy.offer.fields);
    localCopy.taken();
    autosave.restored(localCopy.offer.baseVersion);
  }

  function resolved(next: { fields: EditorFields; version: number } | null, overwrite: boolean) {
    if (next) loadFields(next.fields);
    autosave.resolveConflict(next ? next.version : null, overwrite);
  }

  function picked(item: MediaItem) {
    if (picker === "cover") {
      setCover(item);
      setField("coverMediaId", item.id);
    } else body.insertFigure(item);
    setPicker(null);
  }

  // An article without a language of its own is in the site's.
  const contentLanguage = meta.language || siteLanguage;
  const { status, fieldErrors } = autosave;

  return (
    <div className="article-editor">
      <div className="editor-bar">
        <StatusLine status={status} />
        {others.length ? (
          <p className="presence" data-testid="presence">
            {t("presence", { names: others.join(", "), count: others.length })}
          </p>
        ) : null}
        <p className="word-count">{t("wordCount", { count: words, minutes: Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)) })}</p>
        <Link href={`/newsroom/articles/${articleId}/preview`} target="_blank">
          {t("preview")}
        </Link>
        <Link href={`/newsroom/articles/${articleId}/revisions`}>{t("revisions")}</Link>
        {!readOnly ? (
          <button type="button" onClick={() => void autosave.save()} disabled={status.kind === "saving" || status.kind === "conflict"}>
            {t("save.now")}
          </button>
        ) : null}
      </div>
      {readOnly ? <p className="notice">{t("readOnly")}</p> : null}
      {localCopy.offer ? (
        <div className="notice notice-warning" role="alert" data-testid="restore-offer">
          <p>{t("restoreOffer.text", { time: dateTime(localCopy.offer.savedAt) })}</p>
          <button type="button" onClick={restoreLocal}>
            {t("restoreOffer.restore")}
          </button>{" "}
          <button type="button" className="secondary" onClick={localCopy.discard}>
            {t("restoreOffer.discard")}
          </button>
        </div>
      ) : null}
      {autosave.conflict ? <ConflictPanel mine={autosave.conflict.mine} theirs={autosave.conflict.theirs} onResolved={resolved} /> : null}

      <div className="editor-grid">
        <div className="editor-main">
          <label className="field">
            {t("fields.title")}
            <input className="title-input" lang={contentLanguage} value={meta.title} disabled={readOnly} onChange={(e) => setField("title", e.target.value)} maxLength={300} />
            <FieldError messages={fieldErrors.title} />
          </label>
          {/* Textareas are labelled by id: inside a <label> their text would become part of the label. */}
          <div className="field">
            <label htmlFor="field-lead">{t("fields.lead")}</label>
            <textarea id="field-lead" lang={contentLanguage} value={meta.lead} disabled={readOnly} rows={3} onChange={(e) => setField("lead", e.target.value)} maxLength={2000} />
            <FieldError messages={fieldErrors.lead} />
          </div>
          {editor ? <Toolbar editor={editor} onFigure={() => setPicker("figure")} /> : null}
          <FormError>{body.uploadError}</FormError>
          {/* The text is in the article's language (spelling, hyphenation, screen readers). */}
          <div lang={contentLanguage}>
            <EditorContent editor={editor} />
          </div>
          <FieldError messages={fieldErrors.body} />
        </div>
        <aside className="editor-side">
          <WorkflowPanel view={{ ...workflow, hasPendingChanges: autosave.pending }} articleId={articleId} flush={autosave.flush} />
          <MetaFields
            meta={meta}
            setField={setField}
            readOnly={readOnly}
            sections={sections}
            languages={languages}
            contentLanguage={contentLanguage}
            savedSlug={autosave.savedSlug}
            cover={cover}
            onChooseCover={() => setPicker("cover")}
            onRemoveCover={() => {
              setCover(null);
              setField("coverMediaId", null);
            }}
            fieldErrors={fieldErrors}
          />
          <TranslationsPanel articleId={articleId} view={translations} flush={autosave.flush} />
        </aside>
      </div>
      {picker ? <MediaPicker onClose={() => setPicker(null)} onPick={picked} /> : null}
    </div>
  );
}
