"use client";
// What the keys and webhooks parts of /newsroom/api share: a create form that
// is replaced by a fresh one after each creation, the secret just made (shown
// once), one line for what a row's button did, and one confirmation dialog
// for every row.
import { useState } from "react";
import { FormError } from "@/components/newsroom/form-error";
import { useConfirm, type ConfirmRequest } from "@/components/newsroom/workflow/confirm-dialog";
import { SecretPanel } from "@/components/newsroom/api-admin/secret-panel";
import type { Notice, OneTimeSecret } from "@/components/newsroom/api-admin/types";

export type Ask = (request: ConfirmRequest) => Promise<boolean>;

export function useSectionState() {
  const [secret, setSecret] = useState<OneTimeSecret | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  // A new form after each creation: empty fields, no old errors.
  const [formKey, setFormKey] = useState(0);
  const { ask, dialog } = useConfirm();
  const created = (made: OneTimeSecret) => {
    setNotice(null);
    setSecret(made);
    setFormKey((n) => n + 1);
  };
  const secretPanel = secret ? <SecretPanel secret={secret} onDone={() => setSecret(null)} /> : null;
  return { ask, dialog, notice, setNotice, formKey, created, secretPanel };
}

/** What a row's button did: an error, or a calm line, read out politely. */
export function NoticeLine({ notice }: { notice: Notice }) {
  return <div aria-live="polite">{notice?.kind === "error" ? <FormError>{notice.text}</FormError> : notice ? <p className="notice">{notice.text}</p> : null}</div>;
}
