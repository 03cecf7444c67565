// Each person's colour in the co-editing views (collab/user-color.ts): the
// same in every browser, spread over the palette, and dark enough for the
// white name label on it (WCAG AA, 4.5:1).
import { describe, expect, it } from "vitest";
import { USER_COLORS, userColor } from "@/components/newsroom/editor/collab/user-color";

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe("userColor", () => {
  it("is a palette colour, the same every time for one id", () => {
    for (const id of ["u1", "clx9k2m0a0000", "", "người-dùng"]) {
      expect(USER_COLORS).toContain(userColor(id));
      expect(userColor(id)).toBe(userColor(id));
    }
  });

  it("tells people apart: similar ids get different colours, and many ids use the whole palette", () => {
    expect(userColor("user-1")).not.toBe(userColor("user-2"));
    const used = new Set(Array.from({ length: 200 }, (_, i) => userColor(`user-${i}`)));
    expect(used.size).toBe(USER_COLORS.length);
  });

  it("has only colours white text can be read on (4.5:1), each one once, as #rrggbb", () => {
    expect(new Set(USER_COLORS).size).toBe(USER_COLORS.length);
    for (const color of USER_COLORS) {
      expect(color).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrastWithWhite(color), color).toBeGreaterThanOrEqual(4.5);
    }
  });
});
