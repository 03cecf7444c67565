"use client";
// A date (and time) typed in the newsroom's language rather than the
// browser's: "30/11/2026 07:00" for Vietnamese, "11/30/2026 07:00" for
// English (the order comes from the language itself, lib/time/typed-date.ts),
// with the format shown under the field and a clear message when the text is
// not a date. Its value is the wall clock in the site's time zone that the
// server actions read ("2026-11-30T07:00", or "2026-11-30" for a date):
// - in a panel, read it on demand through `handle` (read() shows the error
//   and returns null when the text is not a date);
// - in a plain form, give it a `name`: a hidden input carries the value, and
//   text that is not a date stops the form (the browser's own validity
//   check, with this field's message).
// The text box is uncontrolled, so whatever was typed before the page came
// to life is read too.
import { useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type ReactNode, type Ref } from "react";
import { useLocale, useTranslations } from "use-intl";
import { formatTyped, parseTyped, patternHint, typedDatePattern, type TypedDateResult } from "@/lib/time/typed-date";
import styles from "@/components/newsroom/date-time-field.module.css";

export type DateTimeFieldHandle = {
  /** The value ("" when empty), or null when the text is not a date (the error is then shown and the field focused). */
  read(): string | null;
};

type Props = {
  label: ReactNode;
  /** The value to start from, as the server gives it ("2026-11-30T07:00"). */
  defaultValue?: string | null;
  /** With a time (HH:mm) after the date; true unless said otherwise. */
  withTime?: boolean;
  /** Submits the value under this name in a plain form. */
  name?: string;
  handle?: Ref<DateTimeFieldHandle>;
  /** Told of each change: the value, or null while the text is not a date. */
  onValue?: (value: string | null) => void;
  className?: string;
  testId?: string;
};

/** A day whose number tells day and month apart, for the example under the field. */
const EXAMPLE = "2026-11-30T07:00";

export function DateTimeField({ label, defaultValue, withTime = true, name, handle, onValue, className, testId }: Props) {
  const t = useTranslations("newsroom");
  const locale = useLocale();
  const pattern = useMemo(() => typedDatePattern(locale, withTime), [locale, withTime]);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(() => (defaultValue ? parseTyped(formatTyped(defaultValue, pattern), pattern) : { ok: true as const, value: "" }));
  const [showError, setShowError] = useState(false);
  const hint = patternHint(pattern);
  const example = formatTyped(withTime ? EXAMPLE : EXAMPLE.slice(0, 10), pattern);
  const message = value.ok ? null : t(`dateField.${value.problem}`, { pattern: hint, example });

  /** Reads the text box, remembers the outcome, and keeps the browser's validity in step. */
  function check(): TypedDateResult {
    const result = parseTyped(input.current?.value ?? "", pattern);
    setValue(result);
    input.current?.setCustomValidity(result.ok ? "" : t(`dateField.${result.problem}`, { pattern: hint, example }));
    onValue?.(result.ok ? result.value : null);
    return result;
  }

  // Text typed before the page came to life counts too.
  useEffect(() => {
    if (input.current && input.current.value !== input.current.defaultValue) check();
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useImperativeHandle(handle, () => ({
    read() {
      const result = check();
      if (result.ok) return result.value;
      setShowError(true);
      input.current?.focus();
      return null;
    },
  }));

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = showError && message !== null;
  return (
    <div className={className ? `${styles.field} ${className}` : styles.field} data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        defaultValue={formatTyped(defaultValue, pattern)}
        placeholder={hint}
        aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
        aria-invalid={invalid || undefined}
        onInput={() => {
          const result = check();
          // A shown error goes as soon as the text is right; a new one waits for the person to leave the field.
          if (result.ok) setShowError(false);
        }}
        onBlur={() => setShowError(!check().ok)}
        onInvalid={() => setShowError(true)}
      />
      <span id={hintId} className="hint">
        {t("dateField.hint", { pattern: hint, example })}
      </span>
      {invalid ? (
        <span id={errorId} className="field-error" role="alert">
          {message}
        </span>
      ) : null}
      {name ? <input type="hidden" name={name} value={value.ok ? value.value : ""} /> : null}
    </div>
  );
}
