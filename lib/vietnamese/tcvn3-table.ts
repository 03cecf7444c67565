// TCVN3 (ABC), the "VN3" character set of TCVN 5712:1993, used by the .VnTime
// family of fonts: one byte per letter, lower-case toned letters and the seven
// marked capitals. Text in these fonts reaches the clipboard as the font's
// byte values read as Windows-1252, i.e. as the Latin-1 character with the
// same number (0xB5 arrives as "µ", meaning "à"). Capitals with a tone were
// written with the capital fonts (.VnTimeH) using the lower-case codes, so
// plain text cannot tell them apart; the full standard's "VN1" capitals in
// the otherwise free Latin-1 places are decoded too.
//
// Written from the standard's code chart: byte → Unicode letter.
const VN3: Array<[number, string]> = [
  [0xa1, "Ă"], [0xa2, "Â"], [0xa3, "Ê"], [0xa4, "Ô"], [0xa5, "Ơ"], [0xa6, "Ư"], [0xa7, "Đ"],
  [0xa8, "ă"], [0xa9, "â"], [0xaa, "ê"], [0xab, "ô"], [0xac, "ơ"], [0xad, "ư"], [0xae, "đ"],
  // a: huyền, hỏi, ngã, sắc, nặng (the order of each row below)
  [0xb5, "à"], [0xb6, "ả"], [0xb7, "ã"], [0xb8, "á"], [0xb9, "ạ"],
  [0xbb, "ằ"], [0xbc, "ẳ"], [0xbd, "ẵ"], [0xbe, "ắ"], [0xc6, "ặ"],
  [0xc7, "ầ"], [0xc8, "ẩ"], [0xc9, "ẫ"], [0xca, "ấ"], [0xcb, "ậ"],
  [0xcc, "è"], [0xce, "ẻ"], [0xcf, "ẽ"], [0xd0, "é"], [0xd1, "ẹ"],
  [0xd2, "ề"], [0xd3, "ể"], [0xd4, "ễ"], [0xd5, "ế"], [0xd6, "ệ"],
  [0xd7, "ì"], [0xd8, "ỉ"], [0xdc, "ĩ"], [0xdd, "í"], [0xde, "ị"],
  [0xdf, "ò"], [0xe1, "ỏ"], [0xe2, "õ"], [0xe3, "ó"], [0xe4, "ọ"],
  [0xe5, "ồ"], [0xe6, "ổ"], [0xe7, "ỗ"], [0xe8, "ố"], [0xe9, "ộ"],
  [0xea, "ờ"], [0xeb, "ở"], [0xec, "ỡ"], [0xed, "ớ"], [0xee, "ợ"],
  [0xef, "ù"], [0xf1, "ủ"], [0xf2, "ũ"], [0xf3, "ú"], [0xf4, "ụ"],
  [0xf5, "ừ"], [0xf6, "ử"], [0xf7, "ữ"], [0xf8, "ứ"], [0xf9, "ự"],
  [0xfa, "ỳ"], [0xfb, "ỷ"], [0xfc, "ỹ"], [0xfd, "ý"], [0xfe, "ỵ"],
];

// VN1's toned capitals that sit in places VN3 leaves free above 0xA0. (Those
// below, 0x80–0x9F and control codes, collide with Windows-1252's quotes and
// dashes in the clipboard and are left out.)
const VN1_CAPITALS: Array<[number, string]> = [
  [0xaf, "Ằ"], [0xba, "Ẳ"], [0xbf, "Ẵ"], [0xc0, "Ắ"], [0xc1, "Ầ"], [0xc2, "Ẩ"], [0xc3, "Ẫ"], [0xc4, "Ấ"], [0xc5, "Ề"],
  [0xcd, "Ể"], [0xd9, "Ễ"], [0xda, "Ế"], [0xdb, "Ồ"], [0xe0, "Ổ"], [0xf0, "Ỗ"], [0xff, "Ố"],
];

/** Clipboard character (the byte as Latin-1) → Unicode letter. */
export const TCVN3_TABLE: ReadonlyMap<string, string> = new Map(
  [...VN3, ...VN1_CAPITALS].map(([byte, letter]) => [String.fromCharCode(byte), letter]),
);
