// A modal dialog on the platform's own <dialog>: showModal() makes the rest of the page inert (so
// Tab and the screen reader stay inside), Esc asks to close, and focus goes back where it was.

import { useEffect, useId, useLayoutEffect, useRef } from 'react';

/**
 * Opens the `<dialog>` it is spread on as a modal while the component is mounted. `onClose` is
 * called when the person presses Esc (the browser's `cancel`); the owner then unmounts the dialog,
 * and focus returns to the element that had it before (the browser does so on close(); done here
 * too for DOMs without modal dialogs).
 * The dialog's heading must carry the id `${ids}-title`.
 */
export function useModalDialog(onClose: () => void) {
  const ids = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  // A layout effect: its cleanup runs while the dialog is still in the document, so close() can
  // hand focus back before React removes the element.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      // DOMs without modal dialogs (jsdom): open it in place.
      dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancel = (e: Event): void => {
      // The owner decides: it unmounts the dialog, and the cleanup above closes it.
      e.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => dialog.removeEventListener('cancel', onCancel);
  }, []);

  const dialogProps = { ref, 'aria-labelledby': `${ids}-title` } as const;
  return { ids, dialogProps };
}
