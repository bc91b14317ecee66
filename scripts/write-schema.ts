// `npm run schema`: writes graph-data/career-graph.schema.json from the runtime schema
// (src/data/format-schema.ts), so the two can never drift. A unit test checks it is current.

import { writeFileSync } from 'node:fs';
import { careerGraphJsonSchema } from '../src/data/format-schema';

const path = 'graph-data/career-graph.schema.json';
writeFileSync(path, `${JSON.stringify(careerGraphJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path}`);
