// A date and time as readers see it: in the site's language and time zone,
// with the exact instant (ISO 8601 with the zone's offset) in datetime.
import type { ReaderContext } from "@/lib/reader/context";
import { toZonedIso } from "@/lib/time/zones";

export function ZonedTime({ date, reader, className }: { date: Date; reader: ReaderContext; className?: string }) {
  return (
    <time dateTime={toZonedIso(date, reader.timeZone)} className={className}>
      {reader.dates.dateTime(date)}
    </time>
  );
}
