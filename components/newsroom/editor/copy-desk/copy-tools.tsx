"use client";
// The copy desk's tools beside the editor (rendered by the counts & checks
// panel): the tone-mark offer (tone-style-offer.tsx) and "convert the
// selection" from TCVN3 or VNI for body text in an old encoding that was not
// caught as it was pasted (legacy-paste.ts; Ctrl/Cmd+Alt+U does the same and
// tells the encoding by itself). What the conversion did is said in a live
// region, for the buttons and the shortcut alike.
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useContext, useId } from "react";
import { useTranslations } from "use-intl";
import type { ToneMarkStyle } from "@/lib/settings/writing";
import type { LegacyEncoding } from "@/lib/vietnamese/legacy-encodings";
import { SharedDocumentContext } from "@/components/newsroom/editor/collab/use-shared-document";
import styles from "@/components/newsroom/editor/copy-desk/copy-tools.module.css";
import { legacyStateOf, type SelectionOutcome } from "@/components/newsroom/editor/copy-desk/legacy-paste";
import { ToneStyleOffer } from "@/components/newsroom/editor/copy-desk/tone-style-offer";

function ConvertSelection({ editor }: { editor: Editor | null }) {
  const t = useTranslations("copyDesk");
  const headingId = useId();
  const shared = useContext(SharedDocumentContext);
  const outcome = useEditorState({
    editor,
    selector: ({ editor: e }): SelectionOutcome | null => (e ? legacyStateOf(e.state).outcome : null),
  });
  // From the shared document, which re-renders this as access changes (the
  // editor's own flag follows it a moment later, without a render).
  const editable = !!editor && (shared ? shared.loaded && !shared.readOnly : true);
  const convert = (encoding: LegacyEncoding) => {
    if (!editor?.isEditable) return;
    // Apart, not chained: a chain dispatches nothing when a command says no,
    // and the outcome ("select the text first") is recorded either way.
    editor.commands.focus();
    editor.commands.convertSelectionFromLegacy(encoding);
  };
  const encoding = outcome?.encoding ? t(`legacy.encodings.${outcome.encoding}`) : "";

  return (
    <section aria-labelledby={headingId} data-testid="convert-selection">
      <h3 id={headingId}>{t("tools.heading")}</h3>
      <p className={styles.hint}>{t("tools.hint")}</p>
      <div className={styles.buttons}>
        <button type="button" disabled={!editable} onClick={() => convert("tcvn3")}>
          {t("tools.fromTcvn3")}
        </button>
        <button type="button" disabled={!editable} onClick={() => convert("vni")}>
          {t("tools.fromVni")}
        </button>
      </div>
      <p role="status">{outcome ? t(`tools.outcome.${outcome.kind}`, { encoding }) : null}</p>
    </section>
  );
}

export function CopyTools({ editor, toneMarkStyle }: { editor: Editor | null; toneMarkStyle: ToneMarkStyle }) {
  return (
    <div className={styles.tools} data-testid="copy-tools">
      <ToneStyleOffer editor={editor} toneMarkStyle={toneMarkStyle} />
      <ConvertSelection editor={editor} />
    </div>
  );
}
