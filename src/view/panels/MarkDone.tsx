// "Mark as done" on a plan step: the step moves to what the person already has (a role with 0
// years) and the plan is worked out again from there, so a plan can be followed over months.

import { focusAfterRender } from '../focus/focus-after-render';
import { useAppStore } from '../store-context';

const BUTTONS = '.plan .mark-done';

export function MarkDone({ id, label }: { id: string; label: string }) {
  const store = useAppStore();
  return (
    <button
      type="button"
      className="link mark-done"
      aria-label={`Mark ${label} as done`}
      onClick={(e) => {
        // The button goes with its step: focus the step now in its place (the next one to do), or
        // the one before, or the plan's heading, so keyboard focus is never dropped to the page.
        const at = [...document.querySelectorAll<HTMLElement>(BUTTONS)].indexOf(e.currentTarget);
        store.getState().markDone(id);
        focusAfterRender(() => {
          const now = [...document.querySelectorAll<HTMLElement>(BUTTONS)];
          return [now[at], now[at - 1], document.querySelector<HTMLElement>('.plan h2')];
        });
      }}
    >
      Mark as done
    </button>
  );
}
