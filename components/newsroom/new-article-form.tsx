"use client";
// Starts a draft in the chosen section and opens it in the editor.
import { useActionState } from "react";
import { createArticleAction } from "@/lib/actions/articles/create-article";
import { SectionOptions } from "./section-options";

export function NewArticleForm({ sections }: { sections: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(createArticleAction, null);
  return (
    <form action={action} className="stack-form">
      <label>
        Section
        <select name="sectionId" defaultValue={sections[0]?.id}>
          <SectionOptions sections={sections} />
        </select>
      </label>
      {state && !state.ok ? (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      ) : null}
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Start writing"}
      </button>
    </form>
  );
}
