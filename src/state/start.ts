// The starting view, decided once before the store exists: a share link, else the saved situation,
// else the default. Storage and the address are read once here; ids are checked once, against the
// graph, in `resolveStart`. Whatever was dropped becomes typed notices.

import type { CareerGraph } from '../domain/career-graph';
import { ALTERNATIVES } from './derive';
import type { Notice } from './notices';
import { loadStored, type MaybeStorage, type Stored, storedOf } from './persist';
import { plannedSituation } from './planned-situation';
import { loadedPlanner } from './planner-on-demand';
import { knownRegions } from './regions';
import {
  describeAltClamped,
  encodeShareQuery,
  parseShareQuery,
  resolveShareLink,
  type ShareLink,
} from './share-link';
import { readSavedBeforeLink } from './share-link-saved';
import { DEFAULT_VIEW_STATE, sanitizeViewState, type ViewState } from './view-state';

export type ViewOrigin = 'link' | 'own';

export interface Start {
  /** `link`: the view is a share link's, kept out of storage until the person changes it. */
  origin: ViewOrigin;
  /** The starting view; ids are not yet checked against a graph. */
  view: ViewState;
  /** The link, when the view is a link's (its ids are checked in `resolveStart`). */
  link: ShareLink | null;
  /** What the link's syntax got wrong. */
  linkIgnored: string[];
  /** Notices from reading storage. */
  notices: Notice[];
  /** The person has a saved situation that the link's view leaves untouched. */
  savedKept: boolean;
  /** A situation kept aside when a changed link view became the saved one. */
  earlierKept: boolean;
  /** What storage held at start (what this tab and storage agree on, for merging with other tabs). */
  saved: Stored | null;
}

const isEmpty = (s: Stored): boolean =>
  s.situation.holds.length === 0 && s.goal === null && !s.situation.region;

/** The persisted fields as a link writes them: equal for the same situation, whatever the key order. */
const canonical = (s: Stored): string => encodeShareQuery({ ...DEFAULT_VIEW_STATE, ...storedOf(s) });

export function decideStart(env: { search: string; storage: MaybeStorage }): Start {
  const stored = loadStored(env.storage);
  const notices: Notice[] = [];
  if (stored.kind === 'unreadable')
    notices.push({ kind: 'stored-unreadable', why: stored.why, keptAs: stored.keptAs });
  if (stored.kind === 'partial') notices.push({ kind: 'stored-partial', dropped: stored.dropped });
  const saved = stored.kind === 'ok' || stored.kind === 'partial' ? stored.value : null;
  const earlierKept = readSavedBeforeLink(env.storage) !== null;
  const parsed = parseShareQuery(env.search);
  const base = { notices, earlierKept, linkIgnored: [] as string[], savedKept: false, saved };

  if (parsed.kind === 'link') {
    const { link, ignored } = parsed;
    const linkView: ViewState = {
      ...DEFAULT_VIEW_STATE,
      situation: {
        holds: link.holds,
        years: link.years,
        ...(link.region ? { region: link.region } : {}),
        ...(link.pace === 'part-time' ? { pace: link.pace } : {}),
      },
      goal: link.goal,
      by: link.by,
      alternative: link.alternative,
      selected: link.selected,
    };
    // The address of the person's own view (a plain reload) says what is saved: not a shared link.
    if (saved !== null && canonical(saved) === canonical(linkView)) {
      return {
        ...base,
        origin: 'own',
        view: { ...linkView, ...storedOf(saved) },
        link: null,
        linkIgnored: ignored,
      };
    }
    return {
      ...base,
      origin: 'link',
      view: linkView,
      link,
      linkIgnored: ignored,
      savedKept: (saved !== null && !isEmpty(saved)) || earlierKept,
    };
  }
  const view = saved ? { ...DEFAULT_VIEW_STATE, ...saved } : DEFAULT_VIEW_STATE;
  return { ...base, origin: 'own', view, link: null };
}

/**
 * An alternative beyond the plans there are: the last one, and the words saying so. Needs the
 * planner, which main.tsx loads before the first render when the starting view has a goal; without
 * it the alternative stays as asked (the plan panel shows the last plan there is).
 */
function clampAlternative(graph: CareerGraph, view: ViewState): { view: ViewState; ignored: string | null } {
  const asked = view.alternative;
  if (asked === 0) return { view, ignored: null };
  let count = 0;
  const planner = loadedPlanner();
  if (view.goal !== null && planner === null) return { view, ignored: null };
  const situation = plannedSituation(graph, view.situation).situation;
  if (view.goal !== null && planner !== null && !situation.holds.includes(view.goal)) {
    try {
      const r = planner.planCareer(graph, situation, view.goal, {
        by: view.by,
        alternatives: ALTERNATIVES,
      });
      count = r.kind === 'plan' ? r.plans.length : 0;
    } catch {
      count = 0;
    }
  }
  if (asked < count) return { view, ignored: null };
  return {
    view: { ...view, alternative: Math.max(0, count - 1) },
    ignored:
      count > 0 ? describeAltClamped(asked, count) : `alt "${asked}" (there is no plan to choose from)`,
  };
}

/**
 * Checks the starting view's ids (and region, and alternative) against the graph, once. The origin
 * can still turn from `link` to `own` here: an address that says the saved situation once ids this
 * graph lacks are left out is a reload of the person's own view, not a shared link.
 */
export function resolveStart(
  start: Start,
  graph: CareerGraph,
): { view: ViewState; notices: Notice[]; origin: ViewOrigin } {
  const regions = knownRegions(graph);
  const hasNode = (id: string): boolean => graph.hasNode(id);
  const hasRegion = (r: string): boolean => regions.has(r);
  const notices = [...start.notices];
  if (start.origin === 'link' && start.link) {
    const resolved = resolveShareLink(start.link, start.view, hasNode, hasRegion);
    if (start.saved && resolved.ignored.length === 0 && start.linkIgnored.length === 0) {
      const own = { ...resolved.view, ...storedOf(start.saved) };
      if (canonical(sanitizeViewState(own, hasNode, hasRegion).view) === canonical(resolved.view)) {
        return resolveStart({ ...start, origin: 'own', link: null, savedKept: false, view: own }, graph);
      }
    }
    const clamped = clampAlternative(graph, resolved.view);
    const ignored = [...start.linkIgnored, ...resolved.ignored];
    if (clamped.ignored) ignored.push(clamped.ignored);
    if (ignored.length) notices.push({ kind: 'link-ignored', ignored });
    if (start.savedKept) notices.push({ kind: 'link-shown' });
    return { view: clamped.view, notices, origin: 'link' };
  }
  const { view, dropped } = sanitizeViewState(start.view, hasNode, hasRegion);
  const clamped = clampAlternative(graph, view);
  if (dropped.length) notices.push({ kind: 'saved-ids-dropped', dropped });
  const ignored = [...start.linkIgnored];
  if (clamped.ignored) ignored.push(clamped.ignored);
  if (ignored.length) notices.push({ kind: 'link-ignored', ignored });
  if (start.earlierKept) notices.push({ kind: 'earlier-kept' });
  return { view: clamped.view, notices, origin: 'own' };
}

/** A start with nothing stored and no link (tests, and a store built without storage). */
export const DEFAULT_START: Start = {
  origin: 'own',
  view: DEFAULT_VIEW_STATE,
  link: null,
  linkIgnored: [],
  notices: [],
  savedKept: false,
  earlierKept: false,
  saved: null,
};
