import { useState } from 'react';
import { notifySaved } from './notify';
import { showError } from './show-error';

/**
 * Buttons that each run one store call: which one is busy (it shows a spinner, the others may
 * wait), the action's own message when it went through, main's refusal as a notification.
 */
export function useAction<Key extends string>() {
  const [busy, setBusy] = useState<Key | null>(null);
  async function run(key: Key, action: () => Promise<string | null | void>) {
    setBusy(key);
    try {
      const message = await action();
      if (message) notifySaved(message);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  }
  return { busy, run };
}
