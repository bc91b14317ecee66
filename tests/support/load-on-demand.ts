// Vitest setup: the parts the app loads on demand (the plan search, the search ranking, the view parts
// of src/view/lazy/on-demand-parts.ts) are loaded
// before each test file, as the app has them a moment after start-up, so tests render answers at
// once. tests/unit/state/planner-on-demand.test.ts covers the moment before.
import { loadPlanner } from '../../src/state/planner-on-demand';
import { ON_DEMAND_PARTS } from '../../src/view/lazy/on-demand-parts';
import { loadSearch } from '../../src/view/search/SearchBox';

await Promise.all([loadPlanner(), loadSearch(), ...ON_DEMAND_PARTS.map((p) => p.load())]);
