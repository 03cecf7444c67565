"use client";
// "Lan, Minh are editing": the other people who have this article open, each
// with a dot in the colour of their caret in the body.
import { useTranslations } from "use-intl";
import styles from "@/components/newsroom/editor/collab/collab.module.css";
import type { CollabUser } from "@/components/newsroom/editor/collab/use-collaborators";

export function Presence({ others }: { others: CollabUser[] }) {
  const t = useTranslations("editor");
  if (!others.length) return null;
  return (
    <p className="presence" data-testid="presence">
      {others.map((o) => (
        <span key={o.id} className={styles.presenceDot} style={{ backgroundColor: o.color }} aria-hidden="true" />
      ))}
      {t("presence", { names: others.map((o) => o.name).join(", "), count: others.length })}
    </p>
  );
}
