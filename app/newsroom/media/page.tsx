// The media library: upload, search, describe and delete images. The server
// reads the page of items; components/newsroom/media-library.tsx does the rest.
import type { Metadata } from "next";
import { MediaLibrary } from "@/components/newsroom/media-library";
import { Pagination } from "@/components/site/pagination";
import { requireUser } from "@/lib/auth/session";
import { listMedia } from "@/lib/media/queries";
import { MAX_TEXT_LENGTH, MAX_UPLOAD_BYTES, UPLOAD_ACCEPT, UPLOAD_TYPES_LABEL } from "@/lib/media/upload";

export const metadata: Metadata = { title: "Media library", robots: { index: false } };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function MediaLibraryPage({ searchParams }: Props) {
  await requireUser("article:create");
  const params = await searchParams;
  const result = await listMedia({ q: first(params.q) ?? "", page: Number(first(params.page)) || 1 });
  const href = (n: number) => {
    const query = new URLSearchParams();
    if (result.q) query.set("q", result.q);
    if (n > 1) query.set("page", String(n));
    const search = query.toString();
    return search ? `/newsroom/media?${search}` : "/newsroom/media";
  };
  return (
    <>
      <h1>Media library</h1>
      <MediaLibrary
        items={result.items}
        q={result.q}
        total={result.total}
        limits={{ maxUploadBytes: MAX_UPLOAD_BYTES, maxTextLength: MAX_TEXT_LENGTH, accept: UPLOAD_ACCEPT, typesLabel: UPLOAD_TYPES_LABEL }}
      />
      <Pagination page={result.page} pages={result.pages} href={href} />
    </>
  );
}
