// STUB (foundation): helper A1 writes the real module. Contract in /tmp/h/contracts.md.
import type { ToneMarkStyle } from "@/lib/settings/writing";

export function toToneStyle(word: string, style: Exclude<ToneMarkStyle, "none">): string {
  void style;
  return word;
}
