"use client";
// When a comment or notification happened, as a conversation says it: "just
// now", "5 minutes ago", "3 days ago" (use-intl's relative formatting in the
// newsroom language), kept current each minute; the full date and time in
// its tooltip. Shown only after the data arrives in the browser, so server
// and browser clocks never have to agree on the words.
import { useFormatter, useNow, useTranslations } from "use-intl";
import { useDateTime } from "@/components/newsroom/editor/use-date-time";

const MINUTE = 60_000;

export function RelativeTime({ iso }: { iso: string }) {
  const t = useTranslations("time");
  const format = useFormatter();
  const now = useNow({ updateInterval: MINUTE });
  const dateTime = useDateTime();
  const date = new Date(iso);
  // A clock a little ahead of ours counts as now too.
  const label = Math.abs(now.getTime() - date.getTime()) < MINUTE ? t("justNow") : format.relativeTime(date, now);
  return (
    <time dateTime={iso} title={dateTime(iso)}>
      {label}
    </time>
  );
}
