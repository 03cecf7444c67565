// What an uploaded video's container says about itself, read from its bytes
// without decoding a frame (no ffmpeg): the codecs of its tracks, its
// duration and its picture size. Two containers only, the two every browser
// plays (lib/media/video.ts decides what is accepted):
// - MP4 (ISO BMFF): boxes moov → trak → tkhd (size) / mdia → hdlr (track
//   kind) → minf → stbl → stsd (the sample entry's four-letter codec), and
//   moov → mvhd (duration). moov may come before or after the media data
//   ("fast start" or not); the whole file is in memory anyway, so both work.
// - WebM (Matroska's subset): EBML elements Segment → Info (TimecodeScale,
//   Duration) and Tracks → TrackEntry (CodecID, Video → PixelWidth/Height).
//   Elements of unknown size (live recordings such as the browser's
//   MediaRecorder make them) are read to the end of their parent.
// How deep: the codec names are what tells a file a browser cannot play
// (HEVC in an MP4 from an iPhone, ProRes from an editing suite); deciding
// whether a given H.264 profile plays would need the decoder itself, and
// every browser plays the H.264, VP8, VP9 and AV1 that cameras and exports
// write. Anything unreadable here is not refused for that: the probe says
// what it found, and only what it found counts against a file.
// Pure functions over a Buffer, no I/O.

export type VideoProbe = {
  /** Four-letter MP4 sample entries or WebM CodecIDs, e.g. "avc1", "mp4a", "V_VP9", "A_OPUS". */
  codecs: string[];
  durationSeconds: number | null;
  width: number | null;
  height: number | null;
};

const empty = (): VideoProbe => ({ codecs: [], durationSeconds: null, width: null, height: null });

// ---- MP4 ----------------------------------------------------------------

type Box = { type: string; start: number; end: number };

/** The boxes directly inside bytes[from, to), stopping at anything malformed. */
function boxes(bytes: Buffer, from: number, to: number): Box[] {
  const out: Box[] = [];
  let at = from;
  while (at + 8 <= to) {
    let size = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) break;
      size = Number(bytes.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) {
      size = to - at;
    }
    if (size < header || at + size > to) {
      // A box cut short (a file still being written, or damaged): keep what it has.
      out.push({ type, start: at + header, end: to });
      break;
    }
    out.push({ type, start: at + header, end: at + size });
    at += size;
  }
  return out;
}

const child = (bytes: Buffer, box: Box | undefined, type: string) => (box ? boxes(bytes, box.start, box.end).find((b) => b.type === type) : undefined);

function probeMp4(bytes: Buffer): VideoProbe {
  const out = empty();
  const moov = boxes(bytes, 0, bytes.length).find((b) => b.type === "moov");
  if (!moov) return out;
  const mvhd = child(bytes, moov, "mvhd");
  if (mvhd && mvhd.end - mvhd.start >= 32) {
    const version = bytes[mvhd.start];
    const timescale = bytes.readUInt32BE(mvhd.start + (version === 1 ? 20 : 12));
    const duration = version === 1 ? Number(bytes.readBigUInt64BE(mvhd.start + 24)) : bytes.readUInt32BE(mvhd.start + 16);
    // All ones means "unknown" in both versions.
    if (timescale > 0 && duration > 0 && duration !== 0xffffffff) out.durationSeconds = duration / timescale;
  }
  for (const trak of boxes(bytes, moov.start, moov.end).filter((b) => b.type === "trak")) {
    const mdia = child(bytes, trak, "mdia");
    const hdlr = child(bytes, mdia, "hdlr");
    const handler = hdlr && hdlr.end - hdlr.start >= 12 ? bytes.toString("latin1", hdlr.start + 8, hdlr.start + 12) : "";
    const stsd = child(bytes, child(bytes, child(bytes, mdia, "minf"), "stbl"), "stsd");
    // stsd: version/flags (4), entry count (4), then sample entries, which are boxes.
    if (stsd && stsd.end - stsd.start > 8) {
      for (const entry of boxes(bytes, stsd.start + 8, stsd.end)) out.codecs.push(entry.type);
    }
    const tkhd = child(bytes, trak, "tkhd");
    if (handler === "vide" && tkhd && out.width === null && tkhd.end - tkhd.start >= 84) {
      // Width and height are the box's last 8 bytes, 16.16 fixed point.
      const width = bytes.readUInt32BE(tkhd.end - 8) >>> 16;
      const height = bytes.readUInt32BE(tkhd.end - 4) >>> 16;
      if (width > 0 && height > 0) Object.assign(out, { width, height });
    }
  }
  return out;
}

