// The browser's copy of unsaved work: written on every change, removed only
// when the server has confirmed a save of exactly that state. A crash, a
// reload or a lost connection therefore never loses text.
import type { EditorFields } from "@/lib/articles/editor-state";

export type LocalCopy = { articleId: string; baseVersion: number; fields: EditorFields; savedAt: string };

const key = (articleId: string) => `sapo:unsaved:${articleId}`;

export function readLocalCopy(articleId: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key(articleId));
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

export function writeLocalCopy(copy: LocalCopy): boolean {
  try {
    window.localStorage.setItem(key(copy.articleId), JSON.stringify(copy));
    return true;
  } catch {
    return false; // storage full or disabled: the server save still runs
  }
}

export function clearLocalCopy(articleId: string): void {
  try {
    window.localStorage.removeItem(key(articleId));
  } catch {
    // nothing to do
  }
}

/** Same content? (Key order in the JSON is stable: both come from the same code.) */
export function sameFields(a: EditorFields, b: EditorFields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
