// WCAG contrast arithmetic for the theme: relative luminance, contrast ratio, and the colour a
// translucent fill makes over the canvas (what a dimmed node's label is actually read against).

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** '#rgb', '#rrggbb' or 'rgb(r, g, b)' (as Cytoscape's style() reports colours). */
export function parseColour(colour: string): Rgb {
  const c = colour.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(c);
  if (hex?.[1]) {
    const h = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    return {
      r: Number.parseInt(h.slice(0, 2), 16),
      g: Number.parseInt(h.slice(2, 4), 16),
      b: Number.parseInt(h.slice(4, 6), 16),
    };
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(c);
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]) };
  throw new Error(`contrast: "${colour}" is not a colour this module reads (use #rrggbb or rgb())`);
}

const channel = (v: number): number => {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export function luminance(colour: string | Rgb): number {
  const { r, g, b } = typeof colour === 'string' ? parseColour(colour) : colour;
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio, 1–21. */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` drawn at `opacity` over `bottom`. */
export function blend(top: string | Rgb, opacity: number, bottom: string | Rgb): Rgb {
  const t = typeof top === 'string' ? parseColour(top) : top;
  const u = typeof bottom === 'string' ? parseColour(bottom) : bottom;
  const mix = (x: number, y: number) => Math.round(x * opacity + y * (1 - opacity));
  return { r: mix(t.r, u.r), g: mix(t.g, u.g), b: mix(t.b, u.b) };
}
