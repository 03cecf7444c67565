"use client";
// The newsroom language picker. Saving re-renders the whole newsroom (the
// action revalidates its layout), so this form, the header and every other
// client component switch to the new language together.
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { ActionFailure } from "@/lib/actions/action";
import { setLanguageAction } from "@/lib/actions/users/set-language";
import { FormError } from "@/components/newsroom/form-error";

type Language = { code: string; name: string };

type Props = {
  /** The user's choice; null follows the site's language. */
  current: string | null;
  languages: Language[];
  site: Language;
};

export function LanguageForm({ current, languages, site }: Props) {
  const t = useTranslations("newsroom");
  const tc = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [savedAs, setSavedAs] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get("language") ?? "");
    setSavedAs(null);
    startTransition(async () => {
      const result = await setLanguageAction({ language: chosen || null });
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setFailure(null);
      setSavedAs(languages.find((l) => l.code === result.language)?.name ?? site.name);
      router.refresh();
    });
  }

  const fieldError = failure?.fieldErrors?.language?.[0];
  return (
    <form className="stack-form" onSubmit={onSubmit} noValidate>
      <label>
        {t("profile.language")}
        <select
          name="language"
          defaultValue={current ?? ""}
          aria-describedby={fieldError ? "language-hint language-error" : "language-hint"}
          aria-invalid={fieldError ? true : undefined}
        >
          <option value="">{t("profile.siteLanguage", { name: site.name })}</option>
          {languages.map((l) => (
            // Each language by its own name, so anyone can find theirs.
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
        <span id="language-hint" className="hint">
          {t("profile.languageHint")}
        </span>
        {fieldError ? (
          <span id="language-error" className="field-error">
            {fieldError}
          </span>
        ) : null}
      </label>
      <div aria-live="polite">
        {failure && !fieldError ? <FormError>{failure.error}</FormError> : null}
        {savedAs ? (
          <p className="notice" role="status" data-testid="language-saved">
            {t("profile.saved", { name: savedAs })}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? tc("saving") : t("profile.save")}
        </button>
      </div>
    </form>
  );
}
