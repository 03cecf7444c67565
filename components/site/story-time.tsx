// When a story was published, as a list shows it: "2 giờ trước" for today,
// the date otherwise (in the site's language and time zone). Relative times
// carry data-relative, holding their date, so the page's script can bring
// them up to date when a kept copy of the page is shown later, the date once
// the day is over (lib/reader/assets/reader.js).
import type { ReaderContext } from "@/lib/reader/context";
import { relativeTimeLabel } from "@/lib/time/relative";
import { toZonedIso } from "@/lib/time/zones";

export function StoryTime({ date, reader }: { date: Date; reader: ReaderContext }) {
  const relative = relativeTimeLabel(date, reader.now, reader.locale, reader.timeZone);
  const day = reader.dates.date(date);
  return (
    <time dateTime={toZonedIso(date, reader.timeZone)} className="story-time" data-relative={relative ? day : undefined}>
      {relative ?? day}
    </time>
  );
}
