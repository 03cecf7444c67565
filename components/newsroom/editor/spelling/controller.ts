// What the spelling extension (spelling-extension.ts) and the React parts
// (the menu, the note, the title and lead lists) share: the worker client of
// the moment and the menu being asked for. Made once per editor, so the
// editor's extension list stays the same while the language or the worker
// changes underneath (a new extension list would rebuild the editor).
import type { SpellClient } from "@/components/newsroom/editor/spelling/spell-client";

/** A misspelt word the menu is open for, and where to show it (viewport pixels). */
export type MenuRequest = {
  word: string;
  /** Where the word is in the body (document positions); absent for the title and lead. */
  range?: { from: number; to: number };
  left: number;
  top: number;
  /** Replaces the word with a suggestion. */
  replace: (text: string) => void;
  /** Puts the focus back where it was when the menu closes. */
  restoreFocus: () => void;
};

/** What the menu's actions need to know about the article and the person. */
export type SpellingContext = { articleId: string; language: string; canManageDictionary: boolean; editable: boolean };

export class SpellingController {
  client: SpellClient | null = null;
  menu: MenuRequest | null = null;
  context: SpellingContext = { articleId: "", language: "", canManageDictionary: false, editable: false };
  /** The last thing the menu did or failed to do, said in the spelling note. */
  notice: { text: string; error: boolean } | null = null;
  private listeners = new Set<() => void>();
  private clientOff: (() => void) | null = null;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever anything here does (a snapshot for useSyncExternalStore). */
  version = 0;

  private emit() {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  setClient(client: SpellClient | null) {
    this.clientOff?.();
    this.client = client;
    this.clientOff = client ? client.subscribe(() => this.emit()) : null;
    this.emit();
  }

  openMenu(request: MenuRequest) {
    this.menu = request;
    this.emit();
  }

  setContext(context: SpellingContext) {
    this.context = context;
  }

  say(text: string, error = false) {
    this.notice = { text, error };
    this.emit();
  }

  closeMenu() {
    this.menu = null;
    this.emit();
  }
}
