// Tiny video files built byte by byte, for tests of what video uploads
// accept (lib/media/video.ts): no ffmpeg, nothing downloaded. They carry
// only containers' headers (an MP4's ftyp and moov boxes, a WebM's EBML
// header, Info and Tracks), which is all file-type and the probe read; they
// would not play. e2e/video.spec.ts uploads a real, playable WebM.

/** An ISO BMFF box: 32-bit size, four-letter type, payload. */
export function box(type: string, ...payload: Buffer[]): Buffer {
  const body = Buffer.concat(payload);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length + 8, 0);
  head.write(type, 4, "latin1");
  return Buffer.concat([head, body]);
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const zeros = (n: number) => Buffer.alloc(n);

/** An MP4 (or, with brand "qt  ", a QuickTime file) with one video track of `codec`. */
export function mp4File({
  brand = "isom",
  codec = "avc1",
  width = 320,
  height = 240,
  timescale = 1000,
  duration = 2500,
  moovLast = false,
}: { brand?: string; codec?: string; width?: number; height?: number; timescale?: number; duration?: number; moovLast?: boolean } = {}): Buffer {
  const ftyp = box("ftyp", Buffer.from(brand.padEnd(4).slice(0, 4), "latin1"), u32(0x200), Buffer.from(`${brand.padEnd(4).slice(0, 4)}iso2mp41`, "latin1"));
  const mvhd = box("mvhd", zeros(4), zeros(8), u32(timescale), u32(duration), zeros(100 - 20));
  const tkhd = box("tkhd", zeros(4), zeros(8), u32(1), zeros(4), u32(duration), zeros(8 + 8 + 36), u32(width << 16), u32(height << 16));
  const hdlr = box("hdlr", zeros(4), zeros(4), Buffer.from("vide", "latin1"), zeros(12), Buffer.from("Video\0", "latin1"));
  const stsd = box("stsd", zeros(4), u32(1), box(codec, zeros(78)));
  const trak = box("trak", tkhd, box("mdia", hdlr, box("minf", box("stbl", stsd))));
  const moov = box("moov", mvhd, trak);
  const mdat = box("mdat", Buffer.alloc(2048, 7));
  return moovLast ? Buffer.concat([ftyp, mdat, moov]) : Buffer.concat([ftyp, moov, mdat]);
}

/** An EBML element: id bytes, size as an 8-byte variable-length number (or unknown), data. */
function el(id: number[], data: Buffer, unknownSize = false): Buffer {
  const size = Buffer.alloc(8);
  if (unknownSize) size.fill(0xff, 0, 8).writeUInt8(0x01, 0);
  else {
    size.writeUInt8(0x01, 0);
    size.writeUIntBE(data.length, 2, 6);
  }
  return Buffer.concat([Buffer.from(id), size, data]);
}

const uint = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** A WebM (or, with docType "matroska", an MKV) with one video track of `codec`. */
export function webmFile({
  docType = "webm",
  codec = "V_VP9",
  width = 320,
  height = 240,
  durationMs = 1500 as number | null,
  unknownSegmentSize = false,
}: { docType?: string; codec?: string; width?: number; height?: number; durationMs?: number | null; unknownSegmentSize?: boolean } = {}): Buffer {
  const header = el(
    [0x1a, 0x45, 0xdf, 0xa3],
    Buffer.concat([el([0x42, 0x86], uint(1)), el([0x42, 0x82], Buffer.from(docType, "latin1")), el([0x42, 0x87], uint(4)), el([0x42, 0x85], uint(2))]),
  );
  const duration = Buffer.alloc(8);
  if (durationMs !== null) duration.writeDoubleBE(durationMs);
  const info = el([0x15, 0x49, 0xa9, 0x66], Buffer.concat([el([0x2a, 0xd7, 0xb1], uint(1_000_000)), ...(durationMs !== null ? [el([0x44, 0x89], duration)] : [])]));
  const video = el([0xe0], Buffer.concat([el([0xb0], uint(width)), el([0xba], uint(height))]));
  const track = el([0xae], Buffer.concat([el([0xd7], uint(1)), el([0x83], uint(1)), el([0x86], Buffer.from(codec, "latin1")), video]));
  const tracks = el([0x16, 0x54, 0xae, 0x6b], track);
  const cluster = el([0x1f, 0x43, 0xb6, 0x75], Buffer.concat([el([0xe7], uint(0)), el([0xa3], Buffer.alloc(1024, 3))]), unknownSegmentSize);
  const segment = el([0x18, 0x53, 0x80, 0x67], Buffer.concat([info, tracks, cluster]), unknownSegmentSize);
  return Buffer.concat([header, segment]);
}

/** The start of an AVI file (RIFF … AVI LIST). */
export function aviFile(): Buffer {
  const riff = Buffer.concat([Buffer.from("RIFF", "latin1"), uint(0).reverse(), Buffer.from("AVI LIST", "latin1"), Buffer.alloc(1024)]);
  return riff;
}

/** The start of an FLV file. */
export function flvFile(): Buffer {
  return Buffer.concat([Buffer.from([0x46, 0x4c, 0x56, 0x01, 0x05, 0, 0, 0, 9]), Buffer.alloc(512)]);
}

/** A small WebVTT file with `cues` cues. */
export function vttFile(cues = 2, text = "Xin chào"): Buffer {
  const lines = ["WEBVTT", ""];
  for (let i = 0; i < cues; i++) lines.push(`00:00:0${i}.000 --> 00:00:0${i}.900`, `${text} ${i + 1}`, "");
  return Buffer.from(lines.join("\n"), "utf8");
}
