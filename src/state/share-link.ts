// The view as a share link: `?goal=…&holds=…&years=role:n,…&region=…&pace=…&by=…&alt=…&node=…`, and back.
// Parsing never throws: whatever a link gets wrong is named in `ignored`, and the rest still applies.

import { REGION_PATTERN } from '../data/patterns';
import { OBJECTIVES, type Objective } from '../domain/planner/types';
import { PACES, type Pace } from '../domain/types';
import { describeNotice } from './notices';
import { ownValue, recordOf } from './own-key';
import { DEFAULT_VIEW_STATE, normaliseYears, type ViewState } from './view-state';

/** Query keys in the order they are written, so the same view always gives the same address. */
export const SHARE_KEYS = ['goal', 'holds', 'years', 'region', 'pace', 'by', 'alt', 'node'] as const;

const MAX_YEARS = 80;
/** Up to six decimals: the precision the app keeps years at, so a link says exactly what is stored. */
const YEARS_VALUE = /^\d{1,2}(?:\.\d{1,6})?$/;

/** What a link says once its syntax is checked; ids are not yet checked against a graph. */
export interface ShareLink {
  goal: string | null;
  holds: string[];
  years: Record<string, number>;
  region: string | null;
  /** Study pace; null when the link does not say (full time). */
  pace: Pace | null;
  by: Objective;
  alternative: number;
  selected: string | null;
}

export type ParsedShareLink = { kind: 'none' } | { kind: 'link'; link: ShareLink; ignored: string[] };

export const REGION_UNKNOWN = 'no regional figures in this career graph; national figures are shown';

/** The alternative a link asked for beyond the plans there are (`count` plans, 1-based words). */
export function describeAltClamped(asked: number, count: number): string {
  return `alt "${asked}" (this goal has ${count} plan${count === 1 ? '' : 's'}, so plan ${count} is shown)`;
}

/** Percent-encodes one id or value; ids are kebab-case so this rarely changes anything. */
const enc = (value: string): string => encodeURIComponent(value);

