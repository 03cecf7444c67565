import { describe, expect, it } from "vitest";
import { detectLegacyEncoding, fromLegacy } from "@/lib/vietnamese/legacy-encodings";
import { seedArticleVi } from "@/prisma/seed/seed-article-vi";

// The Vietnamese vowels, each with no tone, then huyền, hỏi, ngã, sắc, nặng,
// and đ (lower case; the capitals are these upper-cased).
const ALPHABET = [
  "a à ả ã á ạ", "ă ằ ẳ ẵ ắ ặ", "â ầ ẩ ẫ ấ ậ", "e è ẻ ẽ é ẹ", "ê ề ể ễ ế ệ", "i ì ỉ ĩ í ị",
  "o ò ỏ õ ó ọ", "ô ồ ổ ỗ ố ộ", "ơ ờ ở ỡ ớ ợ", "u ù ủ ũ ú ụ", "ư ừ ử ữ ứ ự", "y ỳ ỷ ỹ ý ỵ", "đ",
];

// The same letters as TCVN 5712:1993's VN3 chart gives their bytes, written
// here as the Latin-1 characters the clipboard shows.
const TCVN3 = [
  "a \xb5 \xb6 \xb7 \xb8 \xb9", "\xa8 \xbb \xbc \xbd \xbe \xc6", "\xa9 \xc7 \xc8 \xc9 \xca \xcb",
  "e \xcc \xce \xcf \xd0 \xd1", "\xaa \xd2 \xd3 \xd4 \xd5 \xd6", "i \xd7 \xd8 \xdc \xdd \xde",
  "o \xdf \xe1 \xe2 \xe3 \xe4", "\xab \xe5 \xe6 \xe7 \xe8 \xe9", "\xac \xea \xeb \xec \xed \xee",
  "u \xef \xf1 \xf2 \xf3 \xf4", "\xad \xf5 \xf6 \xf7 \xf8 \xf9", "y \xfa \xfb \xfc \xfd \xfe", "\xae",
];

// Each letter as VNI-Times writes it: base letter, then mark bytes.
const VNI = [
  "a aø aû aõ aù aï", "aê aè aú aü aé aë", "aâ aà aå aã aá aä", "e eø eû eõ eù eï", "eâ eà eå eã eá eä",
  "i ì æ ó í ò", "o oø oû oõ où oï", "oâ oà oå oã oá oä", "ô ôø ôû ôõ ôù ôï", "u uø uû uõ uù uï",
  "ö öø öû öõ öù öï", "y yø yû yõ yù î", "ñ",
];
const VNI_CAPITALS = [
  "A AØ AÛ AÕ AÙ AÏ", "AÊ AÈ AÚ AÜ AÉ AË", "AÂ AÀ AÅ AÃ AÁ AÄ", "E EØ EÛ EÕ EÙ EÏ", "EÂ EÀ EÅ EÃ EÁ EÄ",
  "I Ì Æ Ó Í Ò", "O OØ OÛ OÕ OÙ OÏ", "OÂ OÀ OÅ OÃ OÁ OÄ", "Ô ÔØ ÔÛ ÔÕ ÔÙ ÔÏ", "U UØ UÛ UÕ UÙ UÏ",
  "Ö ÖØ ÖÛ ÖÕ ÖÙ ÖÏ", "Y YØ YÛ YÕ YÙ Î", "Ñ",
];

describe("TCVN3 (ABC)", () => {
  it("decodes every lower-case letter with every tone", () => {
    TCVN3.forEach((row, i) => expect(fromLegacy(row, "tcvn3")).toBe(ALPHABET[i]));
  });

  it("decodes the marked capitals, and VN1's toned capitals in the free places", () => {
    expect(fromLegacy("\xa1 \xa2 \xa3 \xa4 \xa5 \xa6 \xa7", "tcvn3")).toBe("Ă Â Ê Ô Ơ Ư Đ");
    expect(fromLegacy("\xc4 \xda \xff", "tcvn3")).toBe("Ấ Ế Ố");
  });

  it("decodes sentences", () => {
    expect(fromLegacy("Hµ Néi", "tcvn3")).toBe("Hà Nội");
    expect(fromLegacy("NghÖ An", "tcvn3")).toBe("Nghệ An");
    expect(fromLegacy("Tr\xadêng ®¹i häc Vinh tæ chøc lÔ khai gi¶ng.", "tcvn3")).toBe("Trường đại học Vinh tổ chức lễ khai giảng.");
    expect(fromLegacy("§µ N½ng", "tcvn3")).toBe("Đà Nẵng");
  });

  it("leaves ASCII, digits and punctuation alone and returns NFC", () => {
    const out = fromLegacy("(Baonghean.vn) - S¸ng 23/6: \"UBND\"", "tcvn3");
    expect(out).toBe("(Baonghean.vn) - Sáng 23/6: \"UBND\"");
    expect(out).toBe(out.normalize("NFC"));
  });
});

