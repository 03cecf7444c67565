// How a co-author's caret and selection look in the body (the
// CollaborationCaret extension's render options): a bar and a name label in
// their colour (user-color.ts), hidden from screen readers (the presence
// line names everyone; a name read out in the middle of the text would not
// help), and a light tint of that colour behind their selection.
import type { DecorationAttrs } from "@tiptap/pm/view";
import styles from "@/components/newsroom/editor/collab/collab.module.css";

type AwarenessUser = Record<string, unknown>;

const colorOf = (user: AwarenessUser) => (typeof user.color === "string" && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : "#555555");

export function renderCaret(user: AwarenessUser): HTMLElement {
  const color = colorOf(user);
  const caret = document.createElement("span");
  caret.className = styles.caret;
  caret.style.borderColor = color;
  caret.setAttribute("aria-hidden", "true");
  const label = document.createElement("span");
  label.className = styles.caretLabel;
  label.style.backgroundColor = color;
  label.textContent = typeof user.name === "string" ? user.name : "";
  caret.append(label);
  return caret;
}

/** 20 % of the colour: the text under a selection stays readable. */
export function renderSelection(user: AwarenessUser): DecorationAttrs {
  return { style: `background-color: ${colorOf(user)}33`, class: "collab-selection" };
}
