// @vitest-environment jsdom
// The plan timeline takes its year lines, wait boxes and words from the theme's CSS variables, so
// they follow the dark theme and forced colours (fixed light greys showed as bright lines on dark);
// the printed handout pins the light palette's variables, so paper stays light on a dark screen.
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintHandout } from '../../src/view/handout/Handout';
import { PALETTES } from '../../src/view/theme/theme';
import { graph, managerResult, viaBachelor } from './support/counselor-plans';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Every declaration of the app's (not the handout's) `.timeline…` rules in these stylesheets. */
function timelineDeclarations(): string[] {
  const css = ['src/view/styles.css', 'src/view/panels/timeline.css']
    .map((f) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''))
    .join('\n');
  const out: string[] = [];
  for (const [, selector, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!selector || !body || !/^\s*\.timeline/.test(selector)) continue;
    out.push(...body.split(';').map((d) => `${selector.trim()} { ${d.trim()} }`));
  }
  return out;
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

describe('timeline colours', () => {
  it('the app timeline names no fixed colour: every colour is a theme variable', () => {
    const declarations = timelineDeclarations();
    expect(declarations.some((d) => d.includes('.timeline-track') && d.includes('var(--line)'))).toBe(true);
    const fixed = declarations.filter((d) => {
      const [property = '', value = ''] = (d.split('{ ')[1] ?? '').split(':');
      return (
        /color|background|border|outline/.test(property) &&
        /#[0-9a-f]{3,8}\b|rgba?\(|\b(white|black|gr[ae]y)\b/i.test(value)
      );
    });
    expect(fixed).toEqual([]);
  });

  it('the handout pins the light palette, whatever the screen theme', () => {
    document.documentElement.style.setProperty('--line', PALETTES.dark.line);
    const el = document.createElement('div');
    document.body.append(el);
    root = createRoot(el);
    act(() =>
      root?.render(
        <PrintHandout
          graph={graph}
          situation={{ holds: [] }}
          result={managerResult([viaBachelor])}
          index={0}
        />,
      ),
    );
    const handout = document.querySelector<HTMLElement>('.handout-root');
    expect(handout?.style.getPropertyValue('--line')).toBe(PALETTES.light.line);
    expect(handout?.style.getPropertyValue('--paper')).toBe(PALETTES.light.canvas);
    expect(handout?.style.getPropertyValue('--ink')).toBe(PALETTES.light.ink);
    document.documentElement.style.removeProperty('--line');
  });
});
