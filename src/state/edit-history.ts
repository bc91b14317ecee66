// Undo and redo for the graph editor: past and future versions of the file. Edits of one field in a
// row (typing) share one step, so undo takes back the whole word, not one letter.

export interface EditHistory<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** What the last step changed (`node-3:label`); a new step with the same group joins it. */
  group: string | null;
}

export const MAX_UNDO = 200;

export const startHistory = <T>(present: T): EditHistory<T> => ({
  past: [],
  present,
  future: [],
  group: null,
});

export function record<T>(h: EditHistory<T>, next: T, group: string | null = null): EditHistory<T> {
  if (group !== null && group === h.group) return { ...h, present: next, future: [] };
  return { past: [...h.past, h.present].slice(-MAX_UNDO), present: next, future: [], group };
}

export function undo<T>(h: EditHistory<T>): EditHistory<T> {
  const prev = h.past[h.past.length - 1];
  if (prev === undefined) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future], group: null };
}

export function redo<T>(h: EditHistory<T>): EditHistory<T> {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: rest, group: null };
}
