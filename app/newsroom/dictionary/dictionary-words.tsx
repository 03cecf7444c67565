"use client";
// The dictionary page's list of one language's words, with the desk's add
// form and remove buttons. What was done is said in a polite live region that
// stays on the page while the list refreshes; a refusal in the form's error.
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { FormError } from "@/components/newsroom/form-error";
import { addDictionaryWord } from "@/lib/actions/spelling/add-word";
import { removeDictionaryWord } from "@/lib/actions/spelling/remove-word";
import { WORD_MAX_LENGTH } from "@/lib/spelling/word-form";

export type DictionaryRow = { id: string; word: string; addedBy: string | null; added: string; addedIso: string };

type Props = {
  language: string;
  /** Whether the viewer may add and remove words (dictionary:manage). */
  manager: boolean;
  rows: DictionaryRow[];
  caption: string;
  /** The sentence shown instead of an empty table; null when there are rows. */
  empty: string | null;
};

export function DictionaryWords({ language, manager, rows, caption, empty }: Props) {
  const t = useTranslations("spelling.page");
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  function add(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const word = String(new FormData(form).get("word") ?? "");
    setError(null);
    setStatus("");
    startTransition(async () => {
      const result = await addDictionaryWord({ language, word });
      if (!result.ok) {
        setError(result.fieldErrors?.word?.[0] ?? result.error ?? te("failed"));
        inputRef.current?.focus();
        return;
      }
      form.reset();
      setStatus(t("added", { word: result.entry.word }));
      inputRef.current?.focus();
      router.refresh();
    });
  }

  function remove(row: DictionaryRow) {
    setError(null);
    setStatus("");
    startTransition(async () => {
      const result = await removeDictionaryWord({ id: row.id });
      if (!result.ok) {
        setError(result.error ?? te("failed"));
        return;
      }
      setStatus(t("removed", { word: row.word }));
      // The button goes with its row: keep the keyboard's place on the message.
      statusRef.current?.focus();
      router.refresh();
    });
  }

  return (
    <>
      {manager ? (
        <form className="inline-form" onSubmit={add} aria-labelledby="dictionary-add-heading">
          <h2 id="dictionary-add-heading" className="visually-hidden">
            {t("addHeading")}
          </h2>
          <label>
            {t("wordLabel")}
            <input ref={inputRef} name="word" required maxLength={WORD_MAX_LENGTH * 2} autoComplete="off" spellCheck={false} aria-describedby="dictionary-word-hint" data-testid="dictionary-word" />
          </label>
          <button type="submit" disabled={pending}>
            {pending ? t("adding") : t("add")}
          </button>
          <p id="dictionary-word-hint" className="hint">
            {t("wordHint")}
          </p>
        </form>
      ) : null}
      <FormError>{error}</FormError>
      <p ref={statusRef} tabIndex={-1} role="status" className="hint" data-testid="dictionary-status">
        {status}
      </p>
      {empty ? (
        <p>{empty}</p>
      ) : (
        <table className="article-table card-table" data-testid="dictionary-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colWord")}</th>
              <th scope="col">{t("colAddedBy")}</th>
              <th scope="col">{t("colAdded")}</th>
              {manager ? (
                <th scope="col">
                  <span className="visually-hidden">{t("colActions")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td className="cell-title" lang={language}>
                  {row.word}
                </td>
                <td data-label={t("colAddedBy")}>{row.addedBy ?? t("nobody")}</td>
                <td data-label={t("colAdded")}>
                  <time dateTime={row.addedIso}>{row.added}</time>
                </td>
                {manager ? (
                  <td>
                    <button type="button" className="danger" disabled={pending} onClick={() => remove(row)} aria-label={t("removeWord", { word: row.word })}>
                      {t("remove")}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
