// Which of the optional islands (lib/reader/assets.ts ISLAND_NAMES) a page
// needs: those its body HTML asks for with data-island="<name>" (the embed
// facades and slideshow galleries that lib/content/ renders put it there).
// A page without such an element loads neither script.
import { ISLAND_NAMES, type IslandName } from "@/lib/reader/assets";

export function islandsIn(html: string): IslandName[] {
  return ISLAND_NAMES.filter((name) => html.includes(` data-island="${name}"`));
}
