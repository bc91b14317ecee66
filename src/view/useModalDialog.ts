// A modal dialog's shared parts (WAI-ARIA modal dialog pattern): its role and label props, and a
// focus trap that keeps Tab inside, focuses it on open and gives focus back when it closes.

import { type RefObject, useEffect, useId, useRef } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function useFocusTrap(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = root.querySelector<HTMLElement>('[data-autofocus]') ?? root;
    first.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Tab') return;
      const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
      if (items.length === 0) {
        e.preventDefault();
        return;
      }
      const firstItem = items[0] as HTMLElement;
      const lastItem = items[items.length - 1] as HTMLElement;
      const active = document.activeElement;
      if (e.shiftKey && (active === firstItem || active === root || !root.contains(active))) {
        e.preventDefault();
        lastItem.focus();
      } else if (!e.shiftKey && (active === lastItem || !root.contains(active))) {
        e.preventDefault();
        firstItem.focus();
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      if (before?.isConnected) before.focus();
    };
  }, [ref]);
}

/**
 * Props for the dialog's root element (spread them on it, next to a literal `role="dialog"` so the
 * accessibility lint can see it) and the `useId` base for the ids inside; the dialog's heading must
 * carry the id `${ids}-title`.
 */
export function useModalDialog() {
  const ids = useId();
  const ref = useRef<HTMLDivElement>(null);
  useFocusTrap(ref);
  const dialogProps = {
    ref,
    'aria-modal': 'true',
    'aria-labelledby': `${ids}-title`,
    tabIndex: -1,
  } as const;
  return { ids, dialogProps };
}
