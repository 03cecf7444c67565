// `npm run bench:media` (part of `npm run bench`): what storytelling media
// cost the server, on this machine. Prints numbers; asserts nothing.
// - An image upload's encoding (lib/media/storage.ts storeImage: WebP and
//   AVIF variants plus the eight crop renditions), for a 2400×1600 photo-like
//   JPEG (noise, so the encoders work as on a real photo), to a local store
//   in a temporary folder; and the renditions alone, as a focal-point change
//   re-makes them (lib/media/renditions.ts, from the largest stored variant).
// - The reader islands' sizes as sent (lib/reader/assets.ts), plain and gzipped.
// Each timing is the median of BENCH_RUNS (default 5) runs, after one warm-up.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import sharp from "sharp";
import { localMediaStore } from "@/lib/media/local-store";
import { encodeRenditions, renditionSource } from "@/lib/media/renditions";
import { storeImage, VARIANT_WIDTHS } from "@/lib/media/storage";
import { variantFileName } from "@/lib/media/urls";
import { loadReaderAssets } from "@/lib/reader/assets";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function photo(): Promise<Buffer> {
  const noise = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .png()
    .toBuffer();
  return sharp(noise).blur(1.2).modulate({ saturation: 1.4 }).jpeg({ quality: 85 }).toBuffer();
}

async function median(label: string, run: () => Promise<unknown>): Promise<void> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(52)} ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s  (min ${(times[0] / 1000).toFixed(2)}, max ${(times[times.length - 1] / 1000).toFixed(2)})`);
}

const dir = mkdtempSync(path.join(tmpdir(), "sapo-bench-media-"));
process.env.DATA_DIR = dir;
try {
  const store = localMediaStore(dir);
  const input = await photo();
  console.log(`Image upload encoding, a ${(input.length / 1024).toFixed(0)} KB 2400×1600 JPEG, median of ${RUNS}:`);
  let last = await storeImage(input, store);
  await median("  whole upload (variants, AVIF and crop renditions)", async () => (last = await storeImage(input, store)));
  const largest = await store.get(variantFileName(last.fileKey, last.variants[last.variants.length - 1]));
  if (!largest) throw new Error("The largest variant was not stored");
  await median("  crop renditions alone (a focal-point change)", async () => {
    const source = await renditionSource(sharp(largest), VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]);
    return encodeRenditions(last.fileKey, source, { x: 0.8, y: 0.3 });
  });
  console.log("Reader islands as sent:");
  const assets = loadReaderAssets();
  for (const [name, asset] of [["reader (every page)", assets.script], ...Object.entries(assets.islands)] as const) {
    console.log(`  ${name.padEnd(20)} ${asset.body.length} bytes, ${gzipSync(asset.body).length} gzipped`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
