"use client";
// The editor's spelling, wired up: one controller and one body extension for
// the editor's life (a stable extension list), a worker per article language
// (a new one when the language changes), and the names the article's tags
// and bylines carry, accepted as they change.
import type { AnyExtension } from "@tiptap/core";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { copyLanguage } from "@/lib/copy-desk/languages";
import type { EditorAuthor } from "@/lib/articles/editor-state";
import { SpellingController } from "@/components/newsroom/editor/spelling/controller";
import type { SpellingStatus } from "@/components/newsroom/editor/spelling/protocol";
import { SpellClient } from "@/components/newsroom/editor/spelling/spell-client";
import { spellingExtension } from "@/components/newsroom/editor/spelling/spelling-extension";

type Options = {
  articleId: string;
  /** The article's language (BCP 47). */
  lang: string;
  editable: boolean;
  canManageDictionary: boolean;
  /** The article's tags and bylines, live from the shared fields. */
  tags: string[];
  authors: EditorAuthor[];
};

export type Spelling = { controller: SpellingController; extension: AnyExtension; status: SpellingStatus };

const NAME_WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** The words of some names, each part of a hyphenated one too. */
function nameWords(names: string[]): string[] {
  const words = new Set<string>();
  for (const name of names) {
    for (const [word] of name.normalize("NFC").matchAll(NAME_WORD)) {
      words.add(word);
      for (const part of word.split(/['’-]/)) if (part) words.add(part);
    }
  }
  return [...words].sort();
}

export function useSpelling({ articleId, lang, editable, canManageDictionary, tags, authors }: Options): Spelling {
  const [controller] = useState(() => new SpellingController());
  const extension = useMemo(() => spellingExtension(controller), [controller]);
  const checked = copyLanguage(lang)?.dictionary ? lang : null;

  useEffect(() => {
    controller.setContext({ articleId, language: copyLanguage(lang)?.code ?? lang, canManageDictionary, editable });
  }, [controller, articleId, lang, canManageDictionary, editable]);

  useEffect(() => {
    if (!checked) {
      controller.setClient(null);
      return;
    }
    const client = new SpellClient(checked, articleId);
    controller.setClient(client);
    return () => {
      controller.setClient(null);
      client.dispose();
    };
  }, [controller, checked, articleId]);

  // Tag and byline words, accepted from the moment they are on the article.
  const names = nameWords([...tags, ...authors.map((a) => a.byline)]).join("\n");
  const client = useSyncExternalStore(controller.subscribe, () => controller.client, () => null);
  useEffect(() => {
    if (client && names) client.add(names.split("\n"));
  }, [client, names]);

  const status = useSyncExternalStore(controller.subscribe, () => (checked ? (controller.client?.status ?? "loading") : "none"), () => "loading" as const);
  return { controller, extension, status };
}
