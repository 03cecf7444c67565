"use client";
// The table menu: shown under the toolbar while the selection is in a table
// (so it stays in view with the sticky toolbar): the caption, rows and
// columns added or deleted where the caret is, the header row on or off, the
// whole table deleted. Tab and Shift-Tab move between cells (Tiptap's table
// keys; Tab in the last cell adds a row). Adding stops at the table's limits
// (TABLE_LIMITS), which the server would refuse beyond.
import { findParentNode, type Editor } from "@tiptap/core";
import type { Node as PmNode } from "@tiptap/pm/model";
import { TableMap } from "@tiptap/pm/tables";
import { useEditorState } from "@tiptap/react";
import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import { TABLE_LIMITS } from "@/lib/content/extensions";
import styles from "@/components/newsroom/editor/table.module.css";

type MenuState = { caption: string; headerRow: boolean; rows: number; columns: number; canDeleteRow: boolean; canDeleteColumn: boolean; editable: boolean };

const isHeaderRow = (row: PmNode | null) => !!row && row.childCount > 0 && Array.from({ length: row.childCount }, (_, i) => row.child(i)).every((c) => c.type.name === "tableHeader");

function menuState(editor: Editor): MenuState | null {
  const table = findParentNode((node) => node.type.name === "table")(editor.state.selection);
  if (!table) return null;
  const map = TableMap.get(table.node);
  return {
    caption: typeof table.node.attrs.caption === "string" ? table.node.attrs.caption : "",
    headerRow: isHeaderRow(table.node.firstChild),
    rows: map.height,
    columns: map.width,
    canDeleteRow: editor.can().deleteRow(),
    canDeleteColumn: editor.can().deleteColumn(),
    editable: editor.isEditable,
  };
}

export function TableMenu({ editor }: { editor: Editor }) {
  const t = useTranslations("editor");
  const state = useEditorState({ editor, selector: ({ editor: e }) => (e && !e.isDestroyed ? menuState(e) : null) });
  const captionId = useId();
  // The caption being typed: its own state while the field has focus, so the
  // round trip through the document never moves the text cursor.
  const [draft, setDraft] = useState<string | null>(null);
  if (!state) return null;

  const setCaption = (text: string) => {
    setDraft(text);
    editor.commands.updateAttributes("table", { caption: text === "" ? null : text });
  };
  const fullRows = state.rows >= TABLE_LIMITS.maxRows || (state.rows + 1) * state.columns > TABLE_LIMITS.maxCells;
  const fullColumns = state.columns >= TABLE_LIMITS.maxColumns || state.rows * (state.columns + 1) > TABLE_LIMITS.maxCells;
  const chain = () => editor.chain().focus();
  const buttons = [
    { id: "row-above", label: t("table.rowAboveLabel"), title: t("table.rowAbove"), run: () => chain().addRowBefore().run(), disabled: fullRows },
    { id: "row-below", label: t("table.rowBelowLabel"), title: t("table.rowBelow"), run: () => chain().addRowAfter().run(), disabled: fullRows },
    { id: "column-before", label: t("table.columnBeforeLabel"), title: t("table.columnBefore"), run: () => chain().addColumnBefore().run(), disabled: fullColumns },
    { id: "column-after", label: t("table.columnAfterLabel"), title: t("table.columnAfter"), run: () => chain().addColumnAfter().run(), disabled: fullColumns },
    { id: "delete-row", label: t("table.deleteRowLabel"), title: t("table.deleteRow"), run: () => chain().deleteRow().run(), disabled: !state.canDeleteRow },
    { id: "delete-column", label: t("table.deleteColumnLabel"), title: t("table.deleteColumn"), run: () => chain().deleteColumn().run(), disabled: !state.canDeleteColumn },
    { id: "header-row", label: t("table.headerRowLabel"), title: t("table.headerRow"), run: () => chain().toggleHeaderRow().run(), pressed: state.headerRow },
    { id: "delete-table", label: t("table.deleteTableLabel"), title: t("table.deleteTable"), run: () => chain().deleteTable().run() },
  ];
  return (
    <div className={styles.menu} role="toolbar" aria-label={t("table.name")} data-testid="table-menu">
      <label className={styles.caption} htmlFor={captionId}>
        <span>{t("table.caption")}</span>
        <input
          id={captionId}
          type="text"
          value={draft ?? state.caption}
          maxLength={TABLE_LIMITS.maxCaptionChars}
          placeholder={t("table.captionPlaceholder")}
          disabled={!state.editable}
          onFocus={() => setDraft(state.caption)}
          onBlur={() => setDraft(null)}
          onChange={(e) => setCaption(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.nativeEvent.isComposing) {
              e.preventDefault();
              editor.commands.focus();
            }
          }}
        />
      </label>
      <div className={styles.buttons}>
        {buttons.map((b) => (
          <button
            key={b.id}
            type="button"
            title={b.title}
            aria-label={b.title}
            aria-pressed={b.pressed}
            disabled={b.disabled || !state.editable}
            onMouseDown={(e) => e.preventDefault()} // keep the selection in the table
            onClick={b.run}
          >
            {b.label}
          </button>
        ))}
      </div>
    </div>
  );
}
