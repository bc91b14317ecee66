// Catches a rendering error below it and shows what failed, with a way out (reset the view, or
// reload), instead of a blank page. The person's situation is kept: only the view is reset.

import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Clears what the failing view showed (selection, alternative, mode, filters); omitted: no reset offered. */
  onReset?: () => void;
  /** Reloads the page; `location.reload` unless a test passes its own. */
  onReload?: () => void;
  /** Where the boundary sits, for the heading ("The explorer", "The app"). */
  what?: string;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; the page itself says what failed.
    console.warn('Career Path Explorer: a view failed to render', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const { onReset, onReload, what = 'This part of the explorer' } = this.props;
    return (
      <div className="status-page problem error-boundary" role="alert">
        <h2>{what} stopped working</h2>
        <p>
          What failed: <code>{error.message || error.name}</code>
        </p>
        <p>
          Your situation and goal are kept. You can reset the view (no selected node, the best plan, the
          graph) or reload the page.
        </p>
        <p className="row">
          {onReset ? (
            <button
              type="button"
              onClick={() => {
                onReset();
                this.setState({ error: null });
              }}
            >
              Reset the view
            </button>
          ) : null}{' '}
          <button type="button" onClick={() => (onReload ?? (() => window.location.reload()))()}>
            Reload
          </button>
        </p>
      </div>
    );
  }
}
