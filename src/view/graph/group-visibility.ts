// What a big graph's grouped canvas shows, as plain data: which members are drawn (their group is
// expanded, or they are pinned: plan steps, held and selected nodes), which group boxes stay
// collapsed, and the links between a collapsed box and drawn nodes, one per pair with a count.

/** A link of the domain graph, by its ends. */
export interface LinkEnds {
  source: string;
  target: string;
}

/** One drawn link standing for `count` links between a collapsed group and a drawn node. */
export interface AggregatedLink {
  id: string;
  source: string;
  target: string;
  count: number;
}

/**
 * The members drawn: those of expanded groups, and the pinned ones wherever they are. A node in no
 * group (`groupOf` has no entry) is always drawn.
 */
export function shownMembers(
  groupOf: ReadonlyMap<string, string>,
  expanded: ReadonlySet<string>,
  pinned: Iterable<string>,
): Set<string> {
  const shown = new Set<string>();
  for (const [id, group] of groupOf) if (expanded.has(group)) shown.add(id);
  for (const id of pinned) if (groupOf.has(id)) shown.add(id);
  return shown;
}

/** Whether a node is drawn: in no group, or among `shown`. */
const drawn = (id: string, groupOf: ReadonlyMap<string, string>, shown: ReadonlySet<string>): boolean =>
  !groupOf.has(id) || shown.has(id);

/**
 * The links between a collapsed group and a drawn node, one per (group, node, direction), sorted
 * by id. Links between two drawn nodes are drawn themselves; links inside a group or between two
 * collapsed groups are left out (the boxes' counts say they are there).
 */
export function aggregatedLinks(
  links: Iterable<LinkEnds>,
  groupOf: ReadonlyMap<string, string>,
  shown: ReadonlySet<string>,
): AggregatedLink[] {
  const counts = new Map<string, AggregatedLink>();
  for (const { source, target } of links) {
    const s = drawn(source, groupOf, shown);
    const t = drawn(target, groupOf, shown);
    if (s === t) continue;
    const from = s ? source : (groupOf.get(source) as string);
    const to = t ? target : (groupOf.get(target) as string);
    const id = `agg:${from}->${to}`;
    const link = counts.get(id);
    if (link) link.count++;
    else counts.set(id, { id, source: from, target: to, count: 1 });
  }
  return [...counts.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The group to expand so that `id` shows inside its own group (null: nothing to expand). */
export function groupToReveal(
  id: string | null,
  groupOf: ReadonlyMap<string, string>,
  expanded: ReadonlySet<string>,
): string | null {
  const group = id ? groupOf.get(id) : undefined;
  return group !== undefined && !expanded.has(group) ? group : null;
}

/** A link of the domain graph with its id (as the canvas knows it). */
export interface Link extends LinkEnds {
  id: string;
}

/**
 * What the canvas must gain and lose so that it holds exactly the `shown` members and the links
 * between drawn members (a member is drawn when shown or in no group): members to remove (their
 * links go with them), members to add, then the links to add (each after both its ends).
 * `present` / `presentLinks`: the members and links in the canvas now.
 */
export function canvasChange(
  shown: ReadonlySet<string>,
  groupOf: ReadonlyMap<string, string>,
  present: ReadonlySet<string>,
  presentLinks: ReadonlySet<string>,
  linksOf: ReadonlyMap<string, readonly Link[]>,
): { removeNodes: string[]; addNodes: string[]; addLinks: Link[] } {
  const removeNodes: string[] = [];
  for (const id of present) if (!drawn(id, groupOf, shown)) removeNodes.push(id);
  const addNodes: string[] = [];
  for (const id of shown) if (!present.has(id)) addNodes.push(id);
  const adding = new Set(addNodes);
  const taken = new Set<string>();
  const addLinks: Link[] = [];
  for (const id of addNodes)
    for (const link of linksOf.get(id) ?? []) {
      if (taken.has(link.id) || presentLinks.has(link.id)) continue;
      const other = link.source === id ? link.target : link.source;
      if (!adding.has(other) && !(present.has(other) && drawn(other, groupOf, shown))) continue;
      taken.add(link.id);
      addLinks.push(link);
    }
  return { removeNodes, addNodes, addLinks };
}
