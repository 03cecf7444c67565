// The reader site's URLs, built in one place.

export const articlePath = (a: { slug: string; section: { slug: string } }) => `/${a.section.slug}/${a.slug}`;
export const sectionPath = (slug: string, page = 1) => (page > 1 ? `/${slug}/page/${page}` : `/${slug}`);
export const tagPath = (slug: string, page = 1) => (page > 1 ? `/tag/${slug}/page/${page}` : `/tag/${slug}`);
export const authorPath = (slug: string, page = 1) => (page > 1 ? `/author/${slug}/page/${page}` : `/author/${slug}`);

/**
 * Page numbers in paths: "2", "3", … Page 1 lives at the base URL only, so
 * "/page/1", "/page/02" and junk are not pages (null → 404).
 */
export function parsePageParam(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 2 ? n : null;
}
