"use client";
// The article's translations: the articles linked to it as the same story in
// other languages, each a link to its editor; linking an existing article
// (found by title or id), unlinking, and starting a new translation in a
// chosen language, which then opens in the editor. The server decides what
// this person may do (lib/articles/translations.ts) and checks it again.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { createTranslationAction } from "@/lib/actions/articles/create-translation";
import { findTranslationCandidatesAction } from "@/lib/actions/articles/find-translation-candidates";
import { linkTranslationAction } from "@/lib/actions/articles/link-translation";
import { unlinkTranslationAction } from "@/lib/actions/articles/unlink-translation";
import type { TranslationsView } from "@/lib/articles/editor-state";
import type { LinkCandidate } from "@/lib/articles/translations";
import { StatusBadge } from "@/components/newsroom/status-label";
import { FormError } from "@/components/newsroom/form-error";
import { useServerStep } from "@/components/newsroom/editor/use-server-step";

type Props = { articleId: string; view: TranslationsView; flush: () => Promise<number | null> };

export function TranslationsPanel({ articleId, view, flush }: Props) {
  const t = useTranslations("editor");
  const router = useRouter();
  const [language, setLanguage] = useState(view.freeLanguages[0]?.tag ?? "");
  const [query, setQuery] = useState("");
  const [candidates, setCandidates] = useState<LinkCandidate[] | null>(null);
  const { busy, error, setError, attempt: act } = useServerStep({ offline: t("translations.offline") });
  // The chosen language may have been taken meanwhile (after a refresh).
  const createLanguage = view.freeLanguages.some((l) => l.tag === language) ? language : (view.freeLanguages[0]?.tag ?? "");

  async function create() {
    // The translation starts from the saved title: save what is typed first.
    if ((await flush()) === null) {
      setError(t("translations.saveFirst"));
      return;
    }
    let id: string | null = null;
    const ok = await act(async () => {
      const result = await createTranslationAction({ articleId, language: createLanguage });
      if (result.ok) id = result.id;
      return result;
    });
    if (ok && id) router.push(`/newsroom/articles/${id}`);
  }

  async function search() {
    await act(async () => {
      const result = await findTranslationCandidatesAction({ articleId, q: query });
      if (result.ok) setCandidates(result.candidates);
      return result;
    });
  }

  async function link(otherId: string) {
    if (await act(() => linkTranslationAction({ articleId, otherId }))) {
      setCandidates(null);
      setQuery("");
      router.refresh();
    }
  }

  async function unlink(id: string) {
    if (await act(() => unlinkTranslationAction({ articleId: id }))) router.refresh();
  }

  return (
    <section className="workflow translation-panel" aria-label={t("translations.title")} data-testid="translations">
      <h2>{t("translations.title")}</h2>
      {view.links.length ? (
        <ul className="translation-list">
          {view.links.map((l) => (
            <li key={l.id} data-testid="translation" data-language={l.language}>
              <span className="translation-language" lang={l.language}>
                {l.languageName}
              </span>{" "}
              <Link href={`/newsroom/articles/${l.id}`} lang={l.language}>
                {l.title || t("untitled")}
              </Link>{" "}
              <StatusBadge status={l.status} />{" "}
              {view.canChange && l.canUnlink ? (
                <button type="button" className="secondary" disabled={busy} onClick={() => unlink(l.id)}>
                  {t("translations.unlink")}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t("translations.none")}</p>
      )}

      {view.canChange && view.freeLanguages.length ? (
        <div className="workflow-step">
          <label>
            {t("translations.createLanguage")}
            <select value={createLanguage} disabled={busy} onChange={(e) => setLanguage(e.target.value)}>
              {view.freeLanguages.map((l) => (
                <option key={l.tag} value={l.tag} lang={l.tag}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={busy || !createLanguage} onClick={create}>
            {t("translations.create")}
          </button>
        </div>
      ) : null}

      {view.canChange ? (
        <div className="workflow-step">
          <form
            role="search"
            aria-label={t("translations.linkTitle")}
            onSubmit={(e) => {
              e.preventDefault();
              void search();
            }}
          >
            <label>
              {t("translations.linkSearch")}
              <input type="search" value={query} maxLength={200} onChange={(e) => setQuery(e.target.value)} />
            </label>
            <button type="submit" className="secondary" disabled={busy || !query.trim()}>
              {t("translations.find")}
            </button>
          </form>
          {candidates && candidates.length === 0 ? <p className="hint">{t("translations.noCandidates")}</p> : null}
          {candidates?.length ? (
            <ul className="translation-candidates" data-testid="translation-candidates">
              {candidates.map((c) => (
                <li key={c.id} data-testid="translation-candidate" data-language={c.language}>
                  <span lang={c.language}>{c.languageName}</span> <span lang={c.language}>{c.title || t("untitled")}</span> <StatusBadge status={c.status} />{" "}
                  <button type="button" disabled={busy} onClick={() => link(c.id)}>
                    {t("translations.link")}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <FormError>{error}</FormError>
    </section>
  );
}
