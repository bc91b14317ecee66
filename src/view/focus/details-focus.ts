// Where focus goes around the details panel: it moves into the panel when a control outside the
// graph opens it, and back to that control (or the graph, or the text view) when it closes.

import { focusNow } from './focus-after-render';

/** The control that last opened the details (not the graph: keys there keep focus on the graph). */
let opener: HTMLElement | null = null;

export function rememberDetailsOpener(el: HTMLElement | null): void {
  opener = el;
}

/**
 * After the details closed (Close, Esc): back to the control that opened them, else to the graph
 * canvas or the text view's heading, so focus never falls to <body>.
 */
export function returnFocusFromDetails(): void {
  const back = opener;
  opener = null;
  focusNow(() => [
    back,
    document.querySelector<HTMLElement>('.graph-canvas'),
    document.querySelector<HTMLElement>('#text-view h2'),
  ]);
}
