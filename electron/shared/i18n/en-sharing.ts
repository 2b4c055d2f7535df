import type { Texts } from './texts';
import type { svSharing } from './sv-sharing';

export const enSharing: Texts<typeof svSharing> = {
  title: 'Share with other computers',
  intro:
    'The manager, introducer and coordinator can work on their own computers with the same data. The computers share through a folder everyone can reach, such as a network drive (G:, H:) or a synced OneDrive or SharePoint folder. Each computer works in its own file, also when the folder cannot be reached; changes go across when the folder is there again.',
  notAccessControl:
    'Sharing is not access control: whoever can open the folder can read the data. Use a folder only the unit’s staff can reach.',
  off: 'This computer does not share its data.',
  example: 'The example database is never shared. Go back to your own data to share.',
  create: 'Create shared folder …',
  createHint: 'The first computer: choose an empty folder. This computer’s data goes into the folder.',
  createDialog: 'Choose an empty folder to share the data in',
  join: 'Join shared folder …',
  joinHint: 'Another computer: choose the folder another computer already shares.',
  joinDialog: 'Choose the shared folder',
  joinTitle: 'Join a shared folder',
  joinMerge: 'Bring this computer’s data',
  joinMergeText:
    'This computer’s new employees, staff and programmes are added to what the folder already holds. People with the same name and e-mail and identical programmes become one.',
  joinFolder: 'Start from the folder’s data',
  joinFolderText: 'Only what the folder holds comes here. Possible only when this computer has no new employees of its own.',
  folder: 'Shared folder',
  thisComputer: 'This computer is called',
  otherDesks_one: '{{count}} other computer shares the folder.',
  otherDesks_other: '{{count}} other computers share the folder.',
  noOtherDesks: 'No other computer has joined yet.',
  checkNow: 'Check now',
  leave: 'Stop sharing …',
  leaveTitle: 'Stop sharing with other computers?',
  leaveText:
    'The data stays on this computer, and the folder keeps what it already holds. Changes on this computer no longer go to the others, and theirs no longer come here.',
  leaveConfirm: 'Stop sharing',
  left: 'This computer no longer shares its data.',
  created: 'The data is now shared in {{folder}}.',
  joined: 'This computer has joined {{folder}}.',
  status: {
    ok: 'Shared folder reached {{when}}',
    okNever: 'Shared folder: checking …',
    away: 'The shared folder cannot be reached right now. Everything is saved here and sent when the folder is back.',
    awaySince: 'The shared folder was last reached {{when}}. Everything is saved here and sent when the folder is back.',
    waiting_one: '{{count}} change waiting to be sent',
    waiting_other: '{{count}} changes waiting to be sent',
    conflicts_one: '{{count}} conflict to resolve',
    conflicts_other: '{{count}} conflicts to resolve',
    setAside_one: '{{count}} file in the folder could not be read and was left untouched',
    setAside_other: '{{count}} files in the folder could not be read and were left untouched',
  },
  folderInUse: 'Other computers already share this folder. Choose “Join shared folder” instead, or choose an empty folder.',
  folderEmpty: 'The folder holds no data shared from Introplan. Choose the folder the first computer created, or create a shared folder.',
  ownHiresExist:
    'This computer has new employees of its own. Choose “Bring this computer’s data” so they are added to the folder and nothing is lost.',
  notShared: 'This computer does not share its data.',
  conflictGone: 'The conflict is already resolved, perhaps on another computer. The page now shows how things stand.',
  unknownDesk: 'another computer',
  restoreWarning:
    'This computer shares its data with other computers. What changed in the shared folder after the backup comes back here at the next check of the folder.',
  conflicts: {
    title: 'Two computers changed the same detail',
    intro:
      'The changes were made at the same time on different computers that did not see each other’s. Choose which holds; the choice goes to every computer and is kept in the history.',
    hireDetails: 'The new employee’s details',
    field: 'Field: {{field}}',
    keep: 'Keep this',
    from: 'from {{desk}}',
    by: '{{name}}, {{when}}',
    resolved: 'The conflict is resolved.',
    empty: '(empty)',
  },
};
