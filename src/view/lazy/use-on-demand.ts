// A component's hold on a module loaded on first use (on-demand-module.ts): the module once it is
// there, else null; while `needed`, it is loaded and the component renders again when it arrives.
// A failed load reaches the nearest error boundary.

import { useEffect, useState } from 'react';
import type { OnDemandModule } from './on-demand-module';

export function useOnDemand<M>(module: OnDemandModule<M>, needed: boolean): M | null {
  const [, setArrived] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const missing = needed && module.loaded() === null;
  useEffect(() => {
    if (!missing) return;
    let live = true;
    module.load().then(
      () => live && setArrived(true),
      (e: unknown) => live && setFailure(e),
    );
    return () => {
      live = false;
    };
  }, [module, missing]);
  if (failure !== null) throw failure;
  return module.loaded();
}
