"use client";
// "Lan, Minh are editing · Nam is viewing": the other people who have this
// article open, each with a dot in the colour of their caret in the body,
// those who edit first, then those who may only read.
import { useTranslations } from "use-intl";
import styles from "@/components/newsroom/editor/collab/collab.module.css";
import type { Collaborator, PresenceMode } from "@/components/newsroom/editor/collab/awareness";

const MODES: { mode: PresenceMode; key: "presence" | "presenceViewing" }[] = [
  { mode: "editing", key: "presence" },
  { mode: "viewing", key: "presenceViewing" },
];

export function Presence({ others }: { others: Collaborator[] }) {
  const t = useTranslations("editor");
  const groups = MODES.map(({ mode, key }) => ({ mode, key, people: others.filter((o) => o.mode === mode) })).filter((g) => g.people.length);
  if (!groups.length) return null;
  return (
    <p className="presence" data-testid="presence">
      {groups.map(({ mode, key, people }, i) => (
        <span key={mode} data-mode={mode}>
          {i > 0 ? " · " : null}
          {people.map((o) => (
            <span key={o.id} className={styles.presenceDot} style={{ backgroundColor: o.color }} aria-hidden="true" />
          ))}
          {t(key, { names: people.map((o) => o.name).join(", "), count: people.length })}
        </span>
      ))}
    </p>
  );
}
