// A date and time as readers see it: in the site's language and time zone,
// with the exact instant (ISO 8601 with the zone's offset) in datetime.
import { toZonedIso } from "@/lib/time/zones";
import type { ReaderContext } from "@/components/site/reader-context";

export function ZonedTime({ date, reader, className }: { date: Date; reader: ReaderContext; className?: string }) {
  return (
    <time dateTime={toZonedIso(date, reader.timeZone)} className={className}>
      {reader.dates.dateTime(date)}
    </time>
  );
}
