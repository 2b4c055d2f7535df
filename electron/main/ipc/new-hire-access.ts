import type { Channel } from '../../shared/contract';

/**
 * What the app may do while a new hire is the one working: show their own introduction and tick
 * their own items (plans:set-item-status checks the item is theirs) and answer their own phase
 * evaluations (the evaluations handlers check the hire). Everything else (others'
 * items, the programme, staff, settings, other hires) is refused in main, whatever the page asks.
 */
export const NEW_HIRE_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'app:get-info',
  'settings:get-preferences',
  'session:get-current-user',
  'session:get-current-hire',
  'session:get-account',
  'session:set-current-user',
  'session:set-current-hire',
  'tasks:get-introduction',
  'plans:set-item-status',
  'evaluations:get-phase-evaluations',
  'evaluations:save-phase-evaluation',
  'sharing:get-status',
]);
