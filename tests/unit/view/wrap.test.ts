// The one wrap/measure helper (theme/wrap.ts), as the handout's path diagram uses it: lines held to
// a count, "…" only where something was cut, and every line within the width it was given.
import { describe, expect, it } from 'vitest';
import { textWidth, wrapClipped, wrapLabel } from '../../../src/view/theme/wrap';

describe('wrapClipped', () => {
  it('keeps a name that fits as wrapLabel breaks it', () => {
    expect(wrapClipped('Medical and health services manager', 9.5, 120, 3)).toEqual(
      wrapLabel('Medical and health services manager', 9.5, 120),
    );
    expect(wrapClipped('CCA', 9.5, 40, 2)).toEqual(['CCA']);
  });

  it('cuts what does not fit in the lines allowed, the last line ending in "…"', () => {
    const lines = wrapClipped('Medical and health services manager', 9.5, 80, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(wrapLabel('Medical and health services manager', 9.5, 80)[0]);
    expect(lines[1]?.endsWith('\u2026')).toBe(true);
    for (const line of lines) expect(textWidth(line, 9.5)).toBeLessThanOrEqual(80);
  });

  it('shortens a single word wider than the box', () => {
    const [line, ...rest] = wrapClipped('Supercalifragilistic', 9.5, 45, 2);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^Super.*\u2026$/);
    expect(textWidth(line ?? '', 9.5)).toBeLessThanOrEqual(45);
  });

  it('breaks a word too wide for the box after its hyphen before cutting it ("2. NCLEX-" / "RN")', () => {
    const width = textWidth('NCLEX-', 9.5) + 2;
    expect(wrapClipped('2. NCLEX-RN', 9.5, width, 3)).toEqual(['2.', 'NCLEX-', 'RN']);
    // Joined where there is room; the map's wrapLabel keeps the word whole (it sizes its box to it).
    expect(wrapClipped('NCLEX-RN exam', 9.5, 200, 2)).toEqual(['NCLEX-RN exam']);
    expect(wrapLabel('2. NCLEX-RN', 9.5, width)).toEqual(['2.', 'NCLEX-RN']);
  });
});
