// Whether a CSS media query matches now, kept up to date (false where matchMedia is missing).
// For layout that must change the document order, which CSS alone cannot do for Tab.

import { useCallback, useSyncExternalStore } from 'react';

/** The phone layout (styles.css): one column, the situation and plan first, the map below. */
export const ONE_COLUMN = '(max-width: 700px)';

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof matchMedia !== 'function') return () => {};
      const list = matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => typeof matchMedia === 'function' && matchMedia(query).matches,
    () => false,
  );
}