describe("VNI", () => {
  it("decodes every letter with every tone, in both cases", () => {
    VNI.forEach((row, i) => expect(fromLegacy(row, "vni")).toBe(ALPHABET[i]));
    VNI_CAPITALS.forEach((row, i) => expect(fromLegacy(row, "vni")).toBe(ALPHABET[i].toUpperCase()));
  });

  it("decodes sentences", () => {
    expect(fromLegacy("Haø Noäi", "vni")).toBe("Hà Nội");
    expect(fromLegacy("Ngheä An", "vni")).toBe("Nghệ An");
    expect(fromLegacy("Xin chaøo caùc baïn", "vni")).toBe("Xin chào các bạn");
    expect(fromLegacy("Ngöôøi Vieät Nam ñöôïc khuyeân", "vni")).toBe("Người Việt Nam được khuyên");
    expect(fromLegacy("THAØNH PHOÁ VINH", "vni")).toBe("THÀNH PHỐ VINH");
  });

  it("leaves a mark byte that follows no vowel as it is", () => {
    expect(fromLegacy("25ù x", "vni")).toBe("25ù x");
  });
});

describe("detectLegacyEncoding", () => {
  it("recognises TCVN3", () => {
    expect(detectLegacyEncoding("Hµ Néi")).toBe("tcvn3");
    expect(detectLegacyEncoding("NghÖ An")).toBe("tcvn3");
    expect(detectLegacyEncoding("NghÖ")).toBe("tcvn3");
    expect(
      detectLegacyEncoding("(Baonghean.vn) - S¸ng 23/6, UBND tØnh NghÖ An ®· tæ chøc héi nghÞ tæng kÕt c«ng t¸c n¨m 2025."),
    ).toBe("tcvn3");
  });

  it("recognises VNI, also in capitals", () => {
    expect(detectLegacyEncoding("Haø Noäi")).toBe("vni");
    expect(detectLegacyEncoding("Ngheä An")).toBe("vni");
    expect(detectLegacyEncoding("Saùng 23/6, UBND tænh Ngheä An ñaõ toå chöùc hoäi nghò.")).toBe("vni");
    expect(detectLegacyEncoding("THAØNH PHOÁ VINH")).toBe("vni");
  });

  it("keeps a few foreign names and abbreviations from hiding a legacy paste", () => {
    expect(detectLegacyEncoding("§oµn ®¹i biÓu cña Samsung vµ FPT ®Õn th¨m Vinh.")).toBe("tcvn3");
  });

  it("says null for Unicode Vietnamese, composed or decomposed", () => {
    const text = "Hà Nội, Nghệ An: người dân đón Tết; cà phê, Tôi yêu";
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(detectLegacyEncoding(text.normalize("NFD"))).toBeNull();
    // Only Latin-1 letters, which the encodings also use.
    expect(detectLegacyEncoding("Tôi mê cà phê")).toBeNull();
    expect(detectLegacyEncoding("Tôi")).toBeNull();
    // A Latin-1 Vietnamese word beside a symbol that is a TCVN3 letter (£ is Ê).
    expect(detectLegacyEncoding("Giá: 5 £")).toBeNull();
  });

  it("says null for symbols that happen to be legacy letters", () => {
    for (const text of ["3×4", "a · b", "½ kg", "© ®"]) expect(detectLegacyEncoding(text), text).toBeNull();
  });

  it("says null for English, French, Portuguese, German, Spanish and Russian", () => {
    for (const text of [
      "Hello world, the quick brown fox © 2025 Apple®",
      "café élève à",
      "où",
      "À côté de l'hôtel, il y a un café où l'on sert des crêpes et du thé.",
      "Não sei se você já está lá, mas a informação é importante para nós.",
      "Je ne sais pas où il est, mais il était là-bas en été.",
      "Müller ist größer für uns",
      "El año pasado en España",
      "Привет, мир! Сосредоточьтесь на создании моделей",
      "",
    ]) {
      expect(detectLegacyEncoding(text), text).toBeNull();
    }
  });
});

// Encoders built from the charts above (not from the module's tables): a real
// article encoded the way an old Word file holds it comes back intact.
function encoder(rows: string[], capitals: Record<string, string> | null, capitalRows?: string[]) {
  const map = new Map<string, string>();
  ALPHABET.forEach((row, i) => {
    const letters = row.split(" ");
    const codes = rows[i].split(" ");
    const capitalCodes = capitalRows?.[i].split(" ");
    letters.forEach((letter, j) => {
      map.set(letter, codes[j]);
      if (capitalCodes) map.set(letter.toUpperCase(), capitalCodes[j]);
    });
  });
  for (const [letter, code] of Object.entries(capitals ?? {})) map.set(letter, code);
  return (text: string) => [...text.normalize("NFC")].map((ch) => map.get(ch) ?? ch).join("");
}

describe("a whole article in each encoding", () => {
  const seed = [seedArticleVi.lead, ...seedArticleVi.blocks.flatMap((b) => ("text" in b && b.text ? [b.text] : []))].join("\n\n");

  it("is recognised and decoded back to the original, TCVN3", () => {
    const tcvn3 = encoder(TCVN3, { Ă: "\xa1", Â: "\xa2", Ê: "\xa3", Ô: "\xa4", Ơ: "\xa5", Ư: "\xa6", Đ: "\xa7" })(seed);
    expect(tcvn3).not.toBe(seed);
    expect(detectLegacyEncoding(tcvn3)).toBe("tcvn3");
    expect(fromLegacy(tcvn3, "tcvn3")).toBe(seed);
  });

  it("is recognised and decoded back to the original, VNI", () => {
    const vni = encoder(VNI, null, VNI_CAPITALS)(seed);
    expect(detectLegacyEncoding(vni)).toBe("vni");
    expect(fromLegacy(vni, "vni")).toBe(seed);
  });

  it("in Unicode, is left alone", () => {
    expect(detectLegacyEncoding(seed)).toBeNull();
  });
});
