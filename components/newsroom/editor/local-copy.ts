// The browser's copy of unsaved work: written on every change, removed only
// when the server has confirmed a save of exactly that state. A crash, a
// reload or a lost connection therefore never loses text.
// Copies belong to the person who typed them (keyed by user and article): on
// a shared newsroom computer nobody is offered someone else's text, and
// signing out removes the person's copies (clearLocalCopiesOf).
import type { EditorFields } from "@/lib/articles/editor-state";

export type LocalCopy = { userId: string; articleId: string; baseVersion: number; fields: EditorFields; savedAt: string };

const PREFIX = "sapo:unsaved:";
// Ids are encoded so that neither can contain the ":" that separates them.
const personPrefix = (userId: string) => `${PREFIX}${encodeURIComponent(userId)}:`;
const key = (userId: string, articleId: string) => `${personPrefix(userId)}${encodeURIComponent(articleId)}`;

export function readLocalCopy(userId: string, articleId: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key(userId, articleId));
    const copy = raw ? (JSON.parse(raw) as LocalCopy) : null;
    // The record must name this person and article too, whatever key it sits under.
    return copy && copy.userId === userId && copy.articleId === articleId ? copy : null;
  } catch {
    return null;
  }
}

export function writeLocalCopy(copy: LocalCopy): boolean {
  try {
    window.localStorage.setItem(key(copy.userId, copy.articleId), JSON.stringify(copy));
    return true;
  } catch {
    return false; // storage full or disabled: the server save still runs
  }
}

export function clearLocalCopy(userId: string, articleId: string): void {
  try {
    window.localStorage.removeItem(key(userId, articleId));
  } catch {
    // nothing to do
  }
}

/**
 * At sign-out: removes every copy of this person's, and any left from when
 * copies were kept per article only ("sapo:unsaved:<article>", whose author
 * is unknown, so nobody may restore them). Other people's copies stay.
 */
export function clearLocalCopiesOf(userId: string): void {
  try {
    const storage = window.localStorage;
    const mine = personPrefix(userId);
    const doomed: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(mine) || (k?.startsWith(PREFIX) && !k.includes(":", PREFIX.length))) doomed.push(k);
    }
    for (const k of doomed) storage.removeItem(k);
  } catch {
    // storage disabled: there is nothing kept to remove
  }
}

/** Same content? (Key order in the JSON is stable: both come from the same code.) */
export function sameFields(a: EditorFields, b: EditorFields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
