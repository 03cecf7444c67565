"use client";
// The article editor, co-edited live. Its promise is that no word is ever lost:
// - everything lives in one shared Yjs document per article (the body, and
//   the other fields in its "fields" map, lib/collab/layout.ts), kept in this
//   browser too (IndexedDB, per person) and synced with the collaboration
//   server, which stores it; offline edits sync when the network is back;
// - several people edit at once: their words merge, their carets show;
// - the status line says where the words are, and what to do when the
//   server stops accepting them (signed out, no access, a refused change).
// This file only composes: collab/ (the document, its fields, who is here),
// fields/ (the form), body-editor.tsx (Tiptap), use-review-tools.tsx
// (comments and suggestions), status-line.tsx, panels, and the writing
// comforts: Ctrl/Cmd+S (save-shortcut.tsx), writing mode (focus-mode.tsx),
// typographic quotes as you type (typography.ts), length counters.
import type { Editor } from "@tiptap/react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { useTranslations } from "use-intl";
import type { EditorArticle, TranslationsView, WorkflowView } from "@/lib/articles/editor-state";
import type { LanguageOption } from "@/lib/articles/languages";
import type { MediaItem } from "@/lib/media/items";
import { WRITING_DEFAULTS, writingSettingsOf, type WritingSettings } from "@/lib/settings/writing";
import { BodyEditor, BodyPlaceholder, WordCount } from "@/components/newsroom/editor/body-editor";
import { Presence } from "@/components/newsroom/editor/collab/presence";
import { ChecksPanel } from "@/components/newsroom/editor/copy-desk/checks-panel";
import { readPublishContent } from "@/components/newsroom/editor/copy-desk/publish-content";
import { collabUser, useCollaborators } from "@/components/newsroom/editor/collab/use-collaborators";
import { SharedDocumentContext, useSharedDocument } from "@/components/newsroom/editor/collab/use-shared-document";
import { useSharedValue } from "@/components/newsroom/editor/collab/use-shared-value";
import { FieldError } from "@/components/newsroom/editor/fields/field-error";
import { useWritingMode, WritingModeToggle, writingModeClass } from "@/components/newsroom/editor/focus-mode";
import { SideFields } from "@/components/newsroom/editor/fields/side-fields";
import { TitleLead } from "@/components/newsroom/editor/fields/title-lead";
import { SaveNowNote, useSaveShortcut } from "@/components/newsroom/editor/save-shortcut";
import { BodyLegacyNotice } from "@/components/newsroom/editor/copy-desk/legacy-notice";
import { SpellingMenu } from "@/components/newsroom/editor/spelling/spelling-menu";
import { SpellingNote } from "@/components/newsroom/editor/spelling/spelling-note";
import { useSpelling } from "@/components/newsroom/editor/spelling/use-spelling";
import { StatusLine } from "@/components/newsroom/editor/status-line";
import type { StaffMember } from "@/components/newsroom/editor/suggestions/suggestions-panel";
import { TranslationsPanel } from "@/components/newsroom/editor/translations-panel";
import { VietnameseTypography } from "@/components/newsroom/editor/typography";
import { useReviewTools } from "@/components/newsroom/editor/use-review-tools";
import { WorkflowPanel } from "@/components/newsroom/editor/workflow-panel";
import { ReadOnlyNotice } from "@/components/newsroom/workflow/read-only-notice";

const NO_ERRORS: Record<string, string[]> = {};
/** The newsroom's defaults, for a render without settings (the render tests). */
const DEFAULT_WRITING = writingSettingsOf(WRITING_DEFAULTS);

type Props = {
  /** Who is editing: this browser's copy of the document is kept per person. */
  userId: string;
  /** Their display name, shown to the others (presence line, caret label). */
  userName: string;
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
  /** The newsroom's people, to name who suggested what. */
  staff: StaffMember[];
  /** Typographic quotes as you type, recommended lengths (site settings); the defaults if left out. */
  writing?: WritingSettings;
  /** May add words to the newsroom dictionary from the spelling menu (dictionary:manage). */
  canManageDictionary?: boolean;
};

