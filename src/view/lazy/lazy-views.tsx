// Presentation and Compare, loaded the first time they are opened rather than with the explorer.
// Each is used inside <Suspense>; the names match the components they stand for.

import { lazy } from 'react';

export const PresentationMode = lazy(() =>
  import('../presentation/PresentationMode').then((m) => ({ default: m.PresentationMode })),
);

export const ComparePanel = lazy(() =>
  import('../compare/ComparePanel').then((m) => ({ default: m.ComparePanel })),
);
