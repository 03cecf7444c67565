"use client";
// The desk's page for sections (create, rename, reorder) and tags (rename, delete).
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createSectionAction } from "@/lib/actions/taxonomy/create-section";
import { deleteTagAction } from "@/lib/actions/taxonomy/delete-tag";
import { moveSectionAction } from "@/lib/actions/taxonomy/move-section";
import { renameTagAction } from "@/lib/actions/taxonomy/rename-tag";
import { updateSectionAction } from "@/lib/actions/taxonomy/update-section";

type Section = { id: string; name: string; slug: string; description: string; articles: number };
type Tag = { id: string; name: string; slug: string; articles: number };

export function TaxonomyAdmin({ sections, tags }: { sections: Section[]; tags: Tag[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function run(step: () => Promise<{ ok: boolean; error?: string }>) {
    setError(null);
    const result = await step();
    if (!result.ok) setError(result.error ?? "That did not work.");
    else router.refresh();
  }

  const values = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    return Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
  };

  return (
    <div className="taxonomy">
      <h1>Sections and tags</h1>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <h2>Sections</h2>
      <table className="article-table">
        <thead>
          <tr>
            <th scope="col">Name, address and description</th>
            <th scope="col">Articles</th>
            <th scope="col">Order</th>
          </tr>
        </thead>
        <tbody>
          {sections.map((s, i) => (
            <tr key={s.id}>
              <td>
                <form className="inline-form" onSubmit={(e) => { const v = values(e); void run(() => updateSectionAction({ id: s.id, name: v.name, slug: v.slug, description: v.description })); }}>
                  <label>
                    Name
                    <input name="name" defaultValue={s.name} />
                  </label>
                  <label>
                    Slug
                    <input name="slug" defaultValue={s.slug} />
                  </label>
                  <label>
                    Description
                    <input name="description" defaultValue={s.description} />
                  </label>
                  <button type="submit" className="secondary">
                    Save
                  </button>
                </form>
              </td>
              <td>{s.articles}</td>
              <td>
                <button type="button" className="secondary" aria-label={`Move ${s.name} up`} disabled={i === 0} onClick={() => run(() => moveSectionAction({ id: s.id, by: -1 }))}>
                  ↑
                </button>{" "}
                <button type="button" className="secondary" aria-label={`Move ${s.name} down`} disabled={i === sections.length - 1} onClick={() => run(() => moveSectionAction({ id: s.id, by: 1 }))}>
                  ↓
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="inline-form" onSubmit={(e) => { const v = values(e); void run(() => createSectionAction({ name: v.name, slug: v.slug || undefined, description: v.description })); e.currentTarget.reset(); }}>
        <label>
          New section
          <input name="name" required />
        </label>
        <label>
          Slug (optional)
          <input name="slug" />
        </label>
        <label>
          Description
          <input name="description" />
        </label>
        <button type="submit">Create section</button>
      </form>

      <h2>Tags</h2>
      <table className="article-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Articles</th>
            <th scope="col">
              <span className="visually-hidden">Delete</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tags.map((t) => (
            <tr key={t.id}>
              <td>
                <form className="inline-form" onSubmit={(e) => { const v = values(e); void run(() => renameTagAction({ id: t.id, name: v.name })); }}>
                  <label>
                    <span className="visually-hidden">Name of {t.name}</span>
                    <input name="name" defaultValue={t.name} />
                  </label>
                  <button type="submit" className="secondary">
                    Rename
                  </button>
                </form>
              </td>
              <td>{t.articles}</td>
              <td>
                <button type="button" className="danger" onClick={() => window.confirm(`Delete the tag “${t.name}” from ${t.articles} articles?`) && run(() => deleteTagAction({ id: t.id }))}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
