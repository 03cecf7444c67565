"use client";
// The headline and the lead (sapo): shared texts two people can type into at
// once, with typographic quotes as you type (typography-input.ts) and their
// length against the newsroom's recommendation. The headline is one line of
// text in a box that grows to show all of it: Enter moves on to the lead.
import { useMemo, useRef, type KeyboardEvent } from "react";
import { useTranslations } from "use-intl";
import { ARTICLE_TEXT_MAX } from "@/lib/articles/field-limits";
import type { WritingSettings } from "@/lib/settings/writing";
import { mergeRefs, useAutoGrow } from "@/components/newsroom/editor/auto-grow";
import { useSharedText } from "@/components/newsroom/editor/collab/use-shared-text";
import { FieldError } from "@/components/newsroom/editor/fields/field-error";
import type { FieldErrors, FieldsSource } from "@/components/newsroom/editor/fields/source";
import { useTypographyInput } from "@/components/newsroom/editor/fields/typography-input";
import { useLegacyFieldPaste } from "@/components/newsroom/editor/copy-desk/use-legacy-field-paste";
import { LengthCounter } from "@/components/newsroom/editor/length-counter";
import type { SpellingController } from "@/components/newsroom/editor/spelling/controller";
import { FieldSpelling } from "@/components/newsroom/editor/spelling/field-spelling";
import styles from "@/components/newsroom/editor/writing.module.css";

type Props = {
  source: FieldsSource;
  /** The page's values, shown until the shared document has them. */
  initial: { title: string; lead: string };
  /** The article's language (spelling, hyphenation, screen readers). */
  lang: string;
  errors: FieldErrors;
  writing: WritingSettings;
  /** The editor's spelling: misspelt words listed under each box. */
  spelling?: SpellingController;
};

export function TitleLead({ source, initial, lang, errors, writing, spelling }: Props) {
  const t = useTranslations("editor");
  const { smartTypography, limits } = writing;
  const title = useSharedText(source, "title", initial.title);
  const lead = useSharedText(source, "lead", initial.lead);
  const titleProps = useTypographyInput(title, { smartTypography, singleLine: true });
  const leadProps = useTypographyInput(lead, { smartTypography });
  // Text pasted in TCVN3 or VNI becomes Unicode, with a notice and an Undo.
  const titleLegacy = useLegacyFieldPaste("title", title, { singleLine: true });
  const leadLegacy = useLegacyFieldPaste("lead", lead);
  const grow = useAutoGrow(title.value);
  const titleBox = useRef<HTMLTextAreaElement | null>(null);
  const titleRef = useMemo(() => mergeRefs(titleProps.ref, grow, titleBox), [titleProps.ref, grow]);
  const leadBox = useRef<HTMLTextAreaElement | null>(null);
  const leadRef = useMemo(() => mergeRefs(leadProps.ref, leadBox), [leadProps.ref]);

  const onTitleKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter ends an input method's composition; otherwise it moves on.
    if (e.key === "Enter" && !e.nativeEvent.isComposing) {
      e.preventDefault();
      leadBox.current?.focus();
      return;
    }
    titleProps.onKeyDown(e);
  };

  return (
    <>
      {/* Textareas are labelled by id: inside a <label> their text would become part of the label. */}
      <div className="field">
        <label htmlFor="field-title">{t("fields.title")}</label>
        <textarea
          id="field-title"
          className={`title-input ${styles.grow}`}
          rows={1}
          lang={lang}
          maxLength={ARTICLE_TEXT_MAX.title}
          aria-describedby="field-title-count"
          {...titleProps}
          ref={titleRef}
          onKeyDown={onTitleKeyDown}
          onPaste={titleLegacy.onPaste}
        />
        {titleLegacy.notice}
        <LengthCounter id="field-title-count" text={title.value} limit={limits.title} />
        <FieldSpelling controller={spelling} field="title" text={title.value} box={() => titleBox.current} write={title.inputProps.onChange} />
        <FieldError errors={errors} name="title" />
      </div>
      <div className="field">
        <label htmlFor="field-lead">{t("fields.lead")}</label>
        <textarea id="field-lead" lang={lang} rows={3} maxLength={ARTICLE_TEXT_MAX.lead} aria-describedby="field-lead-count" {...leadProps} ref={leadRef} onPaste={leadLegacy.onPaste} />
        {leadLegacy.notice}
        <LengthCounter id="field-lead-count" text={lead.value} limit={limits.lead} />
        <FieldSpelling controller={spelling} field="lead" text={lead.value} box={() => leadBox.current} write={lead.inputProps.onChange} />
        <FieldError errors={errors} name="lead" />
      </div>
    </>
  );
}
