// Answering HTTP Range requests for stored media files (RFC 9110 §14): what
// browsers' <video> players send to start playing before the file is all
// there and to seek. One range per request ("bytes=a-b", "bytes=a-",
// "bytes=-n"): that is all players ask for; a request for several ranges, or
// a header we cannot read, gets the whole file (the standard allows ignoring
// Range). A range starting past the end is 416 with the size. No I/O here.

export type ByteRange = { start: number; end: number };

/**
 * The range `header` asks for in a file of `size` bytes: a ByteRange (end
 * included, clamped to the file), "unsatisfiable", or null for "send it all".
 */
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return null;
  if (match[1] === "") {
    // The last n bytes.
    const suffix = Number(match[2]);
    if (suffix === 0) return "unsatisfiable";
    return size === 0 ? "unsatisfiable" : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === "" ? Math.max(start, size - 1) : Number(match[2]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end < start) return null;
  if (start >= size) return "unsatisfiable";
  return { start, end: Math.min(end, size - 1) };
}
