// The requirement builder beside the Requires text: groups (all of / one of) holding nodes, years
// as a role and further groups, nested to any depth. The tree operations live in
// src/state/requirement-tree.ts; this only draws the tree and keeps focus on the part acted on.

import { useEffect, useId, useRef, useState } from 'react';
import { MAX_REQUIREMENT_TEXT_DEPTH } from '../../data/requirement-text';
import type { CareerNode } from '../../domain/types';
import {
  addPart,
  experienceItem,
  type GroupMode,
  group,
  movePart,
  nodeItem,
  removePart,
  replacePart,
  setMode,
  type TreeGroup,
  type TreePart,
  type TreePath,
} from '../../state/requirement-tree';

interface Props {
  tree: TreeGroup;
  nodes: readonly CareerNode[];
  /** The node being edited: not offered (a node cannot require itself). */
  selfId: string;
  /** `typing` edits of one input join one undo step; the other changes are a step each. */
  onChange: (tree: TreeGroup, typing: string | null) => void;
  describedBy?: string;
  /** The text does not read: the builder still shows the last requirement that did. */
  stale?: boolean;
}

type Focus = { key: string; control: string } | null;

interface Ctx extends Props {
  nodeList: string;
  roleList: string;
  labelOf: Map<string, string>;
  /** Applies a change and says which control gets focus after it. */
  act: (tree: TreeGroup, focus: Focus, typing?: string) => void;
}

const numberOf = (path: TreePath): string => path.map((i) => i + 1).join('.');

