// The newsroom dictionary (/newsroom/dictionary): the words the spelling check
// accepts in every article of a language besides its Hunspell dictionary.
// Everyone on staff reads it; the desk (`dictionary:manage`) adds and removes
// words. One language at a time (?language=vi), searchable (?q=), newest
// first, 100 a page. The data layer is lib/spelling/newsroom-words.ts.
import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/site/pagination";
import { DictionaryWords } from "@/app/newsroom/dictionary/dictionary-words";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { copyLanguage, spellingLanguages } from "@/lib/copy-desk/languages";
import { db } from "@/lib/db";
import { formatNumber } from "@/lib/i18n/format";
import { newsroomLocale } from "@/lib/i18n/locale";
import { dateFormats, getT } from "@/lib/i18n/server";
import { siteSettings } from "@/lib/site/settings";
import { dictionaryPackage } from "@/lib/spelling/dictionary-files";
import { dictionarySizes, listDictionary } from "@/lib/spelling/newsroom-words";
import { toZonedIso } from "@/lib/time/zones";

const PER_PAGE = 100;

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "spelling.page");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The page's address for a language, search and page number. */
function pageHref(language: string, q: string, page = 1): string {
  const params = new URLSearchParams({ language });
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  return `/newsroom/dictionary?${params}`;
}

export default async function DictionaryPage({ searchParams }: Props) {
  const user = await requireUser("newsroom:enter");
  const locale = await newsroomLocale(user);
  const t = getT(locale, "spelling.page");
  const params = await searchParams;
  const { siteLanguage, timeZone } = await siteSettings();
  const languages = spellingLanguages();
  // The language asked for, else the site's when it has spelling, else the first.
  const asked = copyLanguage(one(params.language)) ?? copyLanguage(siteLanguage);
  const language = (asked?.dictionary ? asked : languages[0]).code;
  const q = one(params.q).trim().slice(0, 100);
  const [entries, sizes] = await Promise.all([listDictionary(db, language, q), dictionarySizes(db)]);
  const pages = Math.max(1, Math.ceil(entries.length / PER_PAGE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(one(params.page), 10) || 1));
  const { dateTime } = dateFormats(locale, timeZone);
  const names = new Intl.DisplayNames([locale], { type: "language" });
  const nameOf = (code: string) => names.of(code) ?? code;
  const manager = can(user.role, "dictionary:manage");

  const rows = entries.slice((page - 1) * PER_PAGE, page * PER_PAGE).map((e) => ({
    id: e.id,
    word: e.word,
    addedBy: e.addedBy?.displayName ?? null,
    added: dateTime(e.createdAt),
    addedIso: toZonedIso(e.createdAt, timeZone),
  }));

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="hint">{manager ? t("managers") : t("askDesk")}</p>
      <form method="get" action="/newsroom/dictionary" className="filters" role="search" aria-label={t("searchLabel")}>
        <label>
          {t("languages")}
          <select name="language" defaultValue={language}>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {nameOf(l.code)} ({formatNumber(sizes[l.code] ?? 0, locale)})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("searchLabel")}
          <input name="q" type="search" defaultValue={q} />
        </label>
        <button type="submit">{t("search")}</button>
        {q ? <Link href={pageHref(language, "")}>{t("clearSearch")}</Link> : null}
      </form>
      {dictionaryPackage(language) ? null : <p className="notice notice-warning">{t("notInstalled", { language: nameOf(language) })}</p>}
      <DictionaryWords
        language={language}
        manager={manager}
        rows={rows}
        caption={q ? t("captionFiltered", { count: entries.length, query: q }) : t("caption", { count: entries.length })}
        empty={entries.length === 0 ? (q ? t("noMatch", { query: q }) : t("empty")) : null}
      />
      <Pagination page={page} pages={pages} href={(n) => pageHref(language, q, n)} locale={locale} />
    </>
  );
}
