// The time in a suggestion's tooltip ("… suggested by Lan, 29/11/2026 13:45")
// uses the newsroom language's own date pattern, as every date in the
// newsroom does, not the browser's idea of a medium date.
import { createElement } from "react";
import { expect, it } from "vitest";
import { useDescribeSuggestion } from "@/components/newsroom/editor/suggestions/suggestions-panel";
import { renderInNewsroom as render } from "@/tests/support/render-newsroom";

const AT = new Date("2026-11-29T06:45:00.000Z"); // 13:45 in the render helper's Asia/Ho_Chi_Minh

function Tooltip() {
  const describe = useDescribeSuggestion(() => "Lan");
  return createElement("p", null, describe({ kind: "insertion", userId: "u1", at: AT }));
}

it("says when in the newsroom language's date pattern", () => {
  expect(render("vi", createElement(Tooltip))).toContain("Lan, 29/11/2026 13:45");
  expect(render("en", createElement(Tooltip))).toContain("Lan, November 29, 2026, 13:45");
});
