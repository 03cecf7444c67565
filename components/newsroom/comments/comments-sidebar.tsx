"use client";
// The article editor's comments: open threads in the order of the text,
// then a collapsed "Resolved (n)" group; a composer for a new thread on the
// selected text (the Comment button, Ctrl+Alt+M, Cmd+Alt+M on a Mac);
// Alt+ArrowDown / Alt+ArrowUp go to the next / previous thread and show its
// text. The open threads' texts are highlighted in the editor by the
// CommentHighlights extension (comment-anchors.ts), which this feeds; a
// click on a highlight makes its thread the active one. Opening the page
// with ?thread=<id> (a notification's link) goes to that thread.
// Fetches again when the live stream or `refreshKey` says threads changed.
// On a narrow screen it is a panel of its own (hideable); a thread chosen in
// the text while its card is out of sight offers a "Show comment" button.
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { createThreadAction } from "@/lib/actions/comments/create-thread";
import { FormError } from "@/components/newsroom/form-error";
import { anchorOfSelection, anchoringReady, connectSidebar, highlightRanges, scrollToThreadText, setCommentHighlights, type CommentAnchor } from "@/components/newsroom/comments/comment-anchors";
import { CommentButton } from "@/components/newsroom/comments/comment-button";
import { Composer, failureText, type SendComment } from "@/components/newsroom/comments/composer";
import { CommentThread, threadElementId } from "@/components/newsroom/comments/thread";
import { orderThreads, stepThread } from "@/components/newsroom/comments/thread-order";
import { useThreads } from "@/components/newsroom/comments/use-threads";
import { onThreadAnnounced, takeAnnouncedThread } from "@/components/newsroom/notifications/open-thread";

/** The highlight of the text a new thread is being written about. */
const DRAFT_ID = "draft";

type Props = {
  articleId: string;
  /** The article editor's Tiptap editor (with the CommentHighlights extension); null until it exists. */
  editor: Editor | null;
  /** Changes when the threads should be fetched again (the co-editing socket's {type:"comments"}). */
  refreshKey?: unknown;
};

type Layout = { ready: boolean; order: string[] };
const NO_LAYOUT: Layout = { ready: false, order: [] };

/** Whether `el` is wholly on screen (a sidebar beside the text, not a panel below it). */
function onScreen(el: Element | null): boolean {
  const r = el?.getBoundingClientRect();
  return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
}

