// @vitest-environment jsdom
// Holding a role counts what every way into it needs as done: a working health information
// technician is not told to get a high school diploma first. The situation panel says why, each
// counted node links to the map, and what the person ticked stays as they ticked it.
import { afterEach, describe, expect, it } from 'vitest';
import { selectNextSteps, selectPlanView } from '../../src/state/derive';
import { SituationPanel } from '../../src/view/panels/SituationPanel';
import { builtinPlans, renderBuiltin, SituationAndPlan, unmountBuiltin } from './builtin-helpers';
import { click, squash } from './explorer-helpers';

const HIT = 'health-information-technician';
const DIPLOMA = 'high-school-diploma';
afterEach(unmountBuiltin);

describe('implied holdings in the app', () => {
  it('a technician aiming at RHIA: no diploma step, the panel says why, the stored situation is untouched', () => {
    // What the planner alone answers (the bug): the diploma as step 1.
    expect(builtinPlans([HIT], 'rhia').result.plans[0]?.steps[0]?.id).toBe(DIPLOMA);

    const { store, container } = renderBuiltin(<SituationAndPlan />, { holds: [HIT], goal: 'rhia' });
    const view = selectPlanView(store.getState());
    if (view.kind !== 'plan') throw new Error(`expected a plan, got ${view.kind}`);
    expect(view.plan.steps.map((s) => s.id)).not.toContain(DIPLOMA);
    const steps = [...container.querySelectorAll('.steps > li')].map((li) => squash(li.textContent));
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.some((s) => s.includes('High school diploma'))).toBe(false);
    // Nothing with the diploma as its only need is offered as "next" either: it counts as held.
    expect(selectNextSteps(store.getState())?.map((i) => i.id)).not.toContain(DIPLOMA);

    const note = container.querySelector('.implied-note');
    expect(squash(note?.textContent)).toBe(
      'Counted as already done because you hold Health information technician (associate degree, often an RHIT): High school diploma or GED.',
    );
    expect(store.getState().view.situation.holds).toEqual([HIT]);

    // The way to see it: the name selects the node (and centres the map on it).
    click(note?.querySelector('button.link'));
    expect(store.getState().view.selected).toBe(DIPLOMA);
  });

  it('says nothing when what is held implies nothing', () => {
    const { container } = renderBuiltin(<SituationPanel />, { holds: [DIPLOMA] });
    expect(container.querySelector('.implied-note')).toBeNull();
  });
});
