// Which theme is in force: the person's choice (kept in local storage) or else the system's
// prefers-color-scheme; applied as CSS variables and `data-theme` on the page root. Read in React
// through useTheme(); the canvas takes its stylesheet for the same name.

import { useSyncExternalStore } from 'react';
import { cssVariables, type ThemeName } from './theme';

const KEY = 'career-path-explorer:theme';
const listeners = new Set<() => void>();

function stored(): ThemeName | null {
  try {
    const v = globalThis.localStorage?.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

function systemDark(): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
}

let choice: ThemeName | null = stored();
let current: ThemeName = choice ?? (systemDark()?.matches ? 'dark' : 'light');

/** NOTE: writes the variables and `data-theme` on document.documentElement. */
export function applyTheme(name: ThemeName): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  for (const [k, v] of Object.entries(cssVariables(name))) root.style.setProperty(k, v);
  root.style.colorScheme = name;
  root.dataset.theme = name;
}

function set(name: ThemeName): void {
  current = name;
  applyTheme(name);
  for (const l of listeners) l();
}

/** The person's choice, kept; overrides the system setting from now on. */
export function chooseTheme(name: ThemeName): void {
  choice = name;
  try {
    globalThis.localStorage?.setItem(KEY, name);
  } catch {
    // Storage refused (private mode): the choice holds for this visit.
  }
  set(name);
}

export function currentTheme(): ThemeName {
  return current;
}

systemDark()?.addEventListener?.('change', (e) => {
  if (choice === null) set(e.matches ? 'dark' : 'light');
});
applyTheme(current);

export function useTheme(): ThemeName {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
    () => current,
  );
}
