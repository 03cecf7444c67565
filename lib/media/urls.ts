// Public addresses of stored image variants. Pure, so any module may use it.

export function variantFileName(fileKey: string, width: number): string {
  return `${fileKey}-${width}.webp`;
}

export function mediaUrl(fileKey: string, width: number): string {
  return `/media/${variantFileName(fileKey, width)}`;
}

export function parseVariants(variants: string | number[]): number[] {
  return (typeof variants === "string" ? variants.split(",").map(Number) : [...variants]).sort((a, b) => a - b);
}

/** The widest stored variant, for places that need one URL. */
export function largestVariant(variants: string | number[]): number {
  return Math.max(...parseVariants(variants));
}

export function srcSet(fileKey: string, variants: string | number[]): string {
  return parseVariants(variants)
    .map((w) => `${mediaUrl(fileKey, w)} ${w}w`)
    .join(", ");
}