export function CommentsSidebar({ articleId, editor, refreshKey }: Props) {
  const t = useTranslations("comments");
  const network = useTranslations("errors")("network");
  const { threads, error, reload, merge } = useThreads(articleId, refreshKey);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [draft, setDraft] = useState<{ anchor: CommentAnchor; quote: string } | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const [hidden, setHidden] = useState(false);
  const [status, setStatus] = useState("");
  const [jump, setJump] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);
  const wanted = useRef<string | null>(null);
  const ids = { heading: useId(), body: useId(), composer: useId(), resolvedToggle: useId() };

  // Where the open threads' texts are: their order in the article, once it can be known.
  const layout =
    useEditorState({
      editor,
      selector: ({ editor: e }): Layout => {
        if (!e) return NO_LAYOUT;
        const ranges = [...highlightRanges(e.state)].sort((a, b) => a[1].from - b[1].from);
        return { ready: anchoringReady(e.state), order: ranges.map(([id]) => id) };
      },
    }) ?? NO_LAYOUT;
  const { open, resolved } = useMemo(() => orderThreads(threads ?? [], (id) => (layout.order.includes(id) ? layout.order.indexOf(id) : null)), [threads, layout.order]);
  const listed = useMemo(() => [...open, ...(showResolved ? resolved : [])].map((th) => th.id), [open, resolved, showResolved]);

  // Feed the highlights: open threads (and the one being written).
  useEffect(() => {
    if (!editor) return;
    const list = (threads ?? []).flatMap((th) => (th.anchor && !th.resolved ? [{ id: th.id, anchor: th.anchor, resolved: false }] : []));
    if (draft) list.push({ id: DRAFT_ID, anchor: draft.anchor, resolved: false });
    setCommentHighlights(editor, { threads: list, activeThreadId: draft ? DRAFT_ID : activeId });
  }, [editor, threads, activeId, draft]);

  // Bringing a thread's card into sight, once React has drawn it: scrolled to
  // if the sidebar is beside the text, else offered by the "Show comment" button.
  const [reveal, setReveal] = useState<{ id: string; focus: boolean } | null>(null);
  const revealCard = useCallback((id: string, focus = false) => setReveal({ id, focus }), []);
  useEffect(() => {
    if (!reveal) return;
    const card = document.getElementById(threadElementId(reveal.id));
    // The keyboard is in the sidebar: the card takes the focus, and is scrolled to.
    if (reveal.focus) card?.focus();
    const seen = !card || reveal.focus || onScreen(card);
    if (!seen && onScreen(root.current)) card.scrollIntoView({ block: "nearest" });
    // Where the card landed is known only once it is on the page.
    setJump(seen || onScreen(root.current) ? null : reveal.id);
  }, [reveal]);

  const startComment = useCallback(() => {
    const found = editor ? anchorOfSelection(editor) : null;
    if (!found) return setStatus(t("selectFirst"));
    setHidden(false);
    setDraft(found); // its text box takes the focus, which brings it into sight
  }, [editor, t]);

  const selectFromText = useCallback(
    (id: string) => {
      if (id === DRAFT_ID) return;
      setActiveId(id);
      setHidden(false);
      revealCard(id);
    },
    [revealCard],
  );

  /** Goes to the next or previous listed thread; `focusCard` when the keyboard is in the sidebar. */
  const step = useCallback(
    (by: 1 | -1, focusCard: boolean) => {
      const id = stepThread(listed, activeId, by);
      if (!id) return setStatus(t("noThreads"));
      setActiveId(id);
      setHidden(false);
      const th = [...open, ...resolved].find((x) => x.id === id);
      setStatus(t("position", { n: listed.indexOf(id) + 1, count: listed.length, quote: th?.quote ?? "" }));
      if (editor) scrollToThreadText(editor, id);
      revealCard(id, focusCard);
    },
    [listed, activeId, open, resolved, editor, revealCard, t],
  );

  // The sidebar answers the extension (highlight clicks, the toolbar's Comment button).
  useEffect(() => (editor ? connectSidebar(editor, { startComment, onSelectThread: selectFromText }) : undefined), [editor, startComment, selectFromText]);

  // Ctrl+Alt+M / Cmd+Alt+M anywhere; Alt+↓ / Alt+↑ in the text or the sidebar (not while writing a comment).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || e.shiftKey) return;
      const target = e.target as HTMLElement;
      const inSidebar = !!root.current?.contains(target);
      const inText = !!editor && !editor.isDestroyed && editor.view.dom.contains(target);
      if ((e.ctrlKey || e.metaKey) && e.altKey && (e.code === "KeyM" || e.key.toLowerCase() === "m")) {
        // Not from another field (the title, the lead): the shortcut is about the body's selection.
        if (!inText && !inSidebar && target.closest?.("input, textarea, select, [contenteditable=true]")) return;
        e.preventDefault();
        startComment();
        return;
      }
      if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) return;
      if ((!inSidebar && !inText) || (inSidebar && target.closest("textarea"))) return;
      e.preventDefault();
      step(e.key === "ArrowDown" ? 1 : -1, inSidebar);
    };
    document.addEventListener("keydown", onKey, true);
    return () => document.removeEventListener("keydown", onKey, true);
  }, [editor, startComment, step]);

  // ?thread=<id>: go to it once it is loaded and, if open, its text can be found.
  // (Read from the address on opening; told by the bell when the story is open already.)
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    wanted.current = takeAnnouncedThread(articleId) ?? new URLSearchParams(window.location.search).get("thread");
    return onThreadAnnounced(articleId, (threadId) => {
      wanted.current = threadId;
      setAsked((n) => n + 1);
    });
  }, [articleId]);
  useEffect(() => {
    const id = wanted.current;
    const th = id ? threads?.find((x) => x.id === id) : undefined;
    if (!id || !threads) return;
    if (!th) return void (wanted.current = null);
    if (!th.resolved && (!editor || !layout.ready)) return; // wait for the text
    wanted.current = null;
    setActiveId(id);
    setHidden(false);
    if (th.resolved) setShowResolved(true);
    if (editor) scrollToThreadText(editor, id);
    revealCard(id);
  }, [threads, layout.ready, editor, revealCard, asked]);

  // The "Show comment" button goes once its card is in sight.
  useEffect(() => {
    const card = jump ? document.getElementById(threadElementId(jump)) : null;
    if (!card || typeof IntersectionObserver === "undefined") return;
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((x) => x.isIntersecting)) setJump(null);
    });
    seen.observe(card);
    return () => seen.disconnect();
  }, [jump]);

  const sendNew: SendComment = async ({ text, mentions }) => {
    if (!draft) return null;
    try {
      const result = await createThreadAction({ articleId, anchor: JSON.stringify(draft.anchor), quote: draft.quote, text, mentions });
      if (!result.ok) return failureText(result);
      if (result.thread) {
        merge(result.thread.id, result.thread);
        setActiveId(result.thread.id);
      }
      setDraft(null);
      setStatus(t("added"));
      editor?.commands.focus(); // back to the text, where the writer was
      return null;
    } catch {
      return network;
    }
  };

  const cancelDraft = () => {
    setDraft(null);
    editor?.commands.focus();
  };

  // A thread that went away (deleted, or resolved into the closed group) leaves the focus somewhere near.
  const changed = (threadId: string, thread: Parameters<typeof merge>[1]) => {
    merge(threadId, thread);
    const near = !thread ? ids.heading : thread.resolved && !showResolved ? ids.resolvedToggle : null;
    if (near) requestAnimationFrame(() => document.getElementById(near)?.focus());
  };

  const card = (th: (typeof open)[number]) => (
    <CommentThread
      key={th.id}
      thread={th}
      active={th.id === activeId}
      textGone={layout.ready && !th.resolved && !layout.order.includes(th.id)}
      replyOpen={replyTo === th.id}
      onReplyOpen={(o) => setReplyTo(o ? th.id : null)}
      onActivate={() => setActiveId(th.id)}
      onShowText={() => {
        setActiveId(th.id);
        if (editor) scrollToThreadText(editor, th.id);
      }}
      onChanged={changed}
    />
  );

  return (
    <section className="comments-sidebar" aria-labelledby={ids.heading} ref={root}>
      <div className="comments-head">
        <h2 id={ids.heading} tabIndex={-1}>
          {t("title")} <span className="comments-count">{t("count", { count: open.length })}</span>
        </h2>
        <CommentButton editor={editor} onStart={startComment} />
        <button type="button" className="secondary comments-toggle" aria-expanded={!hidden} aria-controls={ids.body} onClick={() => setHidden((h) => !h)}>
          {hidden ? t("show") : t("hide")}
        </button>
      </div>
      <div id={ids.body} className="comments-body" hidden={hidden}>
        <p className="hint">{t("keysHint")}</p>
        {draft ? (
          <div className="comment-thread is-draft" id={ids.composer}>
            <p className="comment-quote">
              <q>{draft.quote}</q>
            </p>
            <Composer label={t("newLabel")} placeholder={t("placeholder")} submitLabel={t("send")} onSubmit={sendNew} onCancel={cancelDraft} autoFocus />
          </div>
        ) : null}
        {error ? (
          <div className="comments-error">
            <FormError>{error}</FormError>
            <button type="button" className="secondary" onClick={() => void reload()}>
              {t("retry")}
            </button>
          </div>
        ) : null}
        {threads === null && !error ? <p className="hint">{t("loading")}</p> : null}
        {threads !== null && threads.length === 0 && !draft ? <p className="hint">{t("none")}</p> : null}
        <div className="comment-threads">{open.map(card)}</div>
        {resolved.length ? (
          <div className="comments-resolved">
            <button type="button" id={ids.resolvedToggle} className="link-button" aria-expanded={showResolved} onClick={() => setShowResolved((s) => !s)}>
              {t("resolvedList")} ({resolved.length})
            </button>
            {showResolved ? <div className="comment-threads">{resolved.map(card)}</div> : null}
          </div>
        ) : null}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {jump ? (
        <button
          type="button"
          className="comment-jump"
          onClick={() => {
            const el = document.getElementById(threadElementId(jump));
            el?.scrollIntoView({ block: "start" });
            el?.focus({ preventScroll: true });
            setJump(null);
          }}
        >
          {t("showThread")}
        </button>
      ) : null}
    </section>
  );
}
