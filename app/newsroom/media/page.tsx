// The media library: upload, search, describe and delete images. The server
// reads the page of items; app/newsroom/media/media-library.tsx does the rest.
import type { Metadata } from "next";
import { MediaLibrary } from "@/app/newsroom/media/media-library";
import { MISSING_ALT_PARAM } from "@/app/newsroom/media/missing-alt";
import { Pagination } from "@/components/site/pagination";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { canManageMedia } from "@/lib/media/access";
import { listMedia } from "@/lib/media/queries";
import { UPLOAD_ACCEPT } from "@/lib/media/formats";
import { MAX_TEXT_LENGTH } from "@/lib/media/items";
import { MAX_UPLOAD_BYTES } from "@/lib/media/upload";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "media");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[]; alt?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function MediaLibraryPage({ searchParams }: Props) {
  const user = await requireUser("article:create");
  const locale = await newsroomLocale(user);
  const t = getT(locale, "media");
  const params = await searchParams;
  const missingAlt = first(params.alt) === MISSING_ALT_PARAM.value;
  const result = await listMedia({ q: first(params.q) ?? "", page: Number(first(params.page)) || 1, missingAlt });
  const href = (n: number) => {
    const query = new URLSearchParams();
    if (result.q) query.set("q", result.q);
    if (missingAlt) query.set(MISSING_ALT_PARAM.name, MISSING_ALT_PARAM.value);
    if (n > 1) query.set("page", String(n));
    const search = query.toString();
    return search ? `/newsroom/media?${search}` : "/newsroom/media";
  };
  return (
    <>
      <h1>{t("title")}</h1>
      <MediaLibrary
        // Which cards show edit and delete: a convenience, the actions check again.
        items={result.items.map((item) => ({ ...item, manageable: canManageMedia(user, item) }))}
        q={result.q}
        total={result.total}
        missingAlt={missingAlt}
        lackingAlt={result.lackingAlt}
        limits={{ maxUploadBytes: MAX_UPLOAD_BYTES, maxTextLength: MAX_TEXT_LENGTH, accept: UPLOAD_ACCEPT }}
      />
      <Pagination page={result.page} pages={result.pages} href={href} locale={locale} />
    </>
  );
}
