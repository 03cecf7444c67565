"use client";
// The article editor. Its promise is that no word is ever lost:
// - every change is copied to this browser at once (local-copy.ts) and saved
//   to the server shortly after typing stops;
// - every save names the version it was based on; if someone else saved in
//   between, the server refuses and the conflict panel offers a way forward;
// - leaving with unsaved changes asks first; a crash or reload offers to
//   restore what the server never confirmed.
import type { EditorProps } from "@tiptap/pm/view";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { presenceAction } from "@/lib/actions/articles/presence";
import { saveArticleAction } from "@/lib/actions/articles/save-article";
import type { EditorArticle, EditorAuthor, EditorFields, TranslationsView, WorkflowView } from "@/lib/articles/editor-state";
import type { LanguageOption } from "@/lib/articles/languages";
import { countWords, type JsonNode } from "@/lib/content/body";
import type { MediaItem } from "@/lib/media/items";
import { slugify } from "@/lib/text/slug";
import { ConflictPanel } from "@/components/newsroom/editor/conflict-panel";
import { editorExtensions } from "@/components/newsroom/editor/extensions";
import { clearLocalCopy, readLocalCopy, sameFields, writeLocalCopy, type LocalCopy } from "@/components/newsroom/editor/local-copy";
import { MediaPicker, uploadImage } from "@/components/newsroom/editor/media-picker";
import { promptForLink, Toolbar, useLinkPromptTexts } from "@/components/newsroom/editor/toolbar";
import { TranslationsPanel } from "@/components/newsroom/editor/translations-panel";
import { useDateTime } from "@/components/newsroom/editor/use-date-time";
import { WorkflowPanel } from "@/components/newsroom/editor/workflow-panel";
import { FormError } from "@/components/newsroom/form-error";
import { SectionOptions } from "@/components/newsroom/section-options";

/** Save this long after the last keystroke (the promise is: within 3 s). */
const AUTOSAVE_DELAY_MS = 1200;
const RETRY_OFFLINE_MS = 5000;
const PRESENCE_EVERY_MS = 15_000;
const WORDS_PER_MINUTE = 200;

type Status =
  | { kind: "saved"; at: string }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "offline" }
  | { kind: "error"; message: string }
  | { kind: "conflict" };

type Meta = Omit<EditorFields, "body">;

function metaOf(a: EditorFields): Meta {
  const { body: _body, ...meta } = a;
  return meta;
}

/** The save time: hours and minutes read the same in every language. */
const SAVED_AT_PATTERN = "HH:mm";

