"use client";
// A comment's text box with @-mentions: typing "@" and the start of a name
// offers matching staff in a list under the box (arrow keys, Enter or Tab
// to pick, Esc to close; the box keeps focus and points at the highlighted
// person with aria-activedescendant). Picking writes "@Display Name" and
// remembers who it was; the comment sends the ids of those still named in
// its text (mention-text.ts). Ctrl/Cmd+Enter sends, Esc (list closed) cancels.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "use-intl";
import { listStaffForMentionsAction } from "@/lib/actions/notifications/list-staff-for-mentions";
import { applyMention, mentionQueryAt, type MentionQuery, type PickedMention } from "@/components/newsroom/comments/mention-text";

/** The text and the people picked while writing it. */
export type MentionDraft = { text: string; picked: PickedMention[] };
type Person = { id: string; displayName: string; penName: string | null };

const SEARCH_DELAY_MS = 150;

type Props = {
  value: MentionDraft;
  onChange: (draft: MentionDraft) => void;
  /** The box's accessible name. */
  label: string;
  placeholder?: string;
  onSubmit?: () => void;
  onCancel?: () => void;
  autoFocus?: boolean;
  /** While sending: the text stays (and keeps focus) but cannot change. */
  readOnly?: boolean;
  maxLength?: number;
  rows?: number;
};

export function MentionInput({ value, onChange, label, placeholder, onSubmit, onCancel, autoFocus, readOnly, maxLength, rows = 3 }: Props) {
  const t = useTranslations("comments");
  const id = useId();
  const listId = `${id}-people`;
  const hintId = `${id}-hint`;
  const box = useRef<HTMLTextAreaElement>(null);
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [active, setActive] = useState(0);
  // The last search found nobody (said under the box).
  const [noMatch, setNoMatch] = useState(false);
  // The "@" whose list Esc closed: not offered again until another "@".
  const [dismissed, setDismissed] = useState<number | null>(null);
  const open = mention !== null && mention.start !== dismissed && people.length > 0;

  // Focused with the caret at the end (an edit goes on from where the text stops).
  useEffect(() => {
    const el = box.current;
    if (!autoFocus || !el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, [autoFocus]);

  // Ask for the people matching the query, a moment after typing stops; a late answer to an older query is dropped.
  const query = mention && mention.start !== dismissed ? mention.query : null;
  useEffect(() => {
    if (query === null) return;
    let stale = false;
    const timer = setTimeout(async () => {
      try {
        const result = await listStaffForMentionsAction({ query });
        if (stale) return;
        const staff = result.ok ? result.staff : [];
        setPeople(staff);
        setNoMatch(result.ok && staff.length === 0 && query !== "");
        setActive(0);
      } catch {
        if (!stale) setPeople([]); // offline: no suggestions, the text still works
      }
    }, SEARCH_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query]);

  function track(text: string, caret: number) {
    const next = mentionQueryAt(text, caret);
    setMention(next);
    if (!next || next.start !== mention?.start) {
      setPeople([]);
      setNoMatch(false);
    }
    if (dismissed !== null && next?.start !== dismissed) setDismissed(null);
  }

  function pick(person: Person) {
    const el = box.current;
    if (!el || !mention) return;
    const next = applyMention(value.text, mention, el.selectionStart, person.displayName);
    onChange({ text: next.text, picked: [...value.picked, { id: person.id, name: person.displayName }] });
    setMention(null);
    setPeople([]);
    setNoMatch(false);
    // After React has written the new text.
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(next.caret, next.caret);
    });
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    // Typing Vietnamese goes through an input method: its keys are not ours.
    if (e.nativeEvent.isComposing) return;
    if (open) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        const step = e.key === "ArrowDown" ? 1 : -1;
        setActive((i) => (i + step + people.length) % people.length);
        return;
      }
      if ((e.key === "Enter" && !e.shiftKey && !e.ctrlKey && !e.metaKey) || e.key === "Tab") {
        e.preventDefault();
        pick(people[active]);
        return;
      }
      if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        setDismissed(mention.start);
        return;
      }
    }
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && onSubmit) {
      e.preventDefault();
      onSubmit();
    } else if (e.key === "Escape" && onCancel) {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  }

  const optionId = (i: number) => `${id}-person-${i}`;
  return (
    <div className="mention-input">
      <textarea
        ref={box}
        value={value.text}
        aria-label={label}
        placeholder={placeholder}
        rows={rows}
        maxLength={maxLength}
        readOnly={readOnly}
        aria-busy={readOnly || undefined}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(active) : undefined}
        aria-describedby={hintId}
        onChange={(e) => {
          onChange({ ...value, text: e.target.value });
          track(e.target.value, e.target.selectionStart);
        }}
        onSelect={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setMention(null)}
      />
      <span id={hintId} className="visually-hidden">
        {t("mentionHint")}
      </span>
      {open ? (
        <ul id={listId} role="listbox" className="mention-list" aria-label={t("mentionList")}>
          {people.map((p, i) => (
            <li
              key={p.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? "is-active" : undefined}
              // Keep the focus (and the caret) in the text box.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(p)}
            >
              <span className="mention-name">{p.displayName}</span>
              {p.penName && p.penName !== p.displayName ? <span className="hint"> {p.penName}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <span className={open ? "visually-hidden" : "hint"} role="status" aria-live="polite">
        {open ? t("mentionCount", { count: people.length }) : query !== null && noMatch ? t("mentionNoMatch") : ""}
      </span>
    </div>
  );
}
