// Whether a scroll box is narrower than its content, kept up to date as either changes size: a box
// that scrolls must then be focusable, so that keyboard users can scroll it.

import { type RefObject, useEffect, useState } from 'react';

export function useOverflows(ref: RefObject<HTMLElement | null>, axis: 'x' | 'y' = 'x'): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const measure = (): void =>
      setOverflows(
        axis === 'x' ? box.scrollWidth > box.clientWidth + 1 : box.scrollHeight > box.clientHeight + 1,
      );
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    measure();
    return () => observer.disconnect();
  }, [ref, axis]);
  return overflows;
}