/** The query string (with `?`, or '' for the untouched default view) that restores `view`. */
export function encodeShareQuery(view: ViewState): string {
  const { holds, years, region } = view.situation;
  const parts: string[] = [];
  if (view.goal !== null) parts.push(`goal=${enc(view.goal)}`);
  if (holds.length) parts.push(`holds=${holds.map(enc).join(',')}`);
  // Years follow the order of holds so the address is stable; years of roles not held mean nothing.
  const yearParts: string[] = [];
  for (const id of holds) {
    const y = ownValue(years, id);
    if (y !== undefined) yearParts.push(`${enc(id)}:${normaliseYears(y)}`);
  }
  if (yearParts.length) parts.push(`years=${yearParts.join(',')}`);
  if (region) parts.push(`region=${enc(region)}`);
  if (view.situation.pace === 'part-time') parts.push('pace=part-time');
  if (view.by !== DEFAULT_VIEW_STATE.by) parts.push(`by=${view.by}`);
  if (view.alternative > 0) parts.push(`alt=${view.alternative}`);
  if (view.selected !== null) parts.push(`node=${enc(view.selected)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

const quote = (s: string): string => `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`;

/** Splits a comma list, dropping empty items ("a,,b" and a trailing comma are harmless). */
const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** Reads a query string (`location.search`); `none` when it has none of the share keys. */
export function parseShareQuery(search: string): ParsedShareLink {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { kind: 'none' };
  }
  if (!SHARE_KEYS.some((k) => params.has(k))) return { kind: 'none' };
  const ignored: string[] = [];
  const link: ShareLink = {
    goal: null,
    holds: [],
    years: {},
    region: null,
    pace: null,
    by: DEFAULT_VIEW_STATE.by,
    alternative: 0,
    selected: null,
  };

  const goal = params.get('goal')?.trim();
  if (goal) link.goal = goal;

  const holds = params.get('holds');
  if (holds !== null) link.holds = [...new Set(list(holds))];

  const years = params.get('years');
  const yearEntries = new Map<string, number>();
  if (years !== null) {
    for (const item of list(years)) {
      const at = item.lastIndexOf(':');
      const id = at > 0 ? item.slice(0, at) : '';
      const n = at > 0 ? item.slice(at + 1) : '';
      const value = Number(n);
      if (id === '' || !YEARS_VALUE.test(n) || value > MAX_YEARS) {
        ignored.push(
          `years ${quote(item)} (expected role:years with years from 0 to ${MAX_YEARS}, like medical-coder:2)`,
        );
      } else {
        yearEntries.set(id, normaliseYears(value));
      }
    }
  }
  link.years = recordOf(yearEntries);

  const region = params.get('region')?.trim();
  if (region !== undefined && region !== '') {
    if (REGION_PATTERN.test(region)) link.region = region;
    else ignored.push(`region ${quote(region)} (expected a region code in capitals, like NJ)`);
  }

  const pace = params.get('pace')?.trim();
  if (pace !== undefined && pace !== '') {
    if ((PACES as readonly string[]).includes(pace)) link.pace = pace as Pace;
    else ignored.push(`pace ${quote(pace)} (expected one of ${PACES.join(', ')})`);
  }

  const by = params.get('by')?.trim();
  if (by !== undefined && by !== '') {
    if ((OBJECTIVES as readonly string[]).includes(by)) link.by = by as Objective;
    else ignored.push(`by ${quote(by)} (expected one of ${OBJECTIVES.join(', ')})`);
  }

  const alt = params.get('alt')?.trim();
  if (alt !== undefined && alt !== '') {
    if (/^\d{1,2}$/.test(alt)) link.alternative = Number(alt);
    else ignored.push(`alt ${quote(alt)} (expected a whole number, 0 for the best plan)`);
  }

  const node = params.get('node')?.trim();
  if (node) link.selected = node;

  return { kind: 'link', link, ignored };
}

/**
 * The view a link asks for, on top of `current` (whose view mode and kind filter a link does not
 * carry). Ids the graph does not know, and a region it has no figures for, are left out and named
 * in `ignored`. The alternative is checked later, against the plans there turn out to be.
 */
export function resolveShareLink(
  link: ShareLink,
  current: ViewState,
  hasNode: (id: string) => boolean,
  hasRegion: (region: string) => boolean = () => true,
): { view: ViewState; ignored: string[] } {
  const ignored: string[] = [];
  const holds: string[] = [];
  for (const id of link.holds) {
    if (hasNode(id)) holds.push(id);
    else ignored.push(`holds ${quote(id)} (not in this career graph)`);
  }
  const held = new Set(holds);
  const yearEntries: [string, number][] = [];
  for (const [id, y] of Object.entries(link.years)) {
    if (!hasNode(id)) ignored.push(`years for ${quote(id)} (not in this career graph)`);
    else if (!held.has(id)) ignored.push(`years for ${quote(id)} (the link does not list it in holds)`);
    else yearEntries.push([id, y]);
  }
  const years = recordOf(yearEntries);
  let goal: string | null = null;
  if (link.goal !== null) {
    if (hasNode(link.goal)) goal = link.goal;
    else ignored.push(`goal ${quote(link.goal)} (not in this career graph)`);
  }
  let selected: string | null = null;
  if (link.selected !== null) {
    if (hasNode(link.selected)) selected = link.selected;
    else ignored.push(`node ${quote(link.selected)} (not in this career graph)`);
  }
  const situation: ViewState['situation'] = { holds, years };
  if (link.region !== null) {
    if (hasRegion(link.region)) situation.region = link.region;
    else ignored.push(`region ${quote(link.region)} (${REGION_UNKNOWN})`);
  }
  if (link.pace === 'part-time') situation.pace = 'part-time';
  return {
    view: { ...current, situation, goal, by: link.by, alternative: link.alternative, selected },
    ignored,
  };
}

/** One notice naming everything a link got wrong; `null` when nothing was ignored. */
export function describeIgnored(ignored: readonly string[]): string | null {
  return ignored.length === 0 ? null : describeNotice({ kind: 'link-ignored', ignored: [...ignored] });
}
