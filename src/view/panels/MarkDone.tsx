// "Mark as done" on a plan step: the step moves to what the person already has (a role with 0
// years) and the plan is worked out again from there, so a plan can be followed over months.

import { useAppStore } from '../store-context';

export function MarkDone({ id, label }: { id: string; label: string }) {
  const store = useAppStore();
  return (
    <button
      type="button"
      className="link mark-done"
      aria-label={`Mark ${label} as done`}
      onClick={() => store.getState().markDone(id)}
    >
      Mark as done
    </button>
  );
}
