"use client";
// Sizes and days on the media library page, in the newsroom language and the
// site's time zone (the layout's provider).
import { useLocale, useMessages, useTimeZone, useTranslations } from "use-intl";
import { formatNumber, formatWithPattern } from "@/lib/i18n/format";

/** File sizes in the newsroom language: "1.5 MB" in English, "1,5 MB" in Vietnamese. */
export function useFormatBytes(): (bytes: number) => string {
  const t = useTranslations("media");
  const locale = useLocale();
  return (bytes) => {
    if (bytes >= 1024 * 1024) return t("sizeMb", { size: formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, locale) });
    if (bytes >= 1024) return t("sizeKb", { size: formatNumber(Math.round(bytes / 1024), locale) });
    return t("sizeBytes", { count: bytes });
  };
}

/** A day (ISO 8601 instant) in the newsroom language's date pattern and the site's time zone. */
export function useFormatDay(): (iso: string) => string {
  const locale = useLocale();
  const timeZone = useTimeZone() ?? "UTC";
  const { date } = useMessages().meta as { date: string };
  return (iso) => formatWithPattern(new Date(iso), date, locale, timeZone);
}
