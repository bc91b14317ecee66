// The one wrap/measure helper: breaks a label into lines that fit a width, by a conservative glyph
// estimate (no canvas, so it runs in Node and gives the same lines everywhere). The canvas draws
// these lines as they are, the node is sized from them, and the SVG export writes the same lines.

/** Estimated advance of one glyph as a share of the font size (DejaVu Sans is wide). */
const GLYPH: Record<'narrow' | 'upper' | 'wide' | 'other', number> = {
  narrow: 0.34,
  upper: 0.73,
  wide: 0.9,
  other: 0.6,
};

/** Estimated width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[ilj.,:;'|!()[\]/ -]/.test(ch)) em += GLYPH.narrow;
    else if (/[mwMW@]/.test(ch)) em += GLYPH.wide;
    else if (/[A-Z0-9&$]/.test(ch)) em += GLYPH.upper;
    else em += GLYPH.other;
  }
  return em * fontSize;
}

/**
 * Greedy word wrap to `maxWidth` px. A word longer than a line is kept whole, or with
 * `breakHyphens` broken after a hyphen ("NCLEX-" / "RN") where that makes it fit.
 */
function wrapWords(text: string, fontSize: number, maxWidth: number, breakHyphens: boolean): string[] {
  const pieces: { text: string; glued: boolean }[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const parts = breakHyphens && textWidth(word, fontSize) > maxWidth ? word.split(/(?<=-)(?=.)/) : [word];
    parts.forEach((part, i) => {
      pieces.push({ text: part, glued: i > 0 });
    });
  }
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const next = line === '' ? piece.text : `${line}${piece.glued ? '' : ' '}${piece.text}`;
    if (line === '' || textWidth(next, fontSize) <= maxWidth) line = next;
    else {
      lines.push(line);
      line = piece.text;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Greedy word wrap to `maxWidth` px; a word longer than a line is kept whole (the map sizes its box to it). */
export function wrapLabel(text: string, fontSize: number, maxWidth: number): string[] {
  return wrapWords(text, fontSize, maxWidth, false);
}

/** `line` shortened until it and a closing "…" fit `maxWidth` px. */
function withEllipsis(line: string, fontSize: number, maxWidth: number): string {
  let kept = line;
  while (kept.length > 1 && textWidth(`${kept}\u2026`, fontSize) > maxWidth) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}\u2026`;
}

/**
 * wrapLabel held to `maxLines` lines, for boxes of a fixed size: a word too wide for the box is
 * broken after a hyphen where it has one; a line still too wide, or the last line when words were
 * left over, ends in "…". Nothing is cut when the text fits.
 */
export function wrapClipped(text: string, fontSize: number, maxWidth: number, maxLines: number): string[] {
  const lines = wrapWords(text, fontSize, maxWidth, true);
  const kept = lines.slice(0, Math.max(1, maxLines));
  return kept.map((line, i) =>
    textWidth(line, fontSize) > maxWidth || (i === kept.length - 1 && lines.length > kept.length)
      ? withEllipsis(line, fontSize, maxWidth)
      : line,
  );
}

export const LINE_HEIGHT = 1.2;

/** Lines and the box they need: `width` fixed, height from the line count plus padding. */
export function labelBox(
  text: string,
  fontSize: number,
  box: { width: number; minHeight: number; padding: number },
): { lines: string[]; width: number; height: number } {
  const lines = wrapLabel(text, fontSize, box.width - 2 * box.padding);
  const widest = Math.max(0, ...lines.map((l) => textWidth(l, fontSize)));
  const height = Math.max(box.minHeight, Math.ceil(lines.length * fontSize * LINE_HEIGHT + 2 * box.padding));
  return { lines, width: Math.max(box.width, Math.ceil(widest + 2 * box.padding)), height };
}
