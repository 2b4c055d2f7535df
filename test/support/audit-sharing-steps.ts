import type { handlerHarness } from './handler-context';
import { tempDir } from './paths';
import type { Step } from './audit-steps';

type Harness = ReturnType<typeof handlerHarness>;

/** Sharing with other computers: creating, the backup copies setting, leaving, and joining again. */
export function sharingSteps(h: Harness): Step[] {
  const folder = tempDir('introplan-delning-');
  // Each step runs twice (once with its audit row refused): the folder is picked in each run.
  const picking = () => void h.desktop.answerFolder(folder);
  return [
    {
      channel: 'sharing:create-folder',
      run: () => (picking(), h.must('sharing:create-folder', {})),
      expect: () => ({ entity: 'sync', action: 'sync.created', detail: {} }),
    },
    {
      channel: 'sharing:set-copy-to-backups',
      run: () => h.must('sharing:set-copy-to-backups', { on: true }),
      expect: () => ({ entity: 'sync', action: 'sync.backup-copies', detail: { on: true } }),
    },
    {
      channel: 'sharing:leave-folder',
      run: () => h.must('sharing:leave-folder', {}),
      expect: () => ({ entity: 'sync', action: 'sync.left', detail: {} }),
    },
    {
      // The folder still holds what this computer shared before it left.
      channel: 'sharing:join-folder',
      run: () => (picking(), h.must('sharing:join-folder', { mode: 'merge' })),
      expect: () => ({ entity: 'sync', action: 'sync.joined', detail: {} }),
    },
  ];
}
