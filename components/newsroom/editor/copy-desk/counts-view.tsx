"use client";
// The panel's counts: syllables (chữ) for Vietnamese, words, characters and
// reading time of the body, and the headline's and lead's lengths, with the
// rule they are counted by (lib/copy-desk/counts.ts) a click away.
import { useTranslations } from "use-intl";
import { copyLanguage } from "@/lib/copy-desk/languages";
import type { TextCounts } from "@/lib/copy-desk/counts";
import type { CopyDeskView } from "@/components/newsroom/editor/copy-desk/use-copy-desk";
import styles from "@/components/newsroom/editor/copy-desk/checks-panel.module.css";

/** Reading speed for a language the desk does not know (as lib/copy-desk/counts.ts assumes). */
const DEFAULT_PER_MINUTE = 200;

export function CountsView({ counts, lang }: { counts: CopyDeskView["counts"]; lang: string }) {
  const t = useTranslations("copyDesk.panel");
  const line = (c: TextCounts, reading: boolean) =>
    [
      c.unit === "syllable" ? t("syllables", { count: c.units }) : null,
      t("words", { count: c.words }),
      t("characters", { count: c.characters }),
      reading ? t("reading", { count: c.readingMinutes }) : null,
    ]
      .filter(Boolean)
      .join(" · ");
  const perMinute = copyLanguage(lang)?.perMinute ?? DEFAULT_PER_MINUTE;
  return (
    <>
      <dl className={styles.counts} data-testid="copy-desk-counts" data-unit={counts.body.unit}>
        <dt>{t("body")}</dt>
        <dd data-testid="count-body">{line(counts.body, true)}</dd>
        <dt>{t("headline")}</dt>
        <dd data-testid="count-title">{line(counts.title, false)}</dd>
        <dt>{t("lead")}</dt>
        <dd data-testid="count-lead">{line(counts.lead, false)}</dd>
      </dl>
      <details className={styles.rule}>
        <summary>{t("howCounted")}</summary>
        <p>{counts.body.unit === "syllable" ? t("ruleSyllable", { perMinute }) : t("ruleWord", { perMinute })}</p>
      </details>
    </>
  );
}
