import { useCallback, useRef, useState } from 'react';

/**
 * The control to give focus back to when a dialog closes. A dialog opened from a menu item was
 * opened from the menu's button: the item is gone when the dialog closes, and Mantine's own focus
 * return then leaves focus on the page body.
 */
function openerOf(active: Element | null): HTMLElement | null {
  const menu = active?.closest('[role="menu"]');
  const target = menu?.getAttribute('aria-labelledby');
  const opener = target ? document.getElementById(target) : active;
  return opener instanceof HTMLElement && opener !== document.body ? opener : null;
}

/** Focuses `el` once no dialog is on screen any more (its closing transition has ended). */
function focusWhenDialogsClosed(el: HTMLElement) {
  const started = performance.now();
  const attempt = () => {
    if (!el.isConnected) return;
    if (document.querySelector('[role="dialog"]') && performance.now() - started < 1500) return void requestAnimationFrame(attempt);
    el.focus();
  };
  requestAnimationFrame(attempt);
}

/** Which of a page's dialogs is open; closing it returns focus to the control that opened it. */
export function useDialog<D>() {
  const [dialog, setDialog] = useState<D | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback((next: D) => {
    opener.current = openerOf(document.activeElement);
    setDialog(next);
  }, []);
  const close = useCallback(() => {
    setDialog(null);
    const el = opener.current;
    opener.current = null;
    if (el) focusWhenDialogsClosed(el);
  }, []);
  return { dialog, open, close };
}