export function ArticleEditor(props: Props) {
  const { initial, userId, userName, readOnly, workflow, siteLanguage, translations, writing = DEFAULT_WRITING } = props;
  const articleId = initial.id;
  const t = useTranslations("editor");
  const shared = useSharedDocument({
    articleId,
    userId,
    readOnly,
    stored: { version: initial.version, updatedAt: initial.updatedAt, slug: initial.slug, pending: initial.hasPendingChanges },
  });
  const me = useMemo(() => collabUser(userId, userName), [userId, userName]);
  const others = useCollaborators(shared.provider, me);
  const [editor, setEditor] = useState<Editor | null>(null);
  const review = useReviewTools({ articleId, userId, staff: props.staff, shared, editor });
  const [language] = useSharedValue(shared, "language", initial.language);
  const [tags] = useSharedValue(shared, "tags", initial.tags);
  const [authors] = useSharedValue(shared, "authors", initial.authors);
  // An article without a language of its own is in the site's.
  const lang = language || siteLanguage;
  const spelling = useSpelling({ articleId, lang, editable: shared.loaded && !shared.readOnly, canManageDictionary: props.canManageDictionary ?? false, tags, authors });
  const smartTypography = writing.smartTypography;
  const bodyExtensions = useMemo(
    () => [...review.extensions, ...(smartTypography ? [VietnameseTypography] : []), spelling.extension],
    [review.extensions, smartTypography, spelling.extension],
  );
  const [writingMode, setWritingMode] = useWritingMode();
  const saveNow = useSaveShortcut(shared.flush, shared.loaded && !shared.readOnly);
  const [coverId] = useSharedValue(shared, "coverMediaId", initial.coverMediaId);
  // The publish checks' view of the article as typed (lib/articles/publish-checks.ts),
  // for the workflow's question and the counts & checks panel alike.
  // The cover's alt text and credit are known only for the page's cover;
  // another one chosen since is left to the server's check.
  const publishContent = () =>
    readPublishContent(editor, shared.doc, initial, {
      language: lang,
      cover: !coverId ? null : coverId === props.cover?.id ? { alt: props.cover.alt, credit: props.cover.credit } : undefined,
    });
  const errors = shared.invalid?.fieldErrors ?? NO_ERRORS;
  const ended = shared.status === "ended" || shared.status === "denied" || shared.status === "refused";
  const loginHref = `/login?callbackUrl=${encodeURIComponent(`/newsroom/articles/${articleId}`)}`;

  return (
    <SharedDocumentContext.Provider value={shared}>
      <div className={`article-editor${writingMode ? ` ${writingModeClass}` : ""}`}>
        <div className="editor-bar">
          <StatusLine shared={shared} loginHref={loginHref} />
          <SaveNowNote state={saveNow} />
          <Presence others={others} />
          <WordCount editor={editor} loaded={shared.loaded} fallback={initial.body} />
          <Link href={`/newsroom/articles/${articleId}/preview`} target="_blank">
            {t("preview")}
          </Link>
          <Link href={`/newsroom/articles/${articleId}/revisions`}>{t("revisions")}</Link>
          <WritingModeToggle on={writingMode} onChange={setWritingMode} />
        </div>
        {shared.readOnly && !ended ? <ReadOnlyNotice workflow={workflow} /> : null}

        <div className="editor-grid">
          <div className="editor-main">
            <TitleLead source={shared} initial={initial} lang={lang} errors={errors} writing={writing} spelling={spelling.controller} />
            <BodyLegacyNotice editor={editor} />
            {shared.provider ? (
              <BodyEditor
                doc={shared.doc}
                provider={shared.provider}
                user={me}
                editable={shared.loaded && !shared.readOnly}
                lang={lang}
                error={<FieldError errors={errors} name="body" />}
                toolbarExtra={review.toolbarExtra}
                aside={review.aside}
                asideHidden={writingMode}
                extraExtensions={bodyExtensions}
                onEditor={setEditor}
              />
            ) : (
              <BodyPlaceholder />
            )}
          </div>
          <aside className="editor-side">
            <WorkflowPanel
              view={{ ...workflow, hasPendingChanges: shared.lastStored.pending }}
              articleId={articleId}
              flush={shared.flush}
              content={publishContent}
              checkSettings={writing}
            />
            <ChecksPanel
              editor={editor}
              doc={shared.doc}
              content={publishContent}
              lang={lang}
              writing={writing}
              spellingNote={<SpellingNote editor={editor} controller={spelling.controller} status={spelling.status} lang={lang} />}
            />
            <SideFields
              source={shared}
              initial={initial}
              slugIsAuto={props.slugIsAuto}
              storedSlug={shared.lastStored.slug}
              sections={props.sections}
              languages={props.languages}
              siteLanguage={siteLanguage}
              cover={props.cover}
              lang={lang}
              errors={errors}
              limits={writing.limits}
            />
            <TranslationsPanel articleId={articleId} view={translations} flush={shared.flush} />
          </aside>
        </div>
        <SpellingMenu controller={spelling.controller} />
      </div>
    </SharedDocumentContext.Provider>
  );
}
