// Side-by-side differences between two revisions: removed words on the left,
// added words on the right, for title, lead and body.
import { diffWords, type DiffPart } from "@/lib/diff";
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

const FIELDS: [keyof RevisionTexts, string][] = [
  ["title", "Title"],
  ["lead", "Lead"],
  ["body", "Body"],
];

export function RevisionDiff({ before, after, beforeLabel, afterLabel }: { before: RevisionTexts; after: RevisionTexts; beforeLabel: string; afterLabel: string }) {
  return (
    <section className="diff" aria-label="Differences">
      <div className="diff-head">
        <h2>{beforeLabel}</h2>
        <h2>{afterLabel}</h2>
      </div>
      {FIELDS.map(([key, label]) => {
        const parts = diffWords(before[key], after[key]);
        return (
          <div key={key} className="diff-row" data-testid={`diff-${key}`}>
            <h3>{label}</h3>
            <div className="diff-cols">
              <div className="diff-before">
                <Side parts={parts} show="removed" />
              </div>
              <div className="diff-after">
                <Side parts={parts} show="added" />
              </div>
            </div>
          </div>
        );
      })}
    </section>
  );
}
