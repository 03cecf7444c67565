// Article languages (any short BCP 47 tag, named in its own language) and
// revision reasons (stored in English, read in each person's language).
import { describe, expect, it } from "vitest";
import { canonicalLanguageTag, effectiveLanguage, languageName, languageOptions, workingLanguage } from "@/lib/articles/languages";
import { reasonIn, REVISION_REASONS, revisionReason } from "@/lib/articles/revision-reasons";
import { availableLocales, hasMessage } from "@/lib/i18n/catalogue";

describe("article languages", () => {
  it("accept short BCP 47 tags, canonically spelled, and nothing else", () => {
    expect(canonicalLanguageTag("vi")).toBe("vi");
    expect(canonicalLanguageTag(" EN-us ")).toBe("en-US");
    expect(canonicalLanguageTag("zh-hant")).toBe("zh-Hant");
    expect(canonicalLanguageTag("es-419")).toBe("es-419");
    for (const bad of ["", "e", "english", "vi_VN", "en-US-u-ca-buddhist", "x-klingon", "1234"]) expect(canonicalLanguageTag(bad), bad).toBeNull();
  });

  it("are named in their own language", () => {
    expect(languageName("vi")).toBe("Tiếng Việt");
    expect(languageName("ru")).toBe("Русский");
    expect(languageName("fr")).toBe("Français");
    expect(languageName("en")).toBe("English");
  });

  it("offered: the interface languages, common content languages and the article's own, once each", () => {
    const tags = languageOptions(["en", "vi"], ["de", "vi", null, "bad tag"]).map((o) => o.tag);
    expect(tags).toEqual(expect.arrayContaining(["en", "vi", "ru", "zh", "fr", "lo", "km", "de"]));
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags).not.toContain("bad tag");
  });

  it("fall back to the site's, and for pending changes to those changes' language", () => {
    expect(effectiveLanguage(null, "vi")).toBe("vi");
    expect(effectiveLanguage("ru", "vi")).toBe("ru");
    expect(workingLanguage({ language: "vi", pendingJson: null })).toBe("vi");
    expect(workingLanguage({ language: "vi", pendingJson: JSON.stringify({ language: "en" }) })).toBe("en");
    // Pending changes saved before articles had a language keep the article's.
    expect(workingLanguage({ language: "vi", pendingJson: JSON.stringify({ title: "x" }) })).toBe("vi");
  });
});

describe("revision reasons", () => {
  it("exist in every catalogue", () => {
    for (const locale of availableLocales()) for (const reason of REVISION_REASONS) expect(hasMessage(locale, `workflow.reasons.${reason}`), `${locale} ${reason}`).toBe(true);
  });

  it("are stored in English and read in each language, values kept", () => {
    const stored = revisionReason("sendBack", { note: "Name the commune: Hưng Nguyên." });
    expect(stored).toBe("Sent back: Name the commune: Hưng Nguyên.");
    expect(reasonIn("en", stored)).toBe(stored);
    expect(reasonIn("vi", stored)).toBe("Trả lại: Name the commune: Hưng Nguyên.");
    expect(reasonIn("vi", revisionReason("publishAgain"))).toBe("Xuất bản lại");
    expect(reasonIn("vi", revisionReason("publish"))).toBe("Xuất bản");
    expect(reasonIn("vi", "Kept before Hoa overwrote it")).toBe("Giữ lại trước khi Hoa ghi đè");
    // Text no reason makes (older or hand-written) is shown as it is.
    expect(reasonIn("vi", "Imported from the old system")).toBe("Imported from the old system");
  });
});
