"use client";
// The media library's "missing alt text" view (issue 19's alt text
// discipline): the filter in the search form (a plain GET parameter,
// ?alt=missing, so it works before the JavaScript loads and has its own
// address), the count of images lacking alt text with a link to them, and the
// badge on each such image. Videos and captions have no alt text: images only.
import Link from "next/link";
import { useTranslations } from "use-intl";
import type { MediaLibraryItem } from "@/lib/media/queries";
import { MISSING_ALT_PARAM } from "@/app/newsroom/media/missing-alt";
import styles from "@/app/newsroom/media/alt-filter.module.css";

/** Whether an item is an image without alt text. */
const lacksAlt = (item: Pick<MediaLibraryItem, "kind" | "alt">) => item.kind === "image" && !item.alt.trim();

/** The filter's checkbox, inside the library's search form. */
export function AltFilter({ checked }: { checked: boolean }) {
  const t = useTranslations("media");
  return (
    <label className={styles.filter}>
      <input type="checkbox" name={MISSING_ALT_PARAM.name} value={MISSING_ALT_PARAM.value} defaultChecked={checked} />
      {t("missingAltFilter")}
    </label>
  );
}

/**
 * "3 images lack alt text", a link to them; while filtered, the count alone
 * (the search form's "Show all" leads back). Nothing when none lack it.
 */
export function AltCount({ count, active }: { count: number; active: boolean }) {
  const t = useTranslations("media");
  if (!count && !active) return null;
  const text = t("missingAltCount", { count });
  return (
    <p className={styles.count} data-testid="missing-alt-count">
      {active ? text : <Link href={`/newsroom/media?${MISSING_ALT_PARAM.name}=${MISSING_ALT_PARAM.value}`}>{text}</Link>}
    </p>
  );
}

/** The badge on an image without alt text. */
export function NoAltBadge({ item }: { item: Pick<MediaLibraryItem, "kind" | "alt"> }) {
  const t = useTranslations("media");
  return lacksAlt(item) ? (
    <span className={styles.badge} data-testid="no-alt-badge">
      {t("noAlt")}
    </span>
  ) : null;
}