// ---- WebM ---------------------------------------------------------------

type Element = { id: number; start: number; end: number };

/** An EBML variable-length number at `at`: its value and length; null when malformed. */
function vint(bytes: Buffer, at: number, keepMarker: boolean): { value: number; length: number; unknown: boolean } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23; // 1 for 0b1xxxxxxx … 8 for 0b00000001
  if (at + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === (0xff >> length);
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i];
    if (bytes[at + i] !== 0xff) allOnes = false;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

/** The element starting at `at` within a parent ending at `to`, or null when malformed. */
function elementAt(bytes: Buffer, at: number, to: number): (Element & { unknownSize: boolean }) | null {
  const id = vint(bytes, at, true);
  if (!id) return null;
  const size = vint(bytes, at + id.length, false);
  if (!size) return null;
  const start = at + id.length + size.length;
  return { id: id.value, start, end: size.unknown ? to : Math.min(start + size.value, to), unknownSize: size.unknown };
}

function elements(bytes: Buffer, from: number, to: number): Element[] {
  const out: Element[] = [];
  let at = from;
  while (at < to) {
    const e = elementAt(bytes, at, to);
    if (!e) break;
    out.push(e);
    if (e.unknownSize) break;
    at = e.end;
  }
  return out;
}

const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;
const TRACKS = 0x1654ae6b;
const TRACK_ENTRY = 0xae;
const CODEC_ID = 0x86;
const VIDEO = 0xe0;
const PIXEL_WIDTH = 0xb0;
const PIXEL_HEIGHT = 0xba;
const CLUSTER = 0x1f43b675;

function uint(bytes: Buffer, e: Element): number {
  let value = 0;
  for (let i = e.start; i < e.end; i++) value = value * 256 + bytes[i];
  return value;
}

function float(bytes: Buffer, e: Element): number | null {
  if (e.end - e.start === 4) return bytes.readFloatBE(e.start);
  if (e.end - e.start === 8) return bytes.readDoubleBE(e.start);
  return null;
}

function probeWebm(bytes: Buffer): VideoProbe {
  const out = empty();
  const segment = elements(bytes, 0, bytes.length).find((e) => e.id === SEGMENT);
  if (!segment) return out;
  // A segment of unknown size holds clusters of unknown size too: stop at the
  // first cluster, since Info and Tracks come before the media.
  const top: Element[] = [];
  let at = segment.start;
  while (at < segment.end) {
    const next = elementAt(bytes, at, segment.end);
    if (!next || next.id === CLUSTER || next.end <= at) break;
    top.push(next);
    at = next.end;
  }
  const info = top.find((e) => e.id === INFO);
  if (info) {
    const fields = elements(bytes, info.start, info.end);
    const scale = fields.find((e) => e.id === TIMECODE_SCALE);
    const duration = fields.find((e) => e.id === DURATION);
    const ticks = duration ? float(bytes, duration) : null;
    const nanos = scale ? uint(bytes, scale) : 1_000_000;
    if (ticks && ticks > 0 && Number.isFinite(ticks)) out.durationSeconds = (ticks * nanos) / 1e9;
  }
  const tracks = top.find((e) => e.id === TRACKS);
  for (const entry of tracks ? elements(bytes, tracks.start, tracks.end).filter((e) => e.id === TRACK_ENTRY) : []) {
    const fields = elements(bytes, entry.start, entry.end);
    const codec = fields.find((e) => e.id === CODEC_ID);
    if (codec) out.codecs.push(bytes.toString("latin1", codec.start, codec.end).replace(/\0+$/, ""));
    const video = fields.find((e) => e.id === VIDEO);
    if (video && out.width === null) {
      const size = elements(bytes, video.start, video.end);
      const w = size.find((e) => e.id === PIXEL_WIDTH);
      const h = size.find((e) => e.id === PIXEL_HEIGHT);
      if (w && h && uint(bytes, w) > 0 && uint(bytes, h) > 0) Object.assign(out, { width: uint(bytes, w), height: uint(bytes, h) });
    }
  }
  return out;
}

/** What the container of a file already known to be MP4 or WebM says (fields it does not say are null or empty). */
export function probeVideo(bytes: Buffer, container: "mp4" | "webm"): VideoProbe {
  try {
    return container === "mp4" ? probeMp4(bytes) : probeWebm(bytes);
  } catch {
    // A read past the end of a malformed file: it says nothing, which is not a refusal.
    return empty();
  }
}
