// A section's name in a language: the stored translation when there is one,
// else the name in the site's language, whatever the stored text holds.
import { describe, expect, it } from "vitest";
import { parseSectionNames, sectionName, sectionsIn } from "@/lib/taxonomy/section-name";

const politics = { id: "s1", name: "Chính trị", names: '{"en":"Politics"}' };

describe("sectionName", () => {
  it("gives the name in the language asked for, when the section has one", () => {
    expect(sectionName(politics, "en")).toBe("Politics");
  });

  it("falls back to the site-language name for other languages or none", () => {
    expect(sectionName(politics, "vi")).toBe("Chính trị");
    expect(sectionName(politics, "fr")).toBe("Chính trị");
    expect(sectionName(politics, null)).toBe("Chính trị");
    expect(sectionName({ name: "Chính trị" }, "en")).toBe("Chính trị");
  });

  it("reads malformed or odd stored text as no translations", () => {
    for (const names of ["", "not json", "[]", "null", '"Politics"', '{"en":42}', '{"en":"   "}']) {
      expect(sectionName({ name: "Chính trị", names }, "en"), names).toBe("Chính trị");
    }
    expect(parseSectionNames('{"en":"Politics","vi":3}')).toEqual({ en: "Politics" });
  });

  it("names a list of sections for a picker", () => {
    expect(sectionsIn([politics, { id: "s2", name: "Thể thao", names: "{}" }], "en")).toEqual([
      { id: "s1", name: "Politics" },
      { id: "s2", name: "Thể thao" },
    ]);
  });
});