export function StatusLine({ status }: { status: Status }) {
  const t = useTranslations("editor");
  const dateTime = useDateTime();
  const text =
    status.kind === "saved"
      ? t("save.saved", { time: dateTime(status.at, SAVED_AT_PATTERN) })
      : status.kind === "unsaved"
        ? t("save.unsaved")
        : status.kind === "saving"
          ? t("save.saving")
          : status.kind === "offline"
            ? t("save.offline")
            : status.kind === "conflict"
              ? t("save.conflict")
              : t("save.error", { message: status.message });
  return (
    <p className={`save-status save-${status.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}

type Props = {
  /** Who is editing: the browser's unsaved copy is kept per person. */
  userId: string;
  initial: EditorArticle;
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

export function ArticleEditor({ initial, userId, slugIsAuto: initialSlugAuto, sections, cover: initialCover, readOnly, workflow, languages, siteLanguage, translations }: Props) {
  const articleId = initial.id;
  const t = useTranslations("editor");
  const dateTime = useDateTime();
  const linkTexts = useLinkPromptTexts();
  // Read by the editor's handlers, which are made once (see editorProps).
  const linkTextsRef = useRef(linkTexts);
  // Kept current during render on purpose: the handlers run outside React and
  // must see this render's texts; an effect would leave them one render late.
  linkTextsRef.current = linkTexts; // eslint-disable-line react-hooks/refs -- see above
  const tRef = useRef(t);
  tRef.current = t; // eslint-disable-line react-hooks/refs -- see above
  const [meta, setMeta] = useState<Meta>(() => ({ ...metaOf(initial), slug: initialSlugAuto ? "" : initial.slug }));
  const metaRef = useRef(meta);
  const bodyRef = useRef<JsonNode>(initial.body);
  const versionRef = useRef(initial.version);
  const [status, setStatus] = useState<Status>({ kind: "saved", at: initial.updatedAt });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<EditorArticle | null>(null);
  const conflictRef = useRef<EditorArticle | null>(null);
  const [restoreOffer, setRestoreOffer] = useState<LocalCopy | null>(null);
  const [savedSlug, setSavedSlug] = useState(initial.slug);
  const [cover, setCover] = useState<MediaItem | null>(initialCover);
  const [picker, setPicker] = useState<null | "figure" | "cover">(null);
  const [others, setOthers] = useState<string[]>([]);
  const [words, setWords] = useState(0);
  const [uploadError, setUploadError] = useState<string | null>(null);
  // A save to a published article leaves the live version alone: it is pending.
  const [pending, setPending] = useState(initial.hasPendingChanges);

  const changeSeq = useRef(0);
  const savedSeq = useRef(0);
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const overwriteNext = useRef(false);

  const currentFields = useCallback((): EditorFields => ({ ...metaRef.current, body: bodyRef.current }), []);

  const save = useCallback(async (): Promise<void> => {
    if (readOnly || conflictRef.current) return;
    if (timer.current) clearTimeout(timer.current);
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const seq = changeSeq.current;
    if (seq === savedSeq.current) return;
    const fields = currentFields();
    inFlight.current = true;
    setStatus({ kind: "saving" });
    try {
      let result;
      try {
        result = await saveArticleAction({ ...fields, articleId, baseVersion: versionRef.current, overwrite: overwriteNext.current });
        overwriteNext.current = false;
      } catch {
        // The request never got an answer: offline, or the server is down.
        setStatus({ kind: "offline" });
        timer.current = setTimeout(save, RETRY_OFFLINE_MS);
        return;
      }
      if (!result.ok) {
        setStatus({ kind: "error", message: result.error });
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setFieldErrors({});
      const outcome = result.outcome;
      if (outcome.kind === "conflict") {
        conflictRef.current = outcome.current;
        setConflict(outcome.current);
        setStatus({ kind: "conflict" });
        return;
      }
      versionRef.current = outcome.version;
      savedSeq.current = seq;
      if (initial.status === "PUBLISHED") setPending(true);
      setSavedSlug(outcome.slug);
      setStatus({ kind: "saved", at: outcome.updatedAt });
      if (changeSeq.current === seq) clearLocalCopy(userId, articleId);
      else {
        // Newer changes arrived meanwhile: they now build on the new version.
        writeLocalCopy({ userId, articleId, baseVersion: outcome.version, fields: currentFields(), savedAt: new Date().toISOString() });
        again.current = true;
      }
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        void save();
      }
    }
  }, [articleId, currentFields, initial.status, readOnly, userId]);

  /** Saves anything unsaved and waits for it; the version to act on, or null if not saved. */
  const flush = useCallback(async (): Promise<number | null> => {
    if (readOnly) return versionRef.current;
    for (let i = 0; i < 20 && (inFlight.current || changeSeq.current !== savedSeq.current); i++) {
      if (conflictRef.current) return null;
      if (!inFlight.current) await save();
      else await new Promise((r) => setTimeout(r, 150));
    }
    return changeSeq.current === savedSeq.current && !conflictRef.current ? versionRef.current : null;
  }, [readOnly, save]);

  const changed = useCallback(() => {
    if (readOnly) return;
    changeSeq.current++;
    writeLocalCopy({ userId, articleId, baseVersion: versionRef.current, fields: currentFields(), savedAt: new Date().toISOString() });
    if (conflictRef.current) return;
    setStatus((s) => (s.kind === "offline" ? s : { kind: "unsaved" }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(save, AUTOSAVE_DELAY_MS);
  }, [articleId, currentFields, readOnly, save, userId]);

  const insertImages = useCallback(async (editor: Editor, files: File[], pos?: number) => {
    setUploadError(null);
    for (const file of files) {
      try {
        const item = await uploadImage(file, (status) => tRef.current("media.uploadFailed", { status }));
        const node = { type: "figure", attrs: { src: item.src, mediaId: item.id, width: item.width, height: item.height, alt: item.alt, caption: item.caption, credit: item.credit } };
        if (pos === undefined) editor.chain().focus().insertContent(node).run();
        else editor.chain().insertContentAt(pos, node).run();
      } catch (e) {
        setUploadError(tRef.current("media.uploadError", { file: file.name, message: (e as Error).message }));
      }
    }
  }, []);

  // Stable across renders: Tiptap re-applies changed options on every render,
  // and re-applying props mid-typing can drop a keystroke.
  const editorRef = useRef<Editor | null>(null);
  const bodyLabel = t("fields.body");
  const bodyPlaceholder = t("fields.bodyPlaceholder");
  const editorProps = useMemo<EditorProps>(
    () => ({
      attributes: { "aria-label": bodyLabel, role: "textbox", "aria-multiline": "true", class: "editor-body article-body" },
      handleKeyDown: (_view, event) => {
        if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k" && editorRef.current) {
          event.preventDefault();
          promptForLink(editorRef.current, linkTextsRef.current);
          return true;
        }
        return false;
      },
      handlePaste: (_view, event) => {
        const files = Array.from(event.clipboardData?.files ?? []).filter((f) => f.type.startsWith("image/"));
        if (!files.length || !editorRef.current) return false;
        void insertImages(editorRef.current, files);
        return true;
      },
      handleDrop: (view, event) => {
        const files = Array.from(event.dataTransfer?.files ?? []).filter((f) => f.type.startsWith("image/"));
        if (!files.length || !editorRef.current) return false;
        event.preventDefault();
        const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        void insertImages(editorRef.current, files, pos);
        return true;
      },
    }),
    [insertImages, bodyLabel],
  );
  const extensions = useMemo(() => editorExtensions(bodyPlaceholder), [bodyPlaceholder]);

  const editor = useEditor({
    extensions,
    content: initial.body,
    editable: !readOnly,
    immediatelyRender: false,
    onCreate: ({ editor }) => setWords(countWords(editor.getText())),
    onUpdate: ({ editor }) => {
      // A plain copy: ProseMirror's attribute objects have no prototype, which
      // server actions cannot receive.
      bodyRef.current = JSON.parse(JSON.stringify(editor.getJSON())) as JsonNode;
      setWords(countWords(editor.getText()));
      changed();
    },
    editorProps,
  });
  editorRef.current = editor; // eslint-disable-line react-hooks/refs -- the once-made editor handlers read the editor of this render

  function setField<K extends keyof Meta>(key: K, value: Meta[K]) {
    metaRef.current = { ...metaRef.current, [key]: value };
    setMeta(metaRef.current);
    changed();
  }

  function loadState(fields: EditorFields, version: number) {
    metaRef.current = { ...metaOf(fields) };
    setMeta(metaRef.current);
    bodyRef.current = fields.body;
    versionRef.current = version;
    editor?.commands.setContent(fields.body, { emitUpdate: false });
    setWords(countWords(editor?.getText() ?? ""));
  }

  // A copy left in this browser by a crash, reload or lost connection.
  useEffect(() => {
    if (readOnly) return;
    const local = readLocalCopy(userId, articleId);
    if (!local) return;
    if (sameFields(local.fields, { ...currentFields(), slug: local.fields.slug })) clearLocalCopy(userId, articleId);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the copy lives in this browser's storage, readable only after mount
    else setRestoreOffer(local);
  }, [articleId, currentFields, readOnly, userId]);

  // Ask before leaving with anything the server has not confirmed.
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (changeSeq.current !== savedSeq.current || inFlight.current) {
        e.preventDefault();
        e.returnValue = "";
      }
    };
    const onOnline = () => void save();
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("online", onOnline);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("online", onOnline);
    };
  }, [save]);

  // Who else has this article open.
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      try {
        const r = await presenceAction({ articleId });
        if (!stopped && r.ok) setOthers(r.others);
      } catch {
        // offline: try again at the next beat
      }
    };
    void beat();
    const id = setInterval(beat, PRESENCE_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(id);
      void presenceAction({ articleId, leaving: true }).catch(() => undefined);
    };
  }, [articleId]);

  function restoreLocal() {
    if (!restoreOffer) return;
    loadState(restoreOffer.fields, restoreOffer.baseVersion);
    setRestoreOffer(null);
    changed(); // save it now; a newer server version makes this a conflict, shown as such
  }

  function discardLocal() {
    clearLocalCopy(userId, articleId);
    setRestoreOffer(null);
  }

  function resolved(next: { fields: EditorFields; version: number } | null, overwrite: boolean) {
    const theirs = conflictRef.current;
    conflictRef.current = null;
    setConflict(null);
    if (next) {
      loadState(next.fields, next.version);
      savedSeq.current = changeSeq.current;
      clearLocalCopy(userId, articleId);
      setStatus({ kind: "saved", at: theirs?.updatedAt ?? new Date().toISOString() });
    } else if (overwrite && theirs) {
      versionRef.current = theirs.version;
      overwriteNext.current = true;
      void save();
    }
  }

  // An article without a language of its own is in the site's.
  const contentLanguage = meta.language || siteLanguage;

  const fieldError = (key: string) =>
    fieldErrors[key]?.length ? (
      <span className="field-error" role="alert">
        {fieldErrors[key].join(" ")}
      </span>
    ) : null;

  const setAuthor = (i: number, patch: Partial<EditorAuthor>) =>
    setField(
      "authors",
      meta.authors.map((a, j) => (j === i ? { ...a, ...patch } : a)),
    );
  const moveAuthor = (i: number, by: number) => {
    const list = [...meta.authors];
    const [item] = list.splice(i, 1);
    list.splice(i + by, 0, item);
    setField("authors", list);
  };

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
          <button type="button" onClick={() => void save()} disabled={status.kind === "saving" || status.kind === "conflict"}>
            {t("save.now")}
          </button>
        ) : null}
      </div>
      {readOnly ? <p className="notice">{t("readOnly")}</p> : null}
      {restoreOffer ? (
        <div className="notice notice-warning" role="alert" data-testid="restore-offer">
          <p>{t("restoreOffer.text", { time: dateTime(restoreOffer.savedAt) })}</p>
          <button type="button" onClick={restoreLocal}>
            {t("restoreOffer.restore")}
          </button>{" "}
          <button type="button" className="secondary" onClick={discardLocal}>
            {t("restoreOffer.discard")}
          </button>
        </div>
      ) : null}
      {/* eslint-disable-next-line react-hooks/refs -- the panel shows my fields as they stand when the conflict renders */}
      {conflict ? <ConflictPanel mine={currentFields()} theirs={conflict} onResolved={resolved} /> : null}

      <div className="editor-grid">
        <div className="editor-main">
          <label className="field">
            {t("fields.title")}
            <input className="title-input" lang={contentLanguage} value={meta.title} disabled={readOnly} onChange={(e) => setField("title", e.target.value)} maxLength={300} />
            {fieldError("title")}
          </label>
          {/* Textareas are labelled by id: inside a <label> their text would become part of the label. */}
          <div className="field">
            <label htmlFor="field-lead">{t("fields.lead")}</label>
            <textarea id="field-lead" lang={contentLanguage} value={meta.lead} disabled={readOnly} rows={3} onChange={(e) => setField("lead", e.target.value)} maxLength={2000} />
            {fieldError("lead")}
          </div>
          {editor ? <Toolbar editor={editor} onFigure={() => setPicker("figure")} /> : null}
          <FormError>{uploadError}</FormError>
          {/* The text is in the article's language (spelling, hyphenation, screen readers). */}
          <div lang={contentLanguage}>
            <EditorContent editor={editor} />
          </div>
          {fieldError("body")}
        </div>
        <aside className="editor-side">
          <WorkflowPanel view={{ ...workflow, hasPendingChanges: pending }} articleId={articleId} flush={flush} />
          <label className="field">
            {t("fields.section")}
            <select value={meta.sectionId} disabled={readOnly} onChange={(e) => setField("sectionId", e.target.value)}>
              <SectionOptions sections={sections} />
            </select>
          </label>
          <label className="field">
            {t("fields.language")}
            <select value={contentLanguage} disabled={readOnly} onChange={(e) => setField("language", e.target.value)}>
              {languages.map((l) => (
                <option key={l.tag} value={l.tag} lang={l.tag}>
                  {l.name}
                </option>
              ))}
            </select>
            {fieldError("language")}
          </label>
          <label className="field">
            {t("fields.tags")}
            <input
              value={meta.tags.join(", ")}
              disabled={readOnly}
              placeholder={t("fields.tagsPlaceholder")}
              onChange={(e) => setField("tags", e.target.value.split(",").map((tag) => tag.trim()).filter(Boolean))}
            />
            {fieldError("tags")}
          </label>
          <fieldset className="field bylines">
            <legend>{t("fields.byline")}</legend>
            {meta.authors.map((a, i) => (
              <div key={i} className="byline-row">
                <input aria-label={t("fields.bylineN", { n: i + 1 })} value={a.byline} disabled={readOnly} onChange={(e) => setAuthor(i, { byline: e.target.value })} />
                <button type="button" aria-label={t("fields.moveUp")} disabled={readOnly || i === 0} onClick={() => moveAuthor(i, -1)}>
                  ↑
                </button>
                <button type="button" aria-label={t("fields.removeByline")} disabled={readOnly || meta.authors.length === 1} onClick={() => setField("authors", meta.authors.filter((_, j) => j !== i))}>
                  ×
                </button>
              </div>
            ))}
            <button type="button" className="secondary" disabled={readOnly} onClick={() => setField("authors", [...meta.authors, { byline: "", userId: null }])}>
              {t("fields.addByline")}
            </button>
            {fieldError("authors")}
          </fieldset>
          <label className="field">
            {t("fields.slug")}
            <input value={meta.slug} disabled={readOnly} placeholder={slugify(meta.title) || t("fields.slugPlaceholder")} onChange={(e) => setField("slug", e.target.value)} />
            <span className="hint">{t("fields.address", { slug: savedSlug })}</span>
            {fieldError("slug")}
          </label>
          <div className="field">
            <span>{t("fields.cover")}</span>
            {cover ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={cover.src} alt={cover.alt} className="cover-preview" />
            ) : (
              <p className="hint">{t("fields.noCover")}</p>
            )}
            <div>
              <button type="button" className="secondary" disabled={readOnly} onClick={() => setPicker("cover")}>
                {cover ? t("fields.changeCover") : t("fields.chooseCover")}
              </button>{" "}
              {cover ? (
                <button
                  type="button"
                  className="secondary"
                  disabled={readOnly}
                  onClick={() => {
                    setCover(null);
                    setField("coverMediaId", null);
                  }}
                >
                  {t("fields.removeCover")}
                </button>
              ) : null}
            </div>
          </div>
          <label className="field">
            {t("fields.seoTitle")}
            <input value={meta.seoTitle} lang={contentLanguage} disabled={readOnly} maxLength={200} onChange={(e) => setField("seoTitle", e.target.value)} />
            {fieldError("seoTitle")}
          </label>
          <div className="field">
            <label htmlFor="field-seo-description">{t("fields.seoDescription")}</label>
            <textarea id="field-seo-description" lang={contentLanguage} value={meta.seoDescription} disabled={readOnly} rows={3} maxLength={400} onChange={(e) => setField("seoDescription", e.target.value)} />
            {fieldError("seoDescription")}
          </div>
          <TranslationsPanel articleId={articleId} view={translations} flush={flush} />
        </aside>
      </div>
      {picker ? (
        <MediaPicker
          onClose={() => setPicker(null)}
          onPick={(item) => {
            if (picker === "cover") {
              setCover(item);
              setField("coverMediaId", item.id);
            } else if (editor) {
              editor
                .chain()
                .focus()
                .insertContent({ type: "figure", attrs: { src: item.src, mediaId: item.id, width: item.width, height: item.height, alt: item.alt, caption: item.caption, credit: item.credit } })
                .run();
            }
            setPicker(null);
          }}
        />
      ) : null}
    </div>
  );
}