export function RequirementBuilder(props: Props) {
  const base = useId();
  const root = useRef<HTMLFieldSetElement>(null);
  const [focus, setFocus] = useState<Focus>(null);
  useEffect(() => {
    if (!focus || !root.current) return;
    // A button that became disabled (moved to the top) hands focus to its neighbour.
    for (const control of [focus.control, 'down', 'up', 'field']) {
      const el = root.current.querySelector<HTMLElement>(`[data-focus="${focus.key}:${control}"]`);
      if (el && !(el as HTMLButtonElement).disabled) {
        el.focus();
        break;
      }
    }
    setFocus(null);
  }, [focus]);
  const others = props.nodes.filter((n) => n.id !== props.selfId);
  const ctx: Ctx = {
    ...props,
    nodeList: `${base}-nodes`,
    roleList: `${base}-roles`,
    labelOf: new Map(props.nodes.map((n) => [n.id, n.label])),
    act: (tree, f, typing) => {
      props.onChange(tree, typing ?? null);
      if (f) setFocus(f);
    },
  };
  return (
    <fieldset className="req-builder" ref={root} aria-describedby={props.describedBy}>
      <legend>Requirement builder</legend>
      <p className="muted req-note">
        Edits the same requirement as the text above. An empty group, or an item with nothing picked, is left
        out; a group of one item counts as that item.
      </p>
      {props.stale ? (
        <p className="req-note editor-error">
          The text above does not read yet: the builder shows the last requirement that did, and changing it
          here replaces the text.
        </p>
      ) : null}
      <GroupView ctx={ctx} group={props.tree} path={[]} />
      <datalist id={ctx.nodeList}>
        {others.map((n) => (
          <option key={n.id} value={n.id}>
            {n.label}
          </option>
        ))}
      </datalist>
      <datalist id={ctx.roleList}>
        {others
          .filter((n) => n.kind === 'role')
          .map((n) => (
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
      </datalist>
    </fieldset>
  );
}

/** Up, down and remove for the part at `path` (`what` names it: "item 2", "group 1.3"). */
function Moves({
  ctx,
  path,
  part,
  count,
  what,
}: {
  ctx: Ctx;
  path: TreePath;
  part: TreePart;
  count: number;
  what: string;
}) {
  const index = path[path.length - 1] ?? 0;
  const move = (by: -1 | 1, control: string) =>
    ctx.act(movePart(ctx.tree, path, by), { key: part.key, control });
  const parentKey = (): string => {
    let g: TreeGroup = ctx.tree;
    for (const i of path.slice(0, -1)) {
      const next = g.parts[i];
      if (next?.kind === 'group') g = next;
    }
    return g.key;
  };
  return (
    <span className="req-moves">
      <button
        type="button"
        data-focus={`${part.key}:up`}
        aria-label={`Move ${what} up`}
        disabled={index === 0}
        onClick={() => move(-1, 'up')}
      >
        Up
      </button>
      <button
        type="button"
        data-focus={`${part.key}:down`}
        aria-label={`Move ${what} down`}
        disabled={index >= count - 1}
        onClick={() => move(1, 'down')}
      >
        Down
      </button>
      <button
        type="button"
        data-focus={`${part.key}:remove`}
        aria-label={`Remove ${what}`}
        onClick={() => ctx.act(removePart(ctx.tree, path), { key: parentKey(), control: 'add-node' })}
      >
        Remove
      </button>
    </span>
  );
}

function GroupView({
  ctx,
  group: g,
  path,
  count = 1,
}: {
  ctx: Ctx;
  group: TreeGroup;
  path: TreePath;
  count?: number;
}) {
  const top = path.length === 0;
  const what = top ? 'the requirement' : `group ${numberOf(path)}`;
  const to = top ? ' to the requirement' : ` to group ${numberOf(path)}`;
  const add = (part: TreePart, control: string) =>
    ctx.act(addPart(ctx.tree, path, part), { key: part.key, control });
  // The format counts an item as 1 and each group around it one more: a new group here needs two.
  const deepEnough = path.length + 3 > MAX_REQUIREMENT_TEXT_DEPTH;
  return (
    <fieldset
      className={`req-group${top ? ' req-top' : ''}`}
      aria-label={top ? 'The requirement' : `Group ${numberOf(path)}`}
    >
      <div className="req-row">
        <label>
          {top ? 'Needs' : `${numberOf(path)}. Group: needs`}{' '}
          <select
            data-focus={`${g.key}:field`}
            value={g.mode}
            onChange={(e) => ctx.act(setMode(ctx.tree, path, e.target.value as GroupMode), null)}
          >
            <option value="allOf">all of these</option>
            <option value="anyOf">one of these</option>
          </select>
        </label>
        {top ? null : <Moves ctx={ctx} path={path} part={g} count={count} what={what} />}
      </div>
      {g.parts.length === 0 ? (
        <p className="muted req-note">
          {top ? 'No requirement: add an item.' : 'Empty: left out until it has an item.'}
        </p>
      ) : g.parts.length === 1 && !top ? (
        <p className="muted req-note">One item: counts as that item.</p>
      ) : null}
      {g.parts.length > 0 ? (
        <ol className="req-parts">
          {g.parts.map((p, i) => (
            <li key={p.key}>
              {p.kind === 'group' ? (
                <GroupView ctx={ctx} group={p} path={[...path, i]} count={g.parts.length} />
              ) : (
                <ItemRow ctx={ctx} item={p} path={[...path, i]} count={g.parts.length} />
              )}
            </li>
          ))}
        </ol>
      ) : null}
      <div className="req-row">
        <button
          type="button"
          data-focus={`${g.key}:add-node`}
          aria-label={`Add node${to}`}
          onClick={() => add(nodeItem(), 'field')}
        >
          Add node
        </button>
        <button
          type="button"
          aria-label={`Add years in a role${to}`}
          onClick={() => add(experienceItem(), 'field')}
        >
          Add years in a role
        </button>
        <button
          type="button"
          aria-label={`Add group${to}`}
          disabled={deepEnough}
          onClick={() => add(group(g.mode === 'allOf' ? 'anyOf' : 'allOf'), 'field')}
        >
          Add group
        </button>
      </div>
    </fieldset>
  );
}

function ItemRow({
  ctx,
  item,
  path,
  count,
}: {
  ctx: Ctx;
  item: Exclude<TreePart, TreeGroup>;
  path: TreePath;
  count: number;
}) {
  const num = numberOf(path);
  const typing = (control: string) => `${item.key}:${control}`;
  const put = (next: TreePart, control: string) =>
    ctx.act(replacePart(ctx.tree, path, next), null, typing(control));
  const id = item.kind === 'node' ? item.id : item.role;
  const label = ctx.labelOf.get(id);
  const status =
    id.trim() === '' ? 'nothing picked yet' : label === undefined ? 'not a node of this graph' : label;
  return (
    <div className="req-row req-item">
      {item.kind === 'node' ? (
        <label>
          {num}. Node{' '}
          <input
            data-focus={`${item.key}:field`}
            list={ctx.nodeList}
            value={item.id}
            placeholder="type to search"
            onChange={(e) => put({ ...item, id: e.target.value }, 'id')}
          />
        </label>
      ) : (
        <>
          <label>
            {num}. Years{' '}
            <input
              className="req-years"
              data-focus={`${item.key}:field`}
              type="number"
              min={0.5}
              step={0.5}
              value={Number.isFinite(item.years) ? item.years : ''}
              onChange={(e) => put({ ...item, years: e.target.valueAsNumber || 0 }, 'years')}
            />
          </label>
          <label>
            as role{' '}
            <input
              aria-label={`Item ${num}: as role`}
              list={ctx.roleList}
              value={item.role}
              placeholder="type to search"
              onChange={(e) => put({ ...item, role: e.target.value }, 'role')}
            />
          </label>
        </>
      )}
      <span className={`req-status${label === undefined && id.trim() !== '' ? ' editor-error' : ' muted'}`}>
        {status}
      </span>
      <Moves ctx={ctx} path={path} part={item} count={count} what={`item ${num}`} />
    </div>
  );
}
