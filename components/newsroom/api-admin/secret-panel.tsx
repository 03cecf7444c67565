"use client";
// A secret shown once, right after it was made: an API key, or a webhook
// endpoint's signing secret. Sapo keeps only a hash of a key (and the signing
// secret sealed), so the panel says plainly that it will not be shown again,
// offers a copy button, and leaves the field selectable for when there is no
// clipboard (plain http).
import { useState } from "react";
import { useTranslations } from "use-intl";
import styles from "@/components/newsroom/admin.module.css";
import type { OneTimeSecret } from "@/components/newsroom/api-admin/types";

export function SecretPanel({ secret, onDone }: { secret: OneTimeSecret; onDone: () => void }) {
  const t = useTranslations("apiAdmin.secret");
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret.secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="notice notice-warning" role="status" data-testid={`${secret.kind}-secret`}>
      <p>
        <strong>{secret.kind === "key" ? t("keyCreated", { name: secret.name }) : t("endpointCreated", { url: secret.name })}</strong>
      </p>
      <p>
        <strong>{t("once")}</strong> {secret.kind === "key" ? t("keyHelp") : t("endpointHelp")}
      </p>
      <div className={styles.linkBox}>
        <label>
          {secret.kind === "key" ? t("keyLabel") : t("endpointLabel")}
          <input readOnly value={secret.secret} onFocus={(e) => e.currentTarget.select()} data-testid="secret-value" />
        </label>
        <button type="button" onClick={copy}>
          {copied ? t("copied") : t("copy")}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t("done")}
        </button>
      </div>
    </div>
  );
}
