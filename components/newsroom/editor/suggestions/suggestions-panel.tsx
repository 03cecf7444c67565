"use client";
// The open suggestions of the body, beside the editor: who suggested what and
// when, each with Accept and Reject (for whoever may edit; a writer may also
// withdraw their own), and Accept all / Reject all. Choosing a suggestion's
// text selects it in the editor. All plain buttons, in reading order, so the
// panel works from the keyboard; after a suggestion is resolved the focus
// moves to the next one (or to the heading when none is left).
import { useEffect, useRef } from "react";
import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { useTranslations } from "use-intl";
import { RelativeTime } from "@/components/newsroom/comments/relative-time";
import { useDateTime } from "@/components/newsroom/editor/use-date-time";
import { openSuggestions, type OpenSuggestion } from "@/lib/content/suggestions";

export type StaffMember = { id: string; name: string };

type Props = {
  editor: Editor | null;
  /** The people suggestions may come from; or nameOf. */
  staff?: StaffMember[];
  nameOf?: (userId: string) => string | null | undefined;
  /** The reader of the panel: their own suggestions they may reject. */
  userId: string;
  /** May accept and reject anyone's suggestions. */
  canResolve: boolean;
};

const NONE: OpenSuggestion[] = [];
// One list per document state: the panel re-reads it only when the text changes.
const lists = new WeakMap<object, OpenSuggestion[]>();
function listOf(editor: Editor | null): OpenSuggestion[] {
  if (!editor || editor.isDestroyed) return NONE;
  const doc = editor.state.doc;
  let list = lists.get(doc);
  if (!list) lists.set(doc, (list = openSuggestions(doc.toJSON())));
  return list;
}

/** The open suggestions of the editor's body, kept current. */
export function useOpenSuggestions(editor: Editor | null): OpenSuggestion[] {
  return useEditorState({ editor, selector: ({ editor: e }) => listOf(e), equalityFn: (a, b) => a === b }) ?? NONE;
}

/** "Suggested by Lan · 5 minutes ago": the tooltip SuggestionMode's `describe` option takes. */
export function useDescribeSuggestion(name: (userId: string | null) => string) {
  const t = useTranslations("suggestions");
  // The newsroom language's own pattern, as every date in the newsroom ("29/11/2026 13:45").
  const dateTime = useDateTime();
  return ({ kind, userId, at }: { kind: OpenSuggestion["kind"]; userId: string | null; at: Date | null }) =>
    t("tooltip", { kind: t(`kinds.${kind}`), name: name(userId), time: at ? dateTime(at) : "—" });
}

export function SuggestionsPanel({ editor, staff, nameOf, userId, canResolve }: Props) {
  const t = useTranslations("suggestions");
  const items = useOpenSuggestions(editor);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // Where the focus goes once a resolved suggestion has left the list.
  const refocus = useRef<number | null>(null);

  useEffect(() => {
    const index = refocus.current;
    if (index === null) return;
    refocus.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>("[data-suggestion-show]");
    (buttons?.length ? buttons[Math.min(index, buttons.length - 1)] : heading.current)?.focus();
  }, [items]);

  const name = (id: string | null) => (id && (nameOf?.(id) ?? staff?.find((s) => s.id === id)?.name)) || t("unknownAuthor");
  const excerpt = (s: string) => (s.trim().length > 140 ? `${s.trim().slice(0, 140)}…` : s.trim());
  // A suggestion without text of its own: a paragraph break added or removed, or a changed format.
  const summary = (s: OpenSuggestion) => excerpt(s.text) || t(`empty.${s.kind}`);

  function resolve(index: number, run: () => boolean) {
    refocus.current = index;
    if (!run()) refocus.current = null;
  }

  return (
    <section className="suggestions-panel" aria-labelledby="suggestions-title" data-testid="suggestions-panel">
      <h2 id="suggestions-title" ref={heading} tabIndex={-1}>
        {t("title", { count: items.length })}
      </h2>
      {items.length === 0 ? (
        <p className="suggestions-none">{t("none")}</p>
      ) : (
        <>
          {canResolve && editor && (
            <div className="suggestions-all">
              <button type="button" onClick={() => resolve(0, () => editor.chain().acceptAllSuggestions().run())}>
                {t("acceptAll")}
              </button>
              <button type="button" className="secondary" onClick={() => resolve(0, () => editor.chain().rejectAllSuggestions().run())}>
                {t("rejectAll")}
              </button>
            </div>
          )}
          <ul className="suggestions-list" ref={list}>
            {items.map((s, i) => (
              <li key={s.id} className="suggestion-item" data-kind={s.kind}>
                <button type="button" className="suggestion-show" data-suggestion-show onClick={() => editor?.chain().focus().selectSuggestion(s.id).run()}>
                  <span className="suggestion-meta">
                    {t(`kinds.${s.kind}`)} · {name(s.userId)}
                    {s.at && (
                      <>
                        {" · "}
                        <RelativeTime iso={s.at} />
                      </>
                    )}
                  </span>
                  <span className="suggestion-text">
                    {excerpt(s.deleted) || excerpt(s.inserted) ? (
                      <>
                        {excerpt(s.deleted) && <del>{excerpt(s.deleted)}</del>}
                        {excerpt(s.deleted) && excerpt(s.inserted) && " "}
                        {excerpt(s.inserted) && <ins>{excerpt(s.inserted)}</ins>}
                      </>
                    ) : (
                      summary(s)
                    )}
                  </span>
                </button>
                {editor && (canResolve || s.userId === userId) && (
                  <div className="suggestion-actions">
                    {canResolve && (
                      <button type="button" aria-label={t("acceptOne", { text: summary(s) })} onClick={() => resolve(i, () => editor.chain().acceptSuggestion(s.id).run())}>
                        {t("accept")}
                      </button>
                    )}
                    <button type="button" className="secondary" aria-label={t("rejectOne", { text: summary(s) })} onClick={() => resolve(i, () => editor.chain().rejectSuggestion(s.id).run())}>
                      {t("reject")}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
