// Each person's colour in the co-editing views (carets, selections, the
// presence list): derived from the user id, so it is the same in every
// browser and every session without being stored anywhere. The palette is
// dark enough for white text on it (contrast at least 4.5:1, WCAG AA; checked
// by tests/unit/user-color.test.ts) and its hues tell neighbours apart.

export const USER_COLORS = [
  "#b3261e", // red
  "#1565c0", // blue
  "#2e7d32", // green
  "#7b1fa2", // purple
  "#9a4d00", // amber brown
  "#00796b", // teal
  "#c2185b", // pink
  "#4527a0", // indigo
  "#6b6b00", // olive
  "#5d4037", // brown
] as const;

/** FNV-1a over the id's UTF-16 code units: small, stable, spreads similar ids apart. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The colour of the person with this id (#rrggbb). */
export function userColor(userId: string): string {
  return USER_COLORS[hash(userId) % USER_COLORS.length];
}
