// The one place the app gets zod from: the tree-shakable `zod/mini` build, with English messages
// set up front (mini has none of its own; without them every message would be "Invalid input").

import { en } from 'zod/locales';
import { z } from 'zod/mini';

z.config(en());

export { z };
