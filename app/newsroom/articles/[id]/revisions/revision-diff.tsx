// Side-by-side differences between two revisions: removed words on the left,
// added words on the right (on phones one above the other, each labelled),
// for title, lead and body. A server component:
// the texts never travel to the browser twice.
import { getT } from "@/lib/i18n/server";
import { diffWords, type DiffPart } from "@/lib/articles/revision-diff";
import type { RevisionTexts } from "@/lib/articles/revision-text";

function Side({ parts, show }: { parts: DiffPart[]; show: "removed" | "added" }) {
  return (
    <>
      {parts
        .filter((p) => p.kind === "same" || p.kind === show)
        .map((p, i) =>
          p.kind === "same" ? (
            <span key={i}>{p.text}</span>
          ) : show === "removed" ? (
            <del key={i}>{p.text}</del>
          ) : (
            <ins key={i}>{p.text}</ins>
          ),
        )}
    </>
  );
}

const FIELDS: (keyof RevisionTexts)[] = ["title", "lead", "body"];

type Props = { before: RevisionTexts; after: RevisionTexts; beforeLabel: string; afterLabel: string; locale: string };

export function RevisionDiff({ before, after, beforeLabel, afterLabel, locale }: Props) {
  const t = getT(locale, "editor");
  const labels: Record<keyof RevisionTexts, string> = { title: t("fields.title"), lead: t("fields.lead"), body: t("fields.body") };
  return (
    <section className="diff" aria-label={t("revisionsPage.differences")}>
      <div className="diff-head">
        <h2 data-label={t("revisionsPage.older")}>{beforeLabel}</h2>
        <h2 data-label={t("revisionsPage.newer")}>{afterLabel}</h2>
      </div>
      {FIELDS.map((key) => {
        const parts = diffWords(before[key], after[key]);
        return (
          <div key={key} className="diff-row" data-testid={`diff-${key}`}>
            <h3>{labels[key]}</h3>
            <div className="diff-cols">
              <div className="diff-before" data-label={t("revisionsPage.older")}>
                <Side parts={parts} show="removed" />
              </div>
              <div className="diff-after" data-label={t("revisionsPage.newer")}>
                <Side parts={parts} show="added" />
              </div>
            </div>
          </div>
        );
      })}
    </section>
  );
}
