// Presentation mode (a native modal <dialog>): full screen, large type, the plan one step at a time.
// → / Space / PageDown go on, ← / Backspace / PageUp go back, Home / End jump, Esc leaves; Space and
// Enter on a focused button press that button. On-screen buttons do the same.
// The graph is driven through `stage` (the Cytoscape adapter), so this component never touches `cy`.

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CareerGraph } from '../../domain/career-graph';
import type { Plan } from '../../domain/planner/types';
import type { Situation } from '../../domain/types';
import { useModalDialog } from '../useModalDialog';
import { useOverflows } from '../useOverflows';
import { buildSlides } from './slides';
import './presentation.css';

export interface PresentationStage {
  /** Light `focus` and its neighbours and move there; null shows the whole plan. */
  show(focus: string | null): void;
  /** Undo every change to the graph and put the viewport back. */
  end(): void;
}

export interface PresentationModeProps {
  graph: CareerGraph;
  goal: string;
  plan: Plan;
  situation: Situation;
  stage: PresentationStage;
  onExit(): void;
  /** Ask the browser for full screen (needs the click that opened the presentation). */
  fullscreen?: boolean;
}

const NEXT = new Set(['ArrowRight', ' ', 'Spacebar', 'PageDown', 'ArrowDown']);
const PREV = new Set(['ArrowLeft', 'Backspace', 'PageUp', 'ArrowUp']);

export function PresentationMode({
  graph,
  goal,
  plan,
  situation,
  stage,
  onExit,
  fullscreen,
}: PresentationModeProps) {
  const slides = useMemo(() => buildSlides(graph, goal, plan, situation), [graph, goal, plan, situation]);
  const [index, setIndex] = useState(0);
  const exitRef = useRef(onExit);
  exitRef.current = onExit;
  const stageRef = useRef(stage);
  stageRef.current = stage;

  const last = slides.length - 1;
  const go = useCallback((to: number) => setIndex(Math.max(0, Math.min(last, to))), [last]);

  // A layout effect declared before the dialog's: on closing, the page is shown again (and the
  // graph put back) before the dialog hands focus back to the button that opened it.
  useLayoutEffect(() => {
    document.body.classList.add('presenting');
    return () => {
      document.body.classList.remove('presenting');
      stageRef.current.end();
    };
  }, []);

  const { ids, dialogProps } = useModalDialog(() => exitRef.current());
  const captionRef = useRef<HTMLElement>(null);
  const captionScrolls = useOverflows(captionRef, 'y');

  useEffect(() => {
    if (!fullscreen || !document.fullscreenEnabled || document.fullscreenElement) return;
    let entered = false;
    const onChange = (): void => {
      if (document.fullscreenElement) entered = true;
      // Esc in full screen is taken by the browser: leaving full screen leaves the presentation too.
      else if (entered) exitRef.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    document.documentElement.requestFullscreen().catch(() => {
      // Refused (no user gesture, a kiosk, a test browser): the fixed layout still fills the window.
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    };
  }, [fullscreen]);

  const focus = slides[index]?.focus ?? null;
  useEffect(() => {
    stageRef.current.show(focus);
  }, [focus]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Space and Enter press the focused button (Previous, Next, Leave), as everywhere else.
      if ((e.key === ' ' || e.key === 'Enter') && e.target instanceof HTMLButtonElement) return;
      // ↑ and ↓ scroll the caption while it has focus (it takes focus only when it scrolls).
      if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && e.target === captionRef.current) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        exitRef.current();
      } else if (NEXT.has(e.key)) {
        e.preventDefault();
        setIndex((i) => Math.min(last, i + 1));
      } else if (PREV.has(e.key)) {
        e.preventDefault();
        setIndex((i) => Math.max(0, i - 1));
      } else if (e.key === 'Home') {
        e.preventDefault();
        setIndex(0);
      } else if (e.key === 'End') {
        e.preventDefault();
        setIndex(last);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [last]);

  const slide = slides[index];
  if (!slide) return null;
  return (
    <dialog {...dialogProps} className="presentation" aria-describedby={`${ids}-keys`} data-slide={index}>
      <section
        ref={captionRef}
        className="presentation-caption"
        aria-live="polite"
        aria-atomic="true"
        aria-labelledby={`${ids}-title`}
        // Only while its text is taller than the space (phones): then keys must reach it to scroll it.
        tabIndex={captionScrolls ? 0 : undefined}
      >
        <p className="presentation-counter">
          {slide.counter}
          {slide.kind ? <span className="presentation-kind"> · {slide.kind}</span> : null}
        </p>
        <h2 id={`${ids}-title`}>{slide.title}</h2>
        <dl>
          {slide.lines.map((line) => (
            <div key={line.label} className={line.short ? 'short' : 'long'}>
              <dt>{line.label}</dt>
              <dd>{line.text}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="presentation-controls">
        <button type="button" onClick={() => go(index - 1)} aria-disabled={index === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => go(index + 1)} aria-disabled={index === last} data-autofocus>
          Next →
        </button>
        <button type="button" className="presentation-leave" onClick={() => exitRef.current()}>
          Leave presentation (Esc)
        </button>
      </div>
      <p id={`${ids}-keys`} className="visually-hidden">
        Right arrow or Space for the next step, Left arrow or Backspace for the previous one, Escape to leave.
      </p>
    </dialog>
  );
}
