// @vitest-environment jsdom
// The years field keeps what is typed: "-", "" and "2." can be typed through, only valid values
// (0–80) reach the store, and invalid text gets a visible message instead of a silent rewrite.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SituationPanel } from '../../src/view/panels/SituationPanel';
import { parseYears } from '../../src/view/panels/years-input';
import { byLabel, type Rendered, readyStore, render } from './explorer-helpers';

const MRT = 'medical-records-technician';
let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

function type(el: HTMLInputElement, value: string): void {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function setup() {
  const store = readyStore();
  store.getState().addHeld(MRT);
  store.getState().setYears(MRT, 2);
  r = render(store, <SituationPanel />);
  const input = byLabel<HTMLInputElement>(r.container, 'Years as Medical Records Technician');
  const message = () => r?.container.querySelector('.field-error')?.textContent ?? null;
  return { store, input, message, years: () => store.getState().view.situation.years[MRT] };
}

describe('years input', () => {
  it('parses years strictly', () => {
    expect(parseYears('3')).toBe(3);
    expect(parseYears('1.5')).toBe(1.5);
    expect(parseYears('80')).toBe(80);
    expect(parseYears('0')).toBe(0);
    expect(parseYears('-')).toBe('Years cannot be negative.');
    expect(parseYears('-3')).toBe('Years cannot be negative.');
    expect(parseYears('')).toBe('Enter a number of years from 0 to 80.');
    expect(parseYears('81')).toBe('Years must be 80 or fewer.');
    expect(parseYears('2x')).toBe('Years must be a number, such as 2 or 1.5.');
  });

  it('can be cleared and retyped without a stray 0', () => {
    const { input, message, years } = setup();
    expect(input.value).toBe('2');
    type(input, '');
    expect(input.value).toBe('');
    expect(message()).toBe('Enter a number of years from 0 to 80. Still using 2.');
    expect(years()).toBe(2);
    type(input, '3');
    expect(input.value).toBe('3');
    expect(years()).toBe(3);
    expect(message()).toBeNull();
    type(input, '3.');
    expect(input.value).toBe('3.');
    type(input, '3.5');
    expect(years()).toBe(3.5);
  });

  it('never turns "-3" into 3: the text stays, the store keeps the last valid value', () => {
    const { input, message, years } = setup();
    type(input, '-');
    expect(input.value).toBe('-');
    expect(years()).toBe(2);
    type(input, '-3');
    expect(input.value).toBe('-3');
    expect(years()).toBe(2);
    expect(message()).toBe('Years cannot be negative. Still using 2.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    type(input, '120');
    expect(years()).toBe(2);
    expect(message()).toBe('Years must be 80 or fewer. Still using 2.');
  });

  it('follows the store when it changes from elsewhere', () => {
    const { store, input } = setup();
    act(() => store.getState().setYears(MRT, 7));
    expect(input.value).toBe('7');
  });
});
