// Demo photos drawn locally (no downloads): a landscape-like picture from a
// seeded palette, rendered by sharp from SVG.

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const PALETTES = [
  ["#f6d365", "#fda085", "#2e4a3b", "#4f7d5c", "#1d3328"],
  ["#a1c4fd", "#c2e9fb", "#35606f", "#5d9a8a", "#203a43"],
  ["#ffecd2", "#fcb69f", "#6b4f3a", "#9c7a54", "#3e2c20"],
  ["#d4fc79", "#96e6a1", "#2f5d50", "#3f7f5f", "#1f3b33"],
  ["#fbc2eb", "#a6c1ee", "#4a4e69", "#6d6a8a", "#22223b"],
  ["#e0c3fc", "#8ec5fc", "#275d73", "#3f8a96", "#123346"],
];

export function demoImageSvg(seed: number, width = 1600, height = 900): string {
  const rand = rng(seed * 7919 + 17);
  const [sky1, sky2, hillA, hillB, ground] = PALETTES[seed % PALETTES.length];
  const hill = (base: number, amp: number, color: string) => {
    let d = `M0 ${height} L0 ${base}`;
    const steps = 8;
    for (let i = 1; i <= steps; i++) {
      const x = (width / steps) * i;
      const y = base - amp * (0.3 + rand());
      d += ` Q${x - width / steps / 2} ${y - amp * rand()} ${x} ${y}`;
    }
    return `<path d="${d} L${width} ${height} Z" fill="${color}"/>`;
  };
  const sunX = Math.round(width * (0.15 + rand() * 0.7));
  const sunY = Math.round(height * (0.15 + rand() * 0.2));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky2}"/><stop offset="1" stop-color="${sky1}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>
<circle cx="${sunX}" cy="${sunY}" r="${Math.round(height * 0.08)}" fill="#fff8e1" opacity="0.85"/>
${hill(height * 0.55, height * 0.15, hillA)}
${hill(height * 0.7, height * 0.1, hillB)}
${hill(height * 0.85, height * 0.05, ground)}
</svg>`;
}
