"use client";
// The suggestions menu for one misspelt word (right-click or F7 in the body,
// a word's button under the headline or lead): up to five corrections, "Add
// to the newsroom dictionary" (editors and admins), "Ignore in this
// article". A menu by the ARIA pattern: focus on the first item, arrow keys,
// Home/End, Escape or Tab to close, focus back where it was.
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { useTranslations } from "use-intl";
import { addDictionaryWord } from "@/lib/actions/spelling/add-word";
import { ignoreWordInArticle } from "@/lib/actions/spelling/ignore-word";
import type { MenuRequest, SpellingController } from "@/components/newsroom/editor/spelling/controller";
import styles from "@/components/newsroom/editor/spelling/spelling.module.css";

export function SpellingMenu({ controller }: { controller: SpellingController }) {
  const menu = useSyncExternalStore(controller.subscribe, () => controller.menu, () => null);
  // A new request is a new menu (its own suggestions and focus).
  return menu ? <OpenMenu key={`${menu.word}:${menu.left}:${menu.top}`} controller={controller} menu={menu} /> : null;
}

function OpenMenu({ controller, menu }: { controller: SpellingController; menu: MenuRequest }) {
  const t = useTranslations("spelling.editor");
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const list = useRef<HTMLUListElement | null>(null);
  const { canManageDictionary, editable, articleId, language } = controller.context;

  useEffect(() => {
    let live = true;
    void controller.client?.suggest(menu.word).then((found) => live && setSuggestions(found));
    return () => {
      live = false;
    };
  }, [controller, menu.word]);

  const items = () => Array.from(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? []);
  useEffect(() => {
    items()[0]?.focus();
  }, [suggestions]);

  useEffect(() => {
    const outside = (e: MouseEvent) => {
      if (list.current && !list.current.contains(e.target as Node)) controller.closeMenu();
    };
    document.addEventListener("mousedown", outside);
    return () => document.removeEventListener("mousedown", outside);
  }, [controller]);

  const close = () => {
    controller.closeMenu();
    menu.restoreFocus();
  };
  const accept = (words: string[]) => controller.client?.add(words);

  const choose = (text: string) => {
    close();
    menu.replace(text);
  };
  const addToDictionary = async () => {
    close();
    const result = await addDictionaryWord({ language, word: menu.word });
    if (!result.ok) return controller.say(result.error, true);
    accept([menu.word]);
    controller.say(t("added", { word: menu.word }));
  };
  const ignore = async () => {
    close();
    // Accepted here at once; kept for everyone once the server has it.
    accept([menu.word]);
    const result = await ignoreWordInArticle({ articleId, word: menu.word });
    controller.say(result.ok ? t("ignored", { word: menu.word }) : result.error, !result.ok);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (e.key === "ArrowDown") move(at + 1);
    else if (e.key === "ArrowUp") move(at - 1);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(all.length - 1);
    else if (e.key === "Escape" || e.key === "Tab") close();
    else return;
    e.preventDefault();
  };

  // Kept inside the window: a menu near the right or bottom edge opens the other way.
  const left = Math.max(8, Math.min(menu.left, window.innerWidth - 260));
  const top = menu.top + 240 > window.innerHeight ? Math.max(8, menu.top - 240) : menu.top + 4;

  return (
    <ul ref={list} role="menu" aria-label={t("menuLabel", { word: menu.word })} className={styles.menu} style={{ left, top }} onKeyDown={onKeyDown}>
      {suggestions === null ? (
        <li role="menuitem" aria-disabled="true" className={styles.quiet}>
          {t("loadingSuggestions")}
        </li>
      ) : suggestions.length === 0 ? (
        <li role="menuitem" aria-disabled="true" className={styles.quiet}>
          {t("noSuggestions")}
        </li>
      ) : (
        suggestions.map((s) => (
          <li key={s} role="menuitem" tabIndex={-1} className={styles.suggestion} onClick={() => choose(s)} onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), choose(s))}>
            {s}
          </li>
        ))
      )}
      <li role="separator" />
      {canManageDictionary ? (
        <li role="menuitem" tabIndex={-1} onClick={() => void addToDictionary()} onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), void addToDictionary())}>
          {t("addToDictionary")}
        </li>
      ) : null}
      {editable ? (
        <li role="menuitem" tabIndex={-1} onClick={() => void ignore()} onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), void ignore())}>
          {t("ignore")}
        </li>
      ) : null}
    </ul>
  );
}
