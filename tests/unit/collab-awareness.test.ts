// Reading the others' awareness states into the presence line's list
// (components/newsroom/editor/collab/awareness.ts): one entry per person,
// this person's own tabs left out, editing or viewing.
import { describe, expect, it } from "vitest";
import { collabUser, modeOf, othersIn } from "@/components/newsroom/editor/collab/awareness";

const me = collabUser("u-me", "Hoa");
const lan = collabUser("u-lan", "Lan");
const nam = collabUser("u-nam", "Nam");
const states = (...list: Record<string, unknown>[]) => new Map(list.map((s, i) => [i + 1, s]));

describe("othersIn", () => {
  it("lists the others by name with their mode, leaving out this person's own tabs", () => {
    const seen = othersIn(states({ user: me, mode: "editing" }, { user: nam, mode: "viewing" }, { user: lan, mode: "editing" }), me);
    expect(seen).toEqual([
      { ...lan, mode: "editing" },
      { ...nam, mode: "viewing" },
    ]);
  });

  it("shows a person with several tabs once, editing if they edit in any", () => {
    expect(othersIn(states({ user: nam, mode: "viewing" }, { user: nam, mode: "editing" }, { user: nam, mode: "viewing" }), me)).toEqual([{ ...nam, mode: "editing" }]);
    expect(othersIn(states({ user: nam, mode: "viewing" }, { user: nam, mode: "viewing" }), me)).toEqual([{ ...nam, mode: "viewing" }]);
  });

  it("counts a tab without a mode as editing, and ignores states without a proper user", () => {
    expect(othersIn(states({ user: lan }, { user: { id: "x" } }, { user: { ...nam, name: "  " } }, {}), me)).toEqual([{ ...lan, mode: "editing" }]);
  });
});

it("modeOf: read-only is viewing", () => {
  expect(modeOf(true)).toBe("viewing");
  expect(modeOf(false)).toBe("editing");
});
