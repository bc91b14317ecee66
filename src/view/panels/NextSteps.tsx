// "What you can do next": everything obtainable now with what is held, quickest first.

import { useId } from 'react';
import { selectNextSteps } from '../../state/derive';
import { describeMonths } from '../format/duration';
import { KIND_NAMES } from '../format/labels';
import { describeCost } from '../format/money';
import { useApp } from '../store-context';
import { useReadyData } from '../use-graph';
import { NodeLink } from './NodeLink';

export function NextSteps() {
  const data = useReadyData();
  const items = useApp(selectNextSteps);
  const ids = useId();
  if (!data) return null;
  return (
    <section className="panel next" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>What you can do next</h2>
      {items.length === 0 ? (
        <p className="empty">Nothing new is open to you yet with what you have added.</p>
      ) : (
        <ul className="next-list">
          {items.map((item) => {
            const node = data.nodeOf(item.id);
            return (
              <li key={item.id}>
                <NodeLink id={item.id}>{node?.label ?? item.id}</NodeLink>
                <span className="step-facts">
                  {KIND_NAMES[node?.kind ?? 'role']} ·{' '}
                  {item.months < 0.5 &&
                  item.cost === 0 &&
                  node?.costKnown !== false &&
                  node?.monthsKnown !== false
                    ? 'no time or fee given'
                    : `${describeMonths(item.months, node?.monthsKnown === false ? 1 : 0)} · ${describeCost(item.cost, node?.costKnown === false ? 1 : 0, data.file.currency)}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
