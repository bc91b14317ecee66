// @vitest-environment jsdom
// The page-side watcher bench-open-plan.ts times "goal → plan shown" with (scripts/bench/plan-shown.ts):
// shown only in a frame that has the plan's steps visible AND the goal lit on the map, at the time
// that frame's check ran — not the frame's begin time, which can predate a long task (it once
// made the plan look shown 1 ms after the choice while the steps came 464 ms later).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WATCH } from '../../../scripts/bench/plan-shown';

type Watched = {
  __planShownAt: number | null;
  __watchPlan: (goal: string) => void;
  cy?: unknown;
};

let frames: ((t: number) => void)[] = [];
/** Runs the frame callbacks waiting now, giving them `begin` as the frame's begin time. */
const frame = (begin: number) => {
  const now = frames;
  frames = [];
  for (const f of now) f(begin);
};
let clock = 0;
const lit = new Set<string>();
let stepsVisible = true;
let observers: MutationObserver[] = [];

beforeEach(() => {
  frames = [];
  clock = 0;
  lit.clear();
  stepsVisible = true;
  observers = [];
  const Observer = window.MutationObserver;
  vi.stubGlobal(
    'MutationObserver',
    class extends Observer {
      constructor(callback: MutationCallback) {
        super(callback);
        observers.push(this);
      }
    },
  );
  vi.stubGlobal('requestAnimationFrame', (f: (t: number) => void) => frames.push(f));
  vi.stubGlobal(
    'PerformanceObserver',
    class {
      observe() {}
    },
  );
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  Object.defineProperty(Element.prototype, 'checkVisibility', {
    configurable: true,
    value: () => stepsVisible,
  });
  document.body.innerHTML = '<div class="plan"><ol class="steps"></ol></div>';
  (window as unknown as Watched).cy = {
    getElementById: (id: string) => ({
      nonempty: () => true,
      hasClass: (c: string) => c === 'in-plan' && lit.has(id),
      visible: () => true,
    }),
  };
  new Function(WATCH)();
});

afterEach(() => {
  // Else the page's teardown wakes the watcher's observers after `document` is gone.
  for (const o of observers) o.disconnect();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const w = () => window as unknown as Watched;
const addStep = () => document.querySelector('.steps')?.append(document.createElement('li'));

describe('plan-shown watcher', () => {
  it('waits for the steps AND the lit goal, and keeps the time its check ran', () => {
    w().__watchPlan('rhia');
    clock = 100;
    addStep();
    frame(90);
    expect(w().__planShownAt, 'steps listed, goal not lit yet').toBeNull();
    clock = 500;
    lit.add('rhia');
    // A frame that began before a long task ended: its begin time is stale.
    frame(110);
    expect(w().__planShownAt).toBe(500);
  });

  it('a goal lit with no visible steps is not shown; another goal lit is not this one', () => {
    w().__watchPlan('rhia');
    addStep();
    stepsVisible = false;
    lit.add('rhia');
    clock = 50;
    frame(50);
    expect(w().__planShownAt).toBeNull();
    stepsVisible = true;
    lit.delete('rhia');
    lit.add('him-director');
    clock = 80;
    frame(80);
    expect(w().__planShownAt).toBeNull();
    lit.add('rhia');
    clock = 120;
    frame(120);
    expect(w().__planShownAt).toBe(120);
  });
});
